package org.acollida.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

/**
 * A refusal is expected traffic, not a failure of the application: one WARN line naming who was refused
 * what, with no stack trace, so real errors stay visible in the log.
 */
@ExtendWith(OutputCaptureExtension.class)
class RefusalLoggingTest extends WebTestSupport {

  private static final String SJM = "sponsor-sjm";

  @Autowired RuntimeService runtime;

  private ProcessInstance caritasFamily;

  @BeforeEach
  void anotherOrganisationsFamily() {
    today("2026-01-10");
    String agreement = "CS-LOG-" + UUID.randomUUID().toString().substring(0, 8);
    runtime.startProcessInstanceByKey("sponsorship-agreement", agreement, Variables.createVariables()
        .putValue("agreementCode", agreement)
        .putValue("startDate", "2026-01-01")
        .putValue("signatories", SpinValues.jsonValue("[{\"organisation\":\"gva\",\"budgetEur\":0},"
            + "{\"organisation\":\"sjm\",\"budgetEur\":1000},{\"organisation\":\"caritas-valencia\",\"budgetEur\":1000}]")
            .create()));
    caritasFamily = runtime.startProcessInstanceByKey("integration-itinerary", Variables.createVariables()
        .putValue("familyCode", "FAM-LOG-" + UUID.randomUUID().toString().substring(0, 8))
        .putValue("agreementCode", agreement)
        .putValue("sponsorOrganisation", "caritas-valencia")
        .putValue("municipality", "Alaquàs")
        .putValue("members", 4)
        .putValue("minors", 2)
        .putValue("arrivalDate", "2026-01-05"));
  }

  @Test
  void anotherOrganisationsFamilyRefusedIsOneWarnLineWithUserAndResource(CapturedOutput output) {
    String path = "/process-instance/" + caritasFamily.getId() + "/variables/members";
    int before = output.getOut().length();

    ResponseEntity<String> refused = call(SJM, HttpMethod.PUT, path, Map.of("value", 9, "type", "Integer"));

    assertThat(refused.getStatusCode().value()).as(refused.getBody()).isEqualTo(403);
    assertOneWarnLine(output.getOut().substring(before), SJM, caritasFamily.getId());
  }

  @Test
  void aMissingAuthorizationIsOneWarnLineToo(CapturedOutput output) {
    int before = output.getOut().length();

    ResponseEntity<String> refused = call("stakeholder-1", HttpMethod.POST,
        "/process-definition/key/consultation-round/start", Map.of("variables", Map.of()));

    assertThat(refused.getStatusCode().value()).as(refused.getBody()).isEqualTo(403);
    assertOneWarnLine(output.getOut().substring(before), "stakeholder-1", "consultation-round");
  }

  private static void assertOneWarnLine(String logged, String user, String resource) {
    List<String> lines = logged.lines().toList();
    assertThat(lines).as(logged).noneMatch(line -> line.contains(" ERROR "));
    assertThat(lines).as("no stack trace")
        .noneMatch(line -> line.startsWith("\tat ") || line.contains("Exception:") && !line.contains(" WARN "));
    assertThat(lines.stream().filter(line -> line.contains(" WARN ")).toList()).as(logged)
        .singleElement().satisfies(line -> assertThat(line).contains(user, resource));
  }
}
