package org.acollida.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.acollida.contract.ProgrammeCalendar;
import org.acollida.support.ProcessTestSupport;
import org.acollida.support.ReliabilityFigures;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;

/** The agreement through the REST API of the running application: bad input, authentication, organisations' boundaries. */
class AgreementRestTest extends ProcessTestSupport {

  static final String VALID_SIGNATORIES =
      "[{\"organisation\":\"gva\",\"budgetEur\":0},{\"organisation\":\"sjm\",\"budgetEur\":100000},"
          + "{\"organisation\":\"caritas-valencia\",\"budgetEur\":50000}]";

  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired IdentityService identity;

  static Stream<Arguments> badRegistrations() {
    String ok = "2026-01-15";
    return Stream.of(
        Arguments.of("agreementCode missing", null, ok, VALID_SIGNATORIES, "agreementCode"),
        Arguments.of("agreementCode blank", "  ", ok, VALID_SIGNATORIES, "agreementCode"),
        Arguments.of("agreementCode oversized", "A".repeat(65), ok, VALID_SIGNATORIES, "agreementCode"),
        Arguments.of("agreementCode injection-looking", "X'; drop table ACT_RU_TASK;--", ok, VALID_SIGNATORIES, "agreementCode"),
        Arguments.of("agreementCode of the wrong type", 42, ok, VALID_SIGNATORIES, "agreementCode"),
        Arguments.of("startDate missing", code(), null, VALID_SIGNATORIES, "startDate"),
        Arguments.of("startDate malformed", code(), "15/01/2026", VALID_SIGNATORIES, "startDate"),
        Arguments.of("startDate impossible", code(), "2026-02-30", VALID_SIGNATORIES, "startDate"),
        Arguments.of("startDate whose term has ended", code(), "2019-01-01", VALID_SIGNATORIES, "startDate"),
        Arguments.of("signatories missing", code(), ok, null, "signatories"),
        Arguments.of("signatories not JSON", code(), ok, "gva, sjm", "signatories"),
        Arguments.of("signatories empty", code(), ok, "[]", "signatories"),
        Arguments.of("unknown organisation", code(), ok,
            "[{\"organisation\":\"gva\",\"budgetEur\":0},{\"organisation\":\"acme\",\"budgetEur\":1}]", "signatories"),
        Arguments.of("repeated organisation", code(), ok,
            "[{\"organisation\":\"gva\",\"budgetEur\":0},{\"organisation\":\"sjm\",\"budgetEur\":1},"
                + "{\"organisation\":\"sjm\",\"budgetEur\":2}]", "signatories"),
        Arguments.of("no regional government", code(), ok,
            "[{\"organisation\":\"sjm\",\"budgetEur\":1},{\"organisation\":\"caritas-valencia\",\"budgetEur\":2}]", "signatories"),
        Arguments.of("no sponsor", code(), ok, "[{\"organisation\":\"gva\",\"budgetEur\":0}]", "signatories"),
        Arguments.of("negative budget", code(), ok,
            "[{\"organisation\":\"gva\",\"budgetEur\":0},{\"organisation\":\"sjm\",\"budgetEur\":-5}]",
            "signatories[1].budgetEur"),
        Arguments.of("budget as text", code(), ok,
            "[{\"organisation\":\"gva\",\"budgetEur\":0},{\"organisation\":\"sjm\",\"budgetEur\":\"lots\"}]",
            "signatories[1].budgetEur"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badRegistrations")
  void aBadRegistrationIsRefusedWith400NamingTheFieldAndCreatesNothing(
      String label, Object agreementCode, String startDate, String signatories, String field) {
    long before = agreements();
    ResponseEntity<Map> response = start("coordinator-gva", agreementCode, startDate, signatories);
    ReliabilityFigures.badInput("sponsorship-agreement",
        response.getStatusCode().value() == 400 && field.equals(response.getBody().get("field")));
    ReliabilityFigures.afterBadInput("sponsorship-agreement", before, agreements());
    assertThat(response.getStatusCode().value()).isEqualTo(400);
    assertThat(response.getBody()).containsEntry("field", field);
    assertThat((String) response.getBody().get("message")).startsWith(field + ": ");
    assertThat(agreements()).isEqualTo(before);
  }

  @Test
  void aSecondOpenAgreementWithTheSameCodeIsRefused() {
    String code = code();
    assertThat(start("coordinator-gva", code, "2026-01-15", VALID_SIGNATORIES).getStatusCode().value()).isEqualTo(200);
    long before = agreements();
    ResponseEntity<Map> again = start("coordinator-gva", code, "2026-02-01", VALID_SIGNATORIES);
    assertThat(again.getStatusCode().value()).isEqualTo(400);
    assertThat(again.getBody()).containsEntry("field", "agreementCode");
    assertThat(agreements()).isEqualTo(before);
  }

  @Test
  void theRegionalGovernmentRegistersAndTheVariablesCanBeReadBack() {
    String code = code();
    ResponseEntity<Map> response = start("coordinator-gva", code, "2026-01-15", VALID_SIGNATORIES);
    assertThat(response.getStatusCode().value()).isEqualTo(200);
    assertThat(response.getBody()).containsEntry("businessKey", code);
    String id = (String) response.getBody().get("id");
    Map<String, Map<String, Object>> variables =
        rest("coordinator-gva").getForObject(url("/process-instance/" + id + "/variables"), Map.class);
    assertThat(variables.get("agreementStatus")).containsEntry("value", "IN_FORCE");
    assertThat(variables.get("termEndDate")).containsEntry("value", "2028-01-15");
    assertThat(variables.get("extensionsGranted")).containsEntry("value", 0);
  }

  @Test
  void onlyTheRegionalGovernmentRegistersAgreements() {
    long before = agreements();
    assertThat(start("sponsor-sjm", code(), "2026-01-15", VALID_SIGNATORIES).getStatusCode().value()).isEqualTo(403);
    assertThat(agreements()).isEqualTo(before);
  }

  @Test
  void noCredentialsOrAWrongPasswordAreRefused() {
    assertThat(new TestRestTemplate().getForEntity(url("/task"), String.class).getStatusCode().value()).isEqualTo(401);
    // a user of its own: after a wrong password Camunda refuses that user's logins for a while (brute-force
    // protection), which would lock the demo users out of the tests that follow
    if (identity.createUserQuery().userId("wrong-password-probe").count() == 0) {
      User probe = identity.newUser("wrong-password-probe");
      probe.setPassword("right-password");
      identity.saveUser(probe);
    }
    assertThat(new TestRestTemplate().withBasicAuth("wrong-password-probe", "wrong").getForEntity(url("/task"), String.class)
        .getStatusCode().value()).isEqualTo(401);
    assertThat(new TestRestTemplate().withBasicAuth("nobody", "nobody").getForEntity(url("/process-instance"), String.class)
        .getStatusCode().value()).isEqualTo(401);
  }

  @Test
  void aSponsorVotesForItsOwnOrganisationOnlyAndAVoteNeedsAnAnswer() {
    String processInstanceId = agreementWithOpenVote();
    Task sjmVote = vote(processInstanceId, "sjm");
    Task caritasVote = vote(processInstanceId, "caritas-valencia");

    List<Map<String, Object>> visible = rest("sponsor-sjm")
        .getForObject(url("/task?processInstanceId=" + processInstanceId), List.class);
    assertThat(visible).extracting(t -> t.get("id")).containsExactly(sjmVote.getId());

    ResponseEntity<Map> other = complete("sponsor-sjm", caritasVote.getId(), Map.of("value", true));
    assertThat(other.getStatusCode().value()).isIn(403, 404);
    ResponseEntity<Map> otherVariables = rest("sponsor-sjm")
        .getForEntity(url("/task/" + caritasVote.getId() + "/variables"), Map.class);
    assertThat(otherVariables.getStatusCode().value()).isIn(403, 404);

    ResponseEntity<Map> missing = complete("sponsor-sjm", sjmVote.getId(), null);
    assertThat(missing.getStatusCode().value()).isEqualTo(400);
    assertThat(missing.getBody()).containsEntry("field", "extensionApproved");
    ResponseEntity<Map> wrongType = complete("sponsor-sjm", sjmVote.getId(), Map.of("value", "perhaps"));
    assertThat(wrongType.getStatusCode().value()).isEqualTo(400);
    assertThat(tasks.createTaskQuery().processInstanceId(processInstanceId).count())
        .as("refused votes change nothing").isEqualTo(3);

    ResponseEntity<Map> noBudget = post("sponsor-sjm", "/task/" + sjmVote.getId() + "/complete",
        Map.of("variables", Map.of("extensionApproved", Map.of("value", true))));
    assertThat(noBudget.getStatusCode().value()).as("a yes without the budget it carries").isEqualTo(400);
    assertThat(noBudget.getBody()).containsEntry("field", "budgetEur");
    assertThat(complete("sponsor-sjm", sjmVote.getId(), Map.of("value", true)).getStatusCode().value()).isEqualTo(204);
    assertThat(tasks.createTaskQuery().processInstanceId(processInstanceId).count()).isEqualTo(2);
    assertThat(runtime.getVariable(processInstanceId, "votesInFavour")).isEqualTo(1);
    ResponseEntity<Map> noReason = complete("sponsor-caritas-valencia", caritasVote.getId(), Map.of("value", false));
    assertThat(noReason.getStatusCode().value()).isEqualTo(400);
    assertThat(noReason.getBody()).containsEntry("field", "extensionRefusalReason");
    assertThat(runtime.getVariable(processInstanceId, "extensionRefusedBy")).as("a no without its reason changes nothing")
        .isNull();
    assertThat(post("sponsor-caritas-valencia", "/task/" + caritasVote.getId() + "/complete", Map.of("variables", Map.of(
        "extensionApproved", Map.of("value", false), "extensionRefusalReason", Map.of("value", "No budget yet.")))))
        .extracting(response -> response.getStatusCode().value()).isEqualTo(204);
    assertThat(runtime.getVariable(processInstanceId, "extensionRefusedBy")).isEqualTo("caritas-valencia");
    assertThat(runtime.getVariable(processInstanceId, "extensionRefusalReason")).isEqualTo("No budget yet.");
  }

  @Test
  void terminationWithoutAReasonIsRefusedWith400() {
    String processInstanceId = agreementWithOpenVote();
    String businessKey = runtime.createProcessInstanceQuery().processInstanceId(processInstanceId).singleResult()
        .getBusinessKey();
    ResponseEntity<Map> refused = post("coordinator-gva", "/message",
        Map.of("messageName", "AgreementTerminated", "businessKey", businessKey));
    assertThat(refused.getStatusCode().value()).isEqualTo(400);
    assertThat(refused.getBody()).containsEntry("field", "terminationReason");
    assertThat(runtime.getVariable(processInstanceId, "agreementStatus")).isEqualTo("EXTENSION_VOTE");

    ResponseEntity<Map> accepted = post("coordinator-gva", "/message", Map.of("messageName", "AgreementTerminated",
        "businessKey", businessKey,
        "processVariables", Map.of("terminationReason", Map.of("value", "Funding withdrawn"))));
    assertThat(accepted.getStatusCode().value()).isEqualTo(204);
    assertThat(runtime.getVariable(processInstanceId, "agreementStatus")).isEqualTo("TERMINATED");
  }

  @Test
  void aSignatorysUserProposesTheVoteFromStartProcessAndOthersAreRefused() {
    String code = code();
    String id = runtime.startProcessInstanceByKey("sponsorship-agreement", code, Variables.createVariables()
        .putValue("agreementCode", code).putValue("startDate", ProgrammeCalendar.today().minusMonths(3).toString())
        .putValue("signatories", SpinValues.jsonValue(VALID_SIGNATORIES).create())).getId();

    ResponseEntity<Map> stranger = propose("sponsor-caritas-segorbe-castellon", code);
    assertThat(stranger.getStatusCode().value()).as("not a signatory").isEqualTo(400);
    assertThat(stranger.getBody()).containsEntry("field", "agreementCode");
    assertThat(propose("stakeholder-1", code).getStatusCode().value()).as("not an organisation").isIn(403, 404);
    assertThat(runtime.getVariable(id, "agreementStatus")).isEqualTo("IN_FORCE");

    assertThat(propose("sponsor-sjm", code).getStatusCode().value()).isEqualTo(200);
    assertThat(runtime.getVariable(id, "agreementStatus")).isEqualTo("EXTENSION_VOTE");
    assertThat(runtime.getVariable(id, "extensionVoteProposedBy")).isEqualTo("sponsor-sjm");
    assertThat(tasks.createTaskQuery().processInstanceId(id).taskDefinitionKey(AgreementTasks.VOTE_ON_EXTENSION).count())
        .isEqualTo(3);
    ResponseEntity<Map> again = propose("coordinator-gva", code);
    assertThat(again.getStatusCode().value()).as("a vote is already open").isEqualTo(400);
    assertThat(again.getBody()).containsEntry("field", "agreementCode");
  }

  // --- helpers

  private ResponseEntity<Map> propose(String user, String agreementCode) {
    return post(user, "/process-definition/key/propose-agreement-extension/start",
        Map.of("variables", Map.of("agreementCode", Map.of("value", agreementCode))));
  }

  private String agreementWithOpenVote() {
    String code = code();
    LocalDate start = ProgrammeCalendar.today().minusMonths(22);
    String id = runtime.startProcessInstanceByKey("sponsorship-agreement", code, Variables.createVariables()
        .putValue("agreementCode", code).putValue("startDate", start.toString())
        .putValue("signatories", SpinValues.jsonValue(VALID_SIGNATORIES).create())).getId();
    executeDueJobs(id);
    assertThat(tasks.createTaskQuery().processInstanceId(id).taskDefinitionKey(AgreementTasks.VOTE_ON_EXTENSION).count()).isEqualTo(3);
    return id;
  }

  private Task vote(String processInstanceId, String organisation) {
    return tasks.createTaskQuery().processInstanceId(processInstanceId).taskCandidateGroup(organisation).singleResult();
  }

  private static String code() {
    return "CS-" + UUID.randomUUID().toString().substring(0, 8);
  }

  private long agreements() {
    return runtime.createProcessInstanceQuery().processDefinitionKey("sponsorship-agreement").count();
  }

  private ResponseEntity<Map> start(String user, Object code, String startDate, String signatories) {
    Map<String, Object> variables = new java.util.HashMap<>();
    if (code != null) {
      variables.put("agreementCode", Map.of("value", code));
    }
    if (startDate != null) {
      variables.put("startDate", Map.of("value", startDate, "type", "String"));
    }
    if (signatories != null) {
      variables.put("signatories", Map.of("value", signatories, "type", "Json"));
    }
    return post(user, "/process-definition/key/sponsorship-agreement/start", Map.of("variables", variables));
  }

  private ResponseEntity<Map> complete(String user, String taskId, Map<String, Object> extensionApproved) {
    // a yes carries the voter's budget for the next two years
    Map<String, Object> variables = extensionApproved == null ? Map.of()
        : Boolean.TRUE.equals(extensionApproved.get("value"))
            ? Map.of("extensionApproved", extensionApproved, "budgetEur", Map.of("value", 1000))
            : Map.of("extensionApproved", extensionApproved);
    return post(user, "/task/" + taskId + "/complete", Map.of("variables", variables));
  }
}
