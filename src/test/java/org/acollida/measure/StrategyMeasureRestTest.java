package org.acollida.measure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.acollida.contract.ProgrammeCalendar;
import org.acollida.support.ProcessTestSupport;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;

/** Measures through the REST API of the running application: who starts, who reports, bad input. */
class StrategyMeasureRestTest extends ProcessTestSupport {

  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;

  static String future() {
    return LocalDate.now(ProgrammeCalendar.ZONE).plusMonths(6).toString();
  }

  static Stream<Arguments> badStarts() {
    return Stream.of(
        Arguments.of("code missing", Map.of("measureCode", "-"), "measureCode"),
        Arguments.of("code with spaces", Map.of("measureCode", "measure one"), "measureCode"),
        Arguments.of("title missing", Map.of("title", "-"), "title"),
        Arguments.of("title blank", Map.of("title", "  "), "title"),
        Arguments.of("title oversized", Map.of("title", "t".repeat(301)), "title"),
        Arguments.of("objective missing", Map.of("objective", "-"), "objective"),
        Arguments.of("objective unknown", Map.of("objective", "2.4"), "objective"),
        Arguments.of("objective a priority", Map.of("objective", "2"), "objective"),
        Arguments.of("organisation missing", Map.of("responsibleOrganisation", "-"), "responsibleOrganisation"),
        Arguments.of("organisation a role group", Map.of("responsibleOrganisation", "stakeholders"), "responsibleOrganisation"),
        Arguments.of("due date missing", Map.of("dueDate", "-"), "dueDate"),
        Arguments.of("due date malformed", Map.of("dueDate", "31/12/2030"), "dueDate"),
        Arguments.of("due date in the past", Map.of("dueDate", "2020-01-01"), "dueDate"),
        Arguments.of("an origin claimed by hand", Map.of("originConsultationCode", "CR-REAL", "originStakeholder", "cepaim"),
            "originConsultationCode"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badStarts")
  void aBadStartIsRefusedWith400NamingTheFieldAndCreatesNothing(String label, Map<String, Object> change, String field) {
    long before = measures();
    ResponseEntity<Map> response = start("facilitator", variables(change));
    assertThat(response.getStatusCode().value()).as(label + ": " + response.getBody()).isEqualTo(400);
    assertThat(response.getBody()).containsEntry("field", field);
    assertThat((String) response.getBody().get("message")).startsWith(field + ": ");
    assertThat(measures()).isEqualTo(before);
  }

  @Test
  void facilitatorsAndTheRegionalGovernmentStartMeasuresWithAUniqueCodeOthersCannot() {
    Map<String, Object> variables = variables(Map.of());
    ResponseEntity<Map> started = start("coordinator-gva", variables);
    assertThat(started.getStatusCode().value()).isEqualTo(200);
    String id = (String) started.getBody().get("id");
    Map<String, Map<String, Object>> read = rest("facilitator").getForObject(url("/process-instance/" + id + "/variables"), Map.class);
    assertThat(read.get("measureStatus")).containsEntry("value", "PLANNED");
    assertThat(read.get("progress")).containsEntry("value", 0).containsEntry("type", "Integer");
    assertThat(read.get("objective")).containsEntry("value", "2.1");
    assertThat(read).doesNotContainKey("originConsultationCode");

    long before = measures();
    ResponseEntity<Map> again = start("facilitator", variables);
    assertThat(again.getStatusCode().value()).isEqualTo(400);
    assertThat(again.getBody()).containsEntry("field", "measureCode");
    for (String user : new String[] {"stakeholder-1", "sponsor-sjm", "commission-member"}) {
      assertThat(start(user, variables(Map.of())).getStatusCode().value()).as(user).isIn(403, 404);
    }
    assertThat(measures()).isEqualTo(before);
  }

  @Test
  void onlyTheResponsibleOrganisationReportsAndTheJointCommissionConfirms() {
    ResponseEntity<Map> started = start("facilitator", variables(Map.of("responsibleOrganisation", "caritas-valencia")));
    String id = (String) started.getBody().get("id");
    Task report = tasks.createTaskQuery().processInstanceId(id).taskDefinitionKey(MeasureTasks.REPORT_PROGRESS).singleResult();
    Map<String, Object> form = Map.of("reportStatus", value("DONE"), "reportProgress", Map.of("value", 100, "type", "Integer"),
        "evidence", value("Eight families housed"));
    for (String user : new String[] {"sponsor-sjm", "coordinator-gva", "stakeholder-1", "commission-member", "facilitator"}) {
      assertThat(complete(user, report.getId(), form).getStatusCode().value()).as(user).isIn(403, 404);
    }
    assertThat(tasks.createTaskQuery().taskId(report.getId()).count()).as("nobody else reported").isEqualTo(1);
    assertThat(post("coordinator-gva", "/task/" + report.getId() + "/claim", Map.of("userId", "coordinator-gva"))
        .getStatusCode().value()).as("the regional government does not take another organisation's report").isEqualTo(403);
    assertThat(post("coordinator-gva", "/task/" + report.getId() + "/assignee", Map.of("userId", "sponsor-sjm"))
        .getStatusCode().value()).as("nor hands it to another organisation").isEqualTo(403);
    assertThat(tasks.createTaskQuery().taskId(report.getId()).singleResult().getAssignee()).isNull();
    assertThat(post("sponsor-caritas-valencia", "/task/" + report.getId() + "/claim",
        Map.of("userId", "sponsor-caritas-valencia")).getStatusCode().value()).isEqualTo(204);
    assertThat(rest("sponsor-caritas-valencia").getForObject(url("/task?processInstanceId=" + id), java.util.List.class))
        .hasSize(1);

    Map<String, Object> noEvidence = new HashMap<>(form);
    noEvidence.remove("evidence");
    ResponseEntity<Map> refused = complete("sponsor-caritas-valencia", report.getId(), noEvidence);
    assertThat(refused.getStatusCode().value()).isEqualTo(400);
    assertThat(refused.getBody()).containsEntry("field", "evidence");
    assertThat(runtime.getVariable(id, "measureStatus")).isEqualTo("PLANNED");

    assertThat(complete("sponsor-caritas-valencia", report.getId(), form).getStatusCode().value()).isEqualTo(204);
    Task confirm = tasks.createTaskQuery().processInstanceId(id).taskDefinitionKey(MeasureTasks.CONFIRM_CLOSURE).singleResult();
    assertThat(complete("sponsor-caritas-valencia", confirm.getId(), Map.of("closureConfirmed", value("true")))
        .getStatusCode().value()).as("the organisation does not confirm its own report").isIn(403, 404);
    assertThat(complete("commission-member", confirm.getId(), Map.of("closureConfirmed", value("true")))
        .getStatusCode().value()).isEqualTo(204);
  }

  private static Map<String, Object> value(String text) {
    return Map.of("value", text, "type", "String");
  }

  /** A valid start, changed as asked ("-" removes a variable). */
  private static Map<String, Object> variables(Map<String, Object> change) {
    Map<String, Object> values = new HashMap<>(Map.of("measureCode", "M-" + UUID.randomUUID().toString().substring(0, 8),
        "title", "Mediators at the registration offices", "objective", "2.1", "responsibleOrganisation", "gva",
        "dueDate", future()));
    values.putAll(change);
    Map<String, Object> variables = new HashMap<>();
    values.forEach((name, v) -> {
      if (!"-".equals(v)) {
        variables.put(name, value((String) v));
      }
    });
    return variables;
  }

  private long measures() {
    return runtime.createProcessInstanceQuery().processDefinitionKey("strategy-measure").count();
  }

  private ResponseEntity<Map> start(String user, Map<String, Object> variables) {
    return post(user, "/process-definition/key/strategy-measure/start", Map.of("variables", variables));
  }

  private ResponseEntity<Map> complete(String user, String taskId, Map<String, Object> variables) {
    return post(user, "/task/" + taskId + "/complete", Map.of("variables", variables));
  }
}
