package org.acollida.support;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.acollida.common.InvalidInputException;
import org.acollida.contract.DocumentKind;
import org.acollida.contract.ProgrammeCalendar;
import org.assertj.core.api.Assertions;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageTestExecutionListener;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestExecutionListeners;

/**
 * The one application context all tests share (demo identity, in-memory H2, no job executor).
 * Time moves only when a test moves the engine clock; due jobs run when a test says so.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
@Import(ProcessEngineCoverageConfiguration.class)
@TestExecutionListeners(listeners = ProcessEngineCoverageTestExecutionListener.class,
    mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
public abstract class ProcessTestSupport {

  /** The smallest file that passes as a PDF document (common/DocumentRules): what a PDF starts and ends with. */
  public static final byte[] SMALL_PDF = "%PDF-1.4\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

  @Autowired protected ProcessEngine engine;
  @Autowired protected ManagementService management;
  @LocalServerPort protected int port;

  @BeforeEach
  void initAssertions() {
    init(engine);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @AfterEach
  protected void signOut() {
    engine.getIdentityService().clearAuthentication();
  }

  /** Calls the engine as that user, a member of those groups (no tenants), until {@link #signOut()}. */
  protected void signIn(String user, String... groups) {
    engine.getIdentityService().setAuthentication(user, java.util.List.of(groups));
  }

  /**
   * Adds the family's consent to an itinerary, as /api/documents does once it has checked it (docs/documents.md),
   * so that its reception can be completed.
   */
  /** The family's consent, unless it has one: what ends its reception phase needs it (docs/documents.md). */
  protected void ensureFamilyConsent(String itineraryId) {
    if (engine.getTaskService().getProcessInstanceAttachments(itineraryId).stream()
        .noneMatch(attachment -> DocumentKind.FAMILY_CONSENT.key().equals(attachment.getType()))) {
      attachFamilyConsent(itineraryId);
    }
  }

  protected void attachFamilyConsent(String itineraryId) {
    engine.getTaskService().createAttachment(DocumentKind.FAMILY_CONSENT.key(), null, itineraryId, "consent.pdf",
        null, new java.io.ByteArrayInputStream(SMALL_PDF));
  }

  /** Sets the engine clock to the start of that day in Europe/Madrid. */
  protected static void today(String isoDate) {
    ClockUtil.setCurrentTime(Date.from(LocalDate.parse(isoDate).atStartOfDay(ProgrammeCalendar.ZONE).toInstant()));
  }

  /** Runs the instance's jobs that are due by the engine clock, including those they create, as the job executor would. */
  protected void executeDueJobs(String processInstanceId) {
    for (int executed = 0; executed < 200; executed++) {
      Date now = ClockUtil.getCurrentTime();
      Job next = management.createJobQuery().processInstanceId(processInstanceId).withRetriesLeft().list().stream()
          .filter(job -> job.getDuedate() == null || !job.getDuedate().after(now))
          .findFirst().orElse(null);
      if (next == null) {
        return;
      }
      management.executeJob(next.getId());
    }
    throw new IllegalStateException("jobs kept coming for " + processInstanceId);
  }

  /**
   * Runs a failing job as the job executor would, through its whole retry cycle, moving the clock to each
   * retry; asserts each failure names {@code cause}. Returns the minutes waited before each retry.
   */
  protected List<Long> failUntilIncident(String jobId, String cause) {
    List<Long> minutesUntilRetry = new ArrayList<>();
    for (int attempt = 0; attempt < 10; attempt++) {
      Assertions.assertThatThrownBy(() -> management.executeJob(jobId)).hasMessageContaining(cause);
      Job failed = management.createJobQuery().jobId(jobId).singleResult();
      if (failed.getRetries() == 0) {
        return minutesUntilRetry;
      }
      minutesUntilRetry.add((failed.getDuedate().getTime() - ClockUtil.getCurrentTime().getTime()) / 60_000);
      ClockUtil.setCurrentTime(failed.getDuedate());
    }
    throw new IllegalStateException("job " + jobId + " kept its retries");
  }

  /** Cockpit's "retry now" after the cause was corrected, then the jobs that follow. */
  protected void retryNow(String processInstanceId, String jobId) {
    management.setJobRetries(jobId, 1);
    management.setJobDuedate(jobId, ClockUtil.getCurrentTime());
    executeDueJobs(processInstanceId);
  }

  /** Asserts the call was refused as invalid input on that field, whether or not the engine wrapped the refusal. */
  protected static void assertRefused(ThrowingCallable call, String field) {
    Throwable thrown = Assertions.catchThrowable(call);
    Assertions.assertThat(thrown).as("refused on " + field).isNotNull();
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      if (t instanceof InvalidInputException invalid) {
        Assertions.assertThat(invalid.field()).isEqualTo(field);
        return;
      }
    }
    Assertions.fail("expected an InvalidInputException on " + field + " but got " + thrown);
  }

  /** The ids of a REST list answer (tasks, instances), which must be a 200. */
  protected static List<String> ids(ResponseEntity<String> response) throws Exception {
    Assertions.assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(200);
    List<String> ids = new ArrayList<>();
    new ObjectMapper().readTree(response.getBody()).forEach(node -> ids.add(node.path("id").asText()));
    return ids;
  }

  /** Another organisation's resource: refused as forbidden or not found, never a 500. */
  protected static void assertDenied(ResponseEntity<String> response) {
    Assertions.assertThat(response.getStatusCode().value()).as(response.getBody()).isIn(403, 404);
  }

  /** POSTs JSON to the engine REST API of the running application as a demo user (password = user id). */
  protected ResponseEntity<Map> post(String user, String path, Object body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return rest(user).exchange(url(path), HttpMethod.POST, new HttpEntity<>(body, headers), Map.class);
  }

  protected TestRestTemplate rest(String user) {
    return new TestRestTemplate().withBasicAuth(user, user);
  }

  protected String url(String path) {
    return "http://localhost:" + port + "/engine-rest" + path;
  }

  /** An agreement 22 months into its term with these signatories (Json text), its extension vote open. */
  protected String agreementWithOpenVote(String codePrefix, String signatories) {
    String code = codePrefix + UUID.randomUUID().toString().substring(0, 8);
    LocalDate start = ProgrammeCalendar.today().minusMonths(22);
    String id = engine.getRuntimeService().startProcessInstanceByKey("sponsorship-agreement", code,
        Variables.createVariables().putValue("agreementCode", code).putValue("startDate", start.toString())
            .putValue("signatories", SpinValues.jsonValue(signatories).create())).getId();
    executeDueJobs(id);
    Assertions.assertThat(engine.getTaskService().createTaskQuery().processInstanceId(id)
        .taskDefinitionKey("VoteOnExtension").count()).as("one vote per signatory").isGreaterThan(0);
    return id;
  }
}
