package org.acollida.consultation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.acollida.contract.ProgrammeCalendar;
import org.acollida.demo.DemoConsultationRounds;
import org.acollida.demo.DemoItems;
import org.acollida.support.ProcessTestSupport;
import org.acollida.support.ReliabilityFigures;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A consultation round through the REST API and the public report page of the running application. */
class ConsultationRestTest extends ProcessTestSupport {

  static final String STAKEHOLDERS = ConsultationRoundProcessTest.SIX_STAKEHOLDERS;
  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired DemoItems demoItems;

  static String deadline() {
    return LocalDate.now(ProgrammeCalendar.ZONE).plusDays(14).toString();
  }

  static Stream<Arguments> badStarts() {
    String ok = deadline();
    String today = LocalDate.now(ProgrammeCalendar.ZONE).toString();
    return Stream.of(
        Arguments.of("code missing", Map.of("consultationCode", "-"), "consultationCode"),
        Arguments.of("code with spaces", Map.of("consultationCode", "round one"), "consultationCode"),
        Arguments.of("code oversized", Map.of("consultationCode", "R".repeat(65)), "consultationCode"),
        Arguments.of("topic missing", Map.of("topic", "-"), "topic"),
        Arguments.of("topic blank", Map.of("topic", "   "), "topic"),
        Arguments.of("priority missing", Map.of("strategyPriority", "-"), "strategyPriority"),
        Arguments.of("priority 0", Map.of("strategyPriority", 0), "strategyPriority"),
        Arguments.of("priority 6", Map.of("strategyPriority", 6), "strategyPriority"),
        Arguments.of("priority as text", Map.of("strategyPriority", "three"), "strategyPriority"),
        Arguments.of("stakeholders missing", Map.of("stakeholders", "-"), "stakeholders"),
        Arguments.of("stakeholders not an array", Map.of("stakeholders", "{\"id\":\"a\"}"), "stakeholders"),
        Arguments.of("no stakeholder", Map.of("stakeholders", "[]"), "stakeholders"),
        Arguments.of("unknown category", Map.of("stakeholders", STAKEHOLDERS.replace("\"NGO\"", "\"CHURCH\"")),
            "stakeholders[2].category"),
        Arguments.of("repeated stakeholder id", Map.of("stakeholders", STAKEHOLDERS.replace("\"accem\"", "\"cepaim\"")),
            "stakeholders[3].id"),
        Arguments.of("stakeholder without user", Map.of("stakeholders",
            "[{\"id\":\"a\",\"name\":\"Asociación A\",\"category\":\"MIGRANT_ASSOCIATION\"}]"), "stakeholders[0].user"),
        Arguments.of("stakeholder with an unknown user", Map.of("stakeholders", STAKEHOLDERS.replace("stakeholder-4", "ghost")),
            "stakeholders[3].user"),
        Arguments.of("stakeholder without name", Map.of("stakeholders",
            "[{\"id\":\"a\",\"category\":\"NGO\",\"user\":\"stakeholder-1\"}]"), "stakeholders[0].name"),
        Arguments.of("deadline missing", Map.of("contributionDeadline", "-"), "contributionDeadline"),
        Arguments.of("deadline malformed", Map.of("contributionDeadline", "20/12/2030"), "contributionDeadline"),
        Arguments.of("deadline today", Map.of("contributionDeadline", today), "contributionDeadline"),
        Arguments.of("deadline in the past", Map.of("contributionDeadline", "2020-01-01"), "contributionDeadline"),
        Arguments.of("deadline ok but previous round is this one", Map.of("previousConsultationCode", "SAME", "consultationCode", "SAME",
            "contributionDeadline", ok), "previousConsultationCode"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badStarts")
  void aBadStartIsRefusedWith400NamingTheFieldAndCreatesNothing(String label, Map<String, Object> change, String field) {
    long before = rounds();
    ResponseEntity<Map> response = start("facilitator", variables(change));
    ReliabilityFigures.badInput("consultation-round",
        response.getStatusCode().value() == 400 && field.equals(response.getBody().get("field")));
    ReliabilityFigures.afterBadInput("consultation-round", before, rounds());
    assertThat(response.getStatusCode().value()).as(label).isEqualTo(400);
    assertThat(response.getBody()).containsEntry("field", field);
    assertThat((String) response.getBody().get("message")).startsWith(field + ": ");
    assertThat(rounds()).isEqualTo(before);
  }

  @Test
  void thePriorityChosenInTheStartFormsSelectIsStoredAsAnInteger() {
    // what the start form's select submits: the option's number, untyped; a client may send the option as text
    for (Map<String, Object> priority : List.of(Map.<String, Object>of("value", 4),
        Map.<String, Object>of("value", "4", "type", "String"))) {
      Map<String, Object> variables = variables(Map.of());
      variables.put("strategyPriority", priority);
      ResponseEntity<Map> response = start("facilitator", variables);
      assertThat(response.getStatusCode().value()).as(priority + ": " + response.getBody()).isEqualTo(200);
      Map<String, Object> read = rest("facilitator").getForObject(
          url("/process-instance/" + response.getBody().get("id") + "/variables/strategyPriority"), Map.class);
      assertThat(read).as(priority.toString()).containsEntry("type", "Integer").containsEntry("value", 4);
    }
  }

  @Test
  void theFacilitatorStartsARoundWhoseVariablesCanBeReadBackAndACodeIsUniqueAmongOpenRounds() {
    Map<String, Object> variables = variables(Map.of());
    String code = (String) ((Map<?, ?>) variables.get("consultationCode")).get("value");
    ResponseEntity<Map> response = start("facilitator", variables);
    assertThat(response.getStatusCode().value()).isEqualTo(200);
    assertThat(response.getBody()).containsEntry("businessKey", code);
    String id = (String) response.getBody().get("id");
    Map<String, Map<String, Object>> read =
        rest("facilitator").getForObject(url("/process-instance/" + id + "/variables"), Map.class);
    assertThat(read.get("roundStatus")).containsEntry("value", "OPEN_FOR_CONTRIBUTIONS");
    assertThat(read.get("migrantAssociationShare")).containsEntry("type", "Double");
    assertThat((Double) read.get("migrantAssociationShare").get("value")).isEqualTo(2.0 / 6);
    assertThat(read.get("stakeholders")).containsEntry("type", "Json");

    long before = rounds();
    ResponseEntity<Map> again = start("facilitator", variables);
    assertThat(again.getStatusCode().value()).isEqualTo(400);
    assertThat(again.getBody()).containsEntry("field", "consultationCode");
    assertThat(rounds()).isEqualTo(before);
  }

  @Test
  void stakeholdersAndTheJointCommissionDoNotStartRounds() {
    long before = rounds();
    assertThat(start("stakeholder-1", variables(Map.of())).getStatusCode().value()).isEqualTo(403);
    assertThat(start("commission-member", variables(Map.of())).getStatusCode().value()).isEqualTo(403);
    assertThat(rounds()).isEqualTo(before);
  }

  @Test
  void aStakeholderSeesAndCompletesOnlyItsOwnInvitation() {
    String round = openRound();
    Task own = invitation(round, "stakeholder-1");
    Task other = invitation(round, "stakeholder-2");

    List<Map<String, Object>> visible = rest("stakeholder-1").getForObject(url("/task?processInstanceId=" + round), List.class);
    assertThat(visible).extracting(t -> t.get("id")).containsExactly(own.getId());
    assertThat(rest("stakeholder-1").getForEntity(url("/task/" + other.getId()), Map.class).getStatusCode().value())
        .isIn(403, 404);
    assertThat(rest("stakeholder-1").getForEntity(url("/task/" + other.getId() + "/variables"), Map.class)
        .getStatusCode().value()).isIn(403, 404);
    assertThat(rest("stakeholder-1").getForEntity(url("/process-instance/" + round + "/variables"), Map.class)
        .getStatusCode().value()).as("the round's variables are not a stakeholder's to read").isIn(403, 404);
    ResponseEntity<Map> intrusion = complete("stakeholder-1", other.getId(), Map.of("contributionText", Map.of("value", "Not mine")));
    assertThat(intrusion.getStatusCode().value()).isIn(403, 404);
    assertThat(tasks.createTaskQuery().taskId(other.getId()).count()).isEqualTo(1);

    Map<String, Map<String, Object>> form = rest("stakeholder-1")
        .getForObject(url("/task/" + own.getId() + "/form-variables"), Map.class);
    assertThat(form.get("stakeholderName")).containsEntry("value", "Asociación de Senegaleses de Valencia");
    assertThat(form.get("topic")).containsEntry("value", "Access to decent housing for migrant families");

    ResponseEntity<Map> empty = complete("stakeholder-1", own.getId(), Map.of());
    assertThat(empty.getStatusCode().value()).isEqualTo(400);
    assertThat(empty.getBody()).containsEntry("field", "contributionText");

    assertThat(complete("stakeholder-1", own.getId(), Map.of("contributionText",
        Map.of("value", "Mediators who speak Wolof."))).getStatusCode().value()).isEqualTo(204);
    assertThat(tasks.createTaskQuery().processInstanceId(round).count()).isEqualTo(5);
    assertThat(runtime.getVariable(round, "contributions").toString()).as("who answered, the text sealed")
        .contains("\"stakeholderId\":\"asoc-senegalesa\"").doesNotContain("Mediators who speak Wolof.")
        .doesNotContain("Not mine");
  }

  @Test
  void noStakeholderCanReadAnotherStakeholdersContributionBeforeTheSynthesis() {
    String round = openRound();
    String text = "Mediators who speak Wolof.";
    assertThat(complete("stakeholder-1", invitation(round, "stakeholder-1").getId(),
        Map.of("contributionText", Map.of("value", text))).getStatusCode().value()).isEqualTo(204);
    String own = invitation(round, "stakeholder-2").getId();

    // JSON values come out as text only when not deserialised
    for (String path : List.of("/task/" + own + "/variables?deserializeValues=false",
        "/task/" + own + "/form-variables?deserializeValues=false", "/task/" + own + "/localVariables",
        "/task/" + own + "/variables/contributions?deserializeValue=false",
        "/variable-instance?deserializeValues=false&processInstanceIdIn=" + round,
        "/history/variable-instance?deserializeValues=false&processInstanceId=" + round,
        "/history/detail?deserializeValues=false&processInstanceId=" + round)) {
      ResponseEntity<String> read = rest("stakeholder-2").getForEntity(url(path), String.class);
      assertThat(read.getStatusCode().value()).as(path).isIn(200, 403, 404);
      assertThat(read.getBody()).as(path).doesNotContain(text).doesNotContain("Wolof");
    }

    today(LocalDate.parse(deadline()).plusDays(1).toString());
    executeDueJobs(round);
    Task decision = tasks.createTaskQuery().processInstanceId(round).taskDefinitionKey(ConsultationTasks.DECIDE_ON_QUORUM).singleResult();
    assertThat(decision).as("1 answer of 6: below the quorum").isNotNull();
    tasks.complete(decision.getId(), Map.of("extendDeadline", true,
        "newContributionDeadline", LocalDate.parse(deadline()).plusDays(14).toString()));
    Task reopened = invitation(round, "stakeholder-2");
    ResponseEntity<String> afterExtension = rest("stakeholder-2")
        .getForEntity(url("/task/" + reopened.getId() + "/variables?deserializeValues=false"), String.class);
    assertThat(afterExtension.getStatusCode().value()).isEqualTo(200);
    assertThat(afterExtension.getBody()).as("still sealed while the deadline is extended").doesNotContain(text);
  }

  @Test
  void aSynthesisThatLeavesAContributionUnansweredIsRefusedWith400() throws Exception {
    String round = roundAtSynthesis("Plain text");
    Task synthesis = tasks.createTaskQuery().processInstanceId(round).taskDefinitionKey(ConsultationTasks.SYNTHESISE_CONTRIBUTIONS).singleResult();
    List<Map<String, Object>> answers = answers(round);
    answers.remove(answers.size() - 1);

    ResponseEntity<Map> refused = complete("facilitator", synthesis.getId(),
        Map.of("synthesis", Map.of("value", JSON.writeValueAsString(answers), "type", "Json")));
    assertThat(refused.getStatusCode().value()).isEqualTo(400);
    assertThat(refused.getBody()).containsEntry("field", "synthesis");
    assertThat(tasks.createTaskQuery().taskId(synthesis.getId()).count()).as("still open").isEqualTo(1);

    List<Map<String, Object>> withoutReason = answers(round);
    withoutReason.get(4).remove("reason");
    ResponseEntity<Map> noReason = complete("facilitator", synthesis.getId(),
        Map.of("synthesis", Map.of("value", JSON.writeValueAsString(withoutReason), "type", "Json")));
    assertThat(noReason.getStatusCode().value()).isEqualTo(400);
    assertThat(noReason.getBody()).containsEntry("field", "synthesis[4].reason");

    assertThat(complete("facilitator", synthesis.getId(),
        Map.of("synthesis", Map.of("value", JSON.writeValueAsString(answers(round)), "type", "Json")))
        .getStatusCode().value()).isEqualTo(204);
    assertThat(runtime.getVariable(round, "roundStatus")).isEqualTo("APPROVAL");
  }

  @Test
  void theReportIsNotFoundBeforePublicationAndReadableEscapedHtmlAfterWithoutLogin() throws Exception {
    String hostile = "<script>alert('x')</script> & more";
    String round = roundAtSynthesis(hostile);
    String code = runtime.createProcessInstanceQuery().processInstanceId(round).singleResult().getBusinessKey();
    TestRestTemplate anonymous = new TestRestTemplate();
    assertThat(anonymous.getForEntity(report(code), String.class).getStatusCode().value()).isEqualTo(404);
    assertThat(anonymous.getForEntity(report("no-such-round"), String.class).getStatusCode().value()).isEqualTo(404);

    Task synthesis = tasks.createTaskQuery().processInstanceId(round).taskDefinitionKey(ConsultationTasks.SYNTHESISE_CONTRIBUTIONS).singleResult();
    tasks.complete(synthesis.getId(), Map.of("synthesis", SpinValues.jsonValue(JSON.writeValueAsString(answers(round))).create(),
        "synthesisSummary", "Housing <b>first</b>"));
    assertThat(anonymous.getForEntity(report(code), String.class).getStatusCode().value())
        .as("not before the Joint Commission approves").isEqualTo(404);
    Task approval = tasks.createTaskQuery().processInstanceId(round).taskDefinitionKey(ConsultationTasks.APPROVE_SYNTHESIS).singleResult();
    assertThat(complete("commission-member", approval.getId(), Map.of("synthesisApproved", Map.of("value", "true")))
        .getStatusCode().value()).isEqualTo(204);
    executeDueJobs(round);

    ResponseEntity<String> page = anonymous.getForEntity(report(code), String.class);
    assertThat(page.getStatusCode().value()).isEqualTo(200);
    assertThat(page.getHeaders().getContentType().isCompatibleWith(MediaType.TEXT_HTML)).isTrue();
    String html = page.getBody();
    assertThat(html).contains("Access to decent housing for migrant families")
        .contains("Asociación de Senegaleses de Valencia").contains("Migrant associations")
        .contains("Partially accepted").contains("Because 1")
        .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; more")
        .contains("Housing &lt;b&gt;first&lt;/b&gt;")
        .doesNotContain("<script>").doesNotContain("<b>first");

    HttpHeaders valencian = new HttpHeaders();
    valencian.set(HttpHeaders.ACCEPT_LANGUAGE, "ca-ES,ca;q=0.9,es;q=0.8");
    String inValencian = anonymous.exchange(report(code), HttpMethod.GET, new HttpEntity<>(valencian), String.class)
        .getBody();
    assertThat(inValencian).as("the page in the browser's language, what people wrote as they wrote it")
        .contains("<html lang=\"ca\"").contains("Resultats de la ronda de consulta " + code)
        .contains("Associacions de persones migrants").contains("Acceptada en part").contains("Qui va participar")
        .contains("Accés a l&#39;ocupació i a un habitatge digne")
        .contains("Access to decent housing for migrant families")
        .doesNotContain("Who took part").doesNotContain("Every contribution and its answer");
  }

  @Test
  void theDemoHasARoundOpenForContributionsAndAPublishedReport() {
    // demo process data is off in tests: run the demo's runner here, twice, as two start-ups would
    DemoConsultationRounds demo = new DemoConsultationRounds(runtime, tasks, management, engine.getHistoryService(),
        demoItems);
    demo.run(null);
    demo.run(null);
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey("consultation-round")
        .processInstanceBusinessKeyIn("EVM-P4-ASSOCIATIONS-2026", "EVM-P2-RECEPTION-2025").count())
        .as("created once").isEqualTo(2);
    String open = runtime.createProcessInstanceQuery().processInstanceBusinessKey("EVM-P4-ASSOCIATIONS-2026")
        .singleResult().getId();
    assertThat(runtime.getVariable(open, "roundStatus")).isEqualTo("OPEN_FOR_CONTRIBUTIONS");
    assertThat(tasks.createTaskQuery().processInstanceId(open).taskDefinitionKey(ConsultationTasks.SUBMIT_CONTRIBUTION).list())
        .extracting(Task::getAssignee).containsExactlyInAnyOrder("stakeholder-1", "stakeholder-2", "stakeholder-3",
            "stakeholder-4", "stakeholder-5", "stakeholder-6");
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey("EVM-P2-RECEPTION-2025").count())
        .as("the published demo round is closed").isZero();
    ResponseEntity<String> page = new TestRestTemplate().getForEntity(report("EVM-P2-RECEPTION-2025"), String.class);
    assertThat(page.getStatusCode().value()).isEqualTo(200);
    assertThat(page.getBody()).contains("Reception and intercultural mediation in public services")
        .contains("Asociación de Mujeres Latinoamericanas en Valencia").contains("Partially accepted")
        .contains("Points left open");
  }

  // --- helpers

  /** A round open for contributions, started as the facilitator would. */
  private String openRound() {
    String code = code();
    return runtime.startProcessInstanceByKey("consultation-round", code, Variables.createVariables()
        .putValue("consultationCode", code).putValue("topic", "Access to decent housing for migrant families")
        .putValue("strategyPriority", 3).putValue("stakeholders", SpinValues.jsonValue(STAKEHOLDERS).create())
        .putValue("contributionDeadline", deadline())).getId();
  }

  /** Every stakeholder answered (the first with this text): the facilitator is answering. */
  private String roundAtSynthesis(String firstText) {
    String round = openRound();
    for (int i = 1; i <= 6; i++) {
      Task invitation = invitation(round, "stakeholder-" + i);
      tasks.complete(invitation.getId(), Map.of("contributionText", i == 1 ? firstText : "Contribution " + i));
    }
    executeDueJobs(round);
    assertThat(tasks.createTaskQuery().processInstanceId(round).taskDefinitionKey(ConsultationTasks.SYNTHESISE_CONTRIBUTIONS).count()).isEqualTo(1);
    return round;
  }

  private List<Map<String, Object>> answers(String round) throws Exception {
    List<Map<String, Object>> synthesis = JSON.readValue(runtime.getVariable(round, "synthesis").toString(), List.class);
    List<Map<String, Object>> answers = new ArrayList<>();
    String[] kinds = {"ACCEPTED", "PARTIALLY_ACCEPTED", "REJECTED"};
    for (int i = 0; i < synthesis.size(); i++) {
      answers.add(new HashMap<>(Map.of("stakeholderId", synthesis.get(i).get("stakeholderId"),
          "answer", kinds[i % 3], "reason", "Because " + i)));
    }
    return answers;
  }

  private Task invitation(String round, String user) {
    return tasks.createTaskQuery().processInstanceId(round).taskDefinitionKey(ConsultationTasks.SUBMIT_CONTRIBUTION).taskAssignee(user)
        .singleResult();
  }

  private static String code() {
    return "CR-" + UUID.randomUUID().toString().substring(0, 8);
  }

  /** A valid start, changed as asked ("-" removes a variable). */
  private static Map<String, Object> variables(Map<String, Object> change) {
    Map<String, Object> values = new HashMap<>(Map.of(
        "consultationCode", code(), "topic", "Access to decent housing for migrant families", "strategyPriority", 3,
        "stakeholders", STAKEHOLDERS, "contributionDeadline", deadline()));
    values.putAll(change);
    Map<String, Object> variables = new HashMap<>();
    values.forEach((name, value) -> {
      if ("-".equals(value)) {
        return;
      }
      if (name.equals("stakeholders")) {
        variables.put(name, Map.of("value", value, "type", "Json"));
      } else if (value instanceof Integer) {
        variables.put(name, Map.of("value", value, "type", "Integer"));
      } else {
        variables.put(name, Map.of("value", value, "type", "String"));
      }
    });
    return variables;
  }

  private long rounds() {
    return runtime.createProcessInstanceQuery().processDefinitionKey("consultation-round").count();
  }

  private ResponseEntity<Map> start(String user, Map<String, Object> variables) {
    return post(user, "/process-definition/key/consultation-round/start", Map.of("variables", variables));
  }

  private ResponseEntity<Map> complete(String user, String taskId, Map<String, Object> variables) {
    return post(user, "/task/" + taskId + "/complete", Map.of("variables", variables));
  }


  private String report(String code) {
    return "http://localhost:" + port + "/reports/consultations/" + code;
  }
}
