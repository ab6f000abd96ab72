package org.acollida.consultation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.acollida.contract.ProgrammeCalendar;
import org.acollida.support.ProcessTestSupport;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricFormField;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Execution;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 21, found 2 and 3: a contribution is recorded under the stakeholder its invitation was for, whatever a
 * client writes, and its text is readable nowhere but the sealed table until the synthesis starts: not by the
 * facilitator, the Joint Commission, the regional government or an administrator, through any runtime or history
 * endpoint, nor after the round is cancelled.
 */
class SealedContributionRestTest extends ProcessTestSupport {

  /** Those who may read a round's instances and history (and the administrator, who may read everything). */
  private static final List<String> READERS = List.of("facilitator", "commission-member", "coordinator-gva", "admin");

  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired JdbcTemplate jdbc;
  @Autowired ConsultationEnginePlugin plugin;

  @Test
  void aStakeholderWhoRewritesStakeholderIdOnItsInvitationStillContributesInItsOwnName() {
    String round = openRound();
    complete("stakeholder-2", invitation(round, "stakeholder-2"), "Text of Mujeres Migrantes.");
    assertThat(sealedTexts(round)).containsExactly(Map.entry("mujeres-migrantes", "Text of Mujeres Migrantes."));

    // through PUT /task/{id}/variables/stakeholderId, then an ordinary completion
    String own = invitation(round, "stakeholder-1");
    ResponseEntity<String> rewrite = exchange("stakeholder-1", HttpMethod.PUT, "/task/" + own + "/variables/stakeholderId",
        Map.of("value", "mujeres-migrantes", "type", "String"));
    assertThat(rewrite.getStatusCode().value()).as("written (204) or refused, never a 500").isIn(204, 400, 403);
    int completed = complete("stakeholder-1", own, "Text of the Senegalese association.");
    assertThat(completed).isEqualTo(204);

    assertThat(sealedTexts(round)).as("recorded under its own invitation; the other stakeholder's text untouched")
        .containsOnly(Map.entry("mujeres-migrantes", "Text of Mujeres Migrantes."),
            Map.entry("asoc-senegalesa", "Text of the Senegalese association."));
    assertThat(runtime.getVariable(round, "contributions").toString())
        .contains("\"stakeholderId\":\"asoc-senegalesa\"").contains("\"stakeholderId\":\"mujeres-migrantes\"");
  }

  @Test
  void aStakeholderIdSentWithTheCompletionDoesNotChangeWhoseContributionItIs() {
    String round = openRound();
    complete("stakeholder-2", invitation(round, "stakeholder-2"), "Text of Mujeres Migrantes.");

    String own = invitation(round, "stakeholder-1");
    ResponseEntity<Map> forged = post("stakeholder-1", "/task/" + own + "/complete", Map.of("variables", Map.of(
        "contributionText", Map.of("value", "Text of the Senegalese association."),
        "stakeholderId", Map.of("value", "mujeres-migrantes", "type", "String"))));
    assertThat(forged.getStatusCode().value()).as("completed in its own name (204) or refused").isIn(204, 400, 403);
    if (forged.getStatusCode().value() != 204) {
      assertThat(complete("stakeholder-1", own, "Text of the Senegalese association.")).isEqualTo(204);
    }

    assertThat(sealedTexts(round)).containsOnly(Map.entry("mujeres-migrantes", "Text of Mujeres Migrantes."),
        Map.entry("asoc-senegalesa", "Text of the Senegalese association."));
    // the same through the engine's API, where no guard of the REST API stands in the way
    String third = invitation(round, "stakeholder-3");
    tasks.setVariable(third, "stakeholderId", "mujeres-migrantes");
    tasks.complete(third, Map.of("contributionText", "Text of CEPAIM.", "stakeholderId", "asoc-senegalesa"));
    assertThat(sealedTexts(round)).containsOnly(Map.entry("mujeres-migrantes", "Text of Mujeres Migrantes."),
        Map.entry("asoc-senegalesa", "Text of the Senegalese association."), Map.entry("cepaim", "Text of CEPAIM."));
  }

  @Test
  void anInvitationFromBeforeInvitationsWereRecordedIsCompletedOnlyInItsOwnStakeholdersName() {
    String round = openRound();
    complete("stakeholder-2", invitation(round, "stakeholder-2"), "Text of Mujeres Migrantes.");
    String own = invitation(round, "stakeholder-1");
    jdbc.update("delete from ACOLLIDA_CONTRIBUTION_INVITATION where TASK_ID_ = ?", own);

    ResponseEntity<Map> forged = post("stakeholder-1", "/task/" + own + "/complete", Map.of("variables", Map.of(
        "contributionText", Map.of("value", "Text of the Senegalese association."),
        "stakeholderId", Map.of("value", "mujeres-migrantes", "type", "String"))));
    assertThat(forged.getStatusCode().value()).isIn(400, 403);
    assertThat(tasks.createTaskQuery().taskId(own).count()).as("still open").isEqualTo(1);
    assertThat(sealedTexts(round)).containsOnly(Map.entry("mujeres-migrantes", "Text of Mujeres Migrantes."));

    assertThat(complete("stakeholder-1", own, "Text of the Senegalese association.")).isEqualTo(204);
    assertThat(sealedTexts(round)).containsOnly(Map.entry("mujeres-migrantes", "Text of Mujeres Migrantes."),
        Map.entry("asoc-senegalesa", "Text of the Senegalese association."));
  }

  @Test
  void whileTheRoundCollectsNoReaderFindsAContributionTextThroughAnyEndpoint() {
    String round = openRound();
    String byComplete = "Mediators who speak Wolof " + UUID.randomUUID();
    String bySubmitForm = "Tenancy guarantees for migrant families " + UUID.randomUUID();
    String draft = "A first draft left on the task " + UUID.randomUUID();
    String afterDraft = "Housing first, then employment " + UUID.randomUUID();
    assertThat(complete("stakeholder-1", invitation(round, "stakeholder-1"), byComplete)).isEqualTo(204);
    String second = invitation(round, "stakeholder-2");
    assertThat(post("stakeholder-2", "/task/" + second + "/submit-form", Map.of("variables",
        Map.of("contributionText", Map.of("value", bySubmitForm)))).getStatusCode().value()).isEqualTo(204);
    // a stakeholder may write its own text on its own invitation before completing (a client's draft)
    String third = invitation(round, "stakeholder-3");
    assertThat(exchange("stakeholder-3", HttpMethod.PUT, "/task/" + third + "/variables/contributionText",
        Map.of("value", draft, "type", "String")).getStatusCode().value()).isIn(204, 400, 403);
    assertThat(complete("stakeholder-3", third, afterDraft)).isEqualTo(204);
    // or as a variable of the task itself
    String fourth = invitation(round, "stakeholder-4");
    String localDraft = "A draft kept on the task alone " + UUID.randomUUID();
    String afterLocalDraft = "Language courses with childcare " + UUID.randomUUID();
    assertThat(exchange("stakeholder-4", HttpMethod.PUT, "/task/" + fourth + "/localVariables/contributionText",
        Map.of("value", localDraft, "type", "String")).getStatusCode().value()).isIn(204, 400, 403);
    assertThat(complete("stakeholder-4", fourth, afterLocalDraft)).isEqualTo(204);
    List<String> texts = List.of(byComplete, bySubmitForm, draft, afterDraft, localDraft, afterLocalDraft);
    assertThat(sealedTexts(round)).hasSize(4);

    for (String reader : READERS) {
      assertNoTextReadable(reader, round, texts);
    }
    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(round)
        .variableName(ConsultationTasks.CONTRIBUTION_TEXT).count()).as("no history of the text at all").isZero();
    assertThat(engine.getHistoryService().createHistoricDetailQuery().processInstanceId(round).list())
        .as("no variable update or form field of the text")
        .noneMatch(detail -> detail instanceof HistoricVariableUpdate update
            && ConsultationTasks.CONTRIBUTION_TEXT.equals(update.getVariableName())
            || detail instanceof HistoricFormField field && ConsultationTasks.CONTRIBUTION_TEXT.equals(field.getFieldId()));

    // cancelled while collecting: nothing of the texts is left anywhere
    assertThat(exchange("admin", HttpMethod.DELETE, "/process-instance/" + round, null).getStatusCode().value()).isEqualTo(204);
    assertThat(sealedTexts(round)).isEmpty();
    assertThat(invitationsRecorded(round)).isZero();
    for (String reader : READERS) {
      assertNoTextReadable(reader, round, texts);
    }
  }

  @Test
  void textsAnEarlierVersionLeftInTheHistoryAreRemovedAtStart() {
    String round = openRound();
    String text = "Left in the history by an earlier version " + UUID.randomUUID();
    // the rows an earlier version wrote: the variable, an update of it, and a submitted form field
    String variable = UUID.randomUUID().toString();
    jdbc.update("insert into ACT_HI_VARINST (ID_, PROC_DEF_KEY_, PROC_INST_ID_, EXECUTION_ID_, NAME_, VAR_TYPE_, TEXT_, STATE_)"
        + " values (?, 'consultation-round', ?, ?, 'contributionText', 'string', ?, 'CREATED')", variable, round, round, text);
    jdbc.update("insert into ACT_HI_DETAIL (ID_, TYPE_, TIME_, NAME_, PROC_DEF_KEY_, PROC_INST_ID_, VAR_INST_ID_, VAR_TYPE_, TEXT_)"
        + " values (?, 'VariableUpdate', current_timestamp, 'contributionText', 'consultation-round', ?, ?, 'string', ?)",
        UUID.randomUUID().toString(), round, variable, text);
    jdbc.update("insert into ACT_HI_DETAIL (ID_, TYPE_, TIME_, NAME_, PROC_DEF_KEY_, PROC_INST_ID_, TEXT_)"
        + " values (?, 'FormProperty', current_timestamp, 'contributionText', 'consultation-round', ?, ?)",
        UUID.randomUUID().toString(), round, text);
    String history = "/history/detail?deserializeValues=false&processInstanceId=" + round;
    assertThat(rest("facilitator").getForObject(url(history), String.class)).contains(text);

    plugin.postProcessEngineBuild(engine);

    for (String reader : READERS) {
      assertNoTextReadable(reader, round, List.of(text));
    }
    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(round)
        .variableName("consultationCode").count()).as("the rest of the history stays").isEqualTo(1);
  }

  @Test
  void theTextsJoinTheRoundWhenTheSynthesisStartsAsBefore() {
    String round = openRound();
    String text = "Mediators who speak Wolof " + UUID.randomUUID();
    for (int i = 1; i <= 6; i++) {
      assertThat(complete("stakeholder-" + i, invitation(round, "stakeholder-" + i), i == 1 ? text : "Contribution " + i))
          .isEqualTo(204);
    }
    executeDueJobs(round);
    assertThat(runtime.getVariable(round, "roundStatus")).isEqualTo("SYNTHESIS");
    assertThat(runtime.getVariable(round, "synthesis").toString()).contains(text);
    ResponseEntity<String> forTheFacilitator = rest("facilitator")
        .getForEntity(url("/process-instance/" + round + "/variables?deserializeValues=false"), String.class);
    assertThat(forTheFacilitator.getStatusCode().value()).isEqualTo(200);
    assertThat(forTheFacilitator.getBody()).as("the facilitator answers the texts").contains(text);
    assertThat(sealedTexts(round)).isEmpty();
    assertThat(invitationsRecorded(round)).isZero();
  }

  private void assertNoTextReadable(String reader, String round, List<String> texts) {
    List<String> paths = new ArrayList<>(List.of(
        "/history/variable-instance?deserializeValues=false&processInstanceId=" + round,
        "/history/variable-instance?deserializeValues=false&variableName=" + ConsultationTasks.CONTRIBUTION_TEXT,
        "/history/detail?deserializeValues=false&processInstanceId=" + round,
        "/history/detail?deserializeValues=false&formFields=true&processInstanceId=" + round,
        "/history/user-operation?processInstanceId=" + round,
        "/variable-instance?deserializeValues=false&processInstanceIdIn=" + round,
        "/variable-instance?deserializeValues=false&variableName=" + ConsultationTasks.CONTRIBUTION_TEXT));
    boolean running = runtime.createProcessInstanceQuery().processInstanceId(round).count() > 0;
    if (running) {
      paths.add("/process-instance/" + round + "/variables?deserializeValues=false");
      for (Task open : tasks.createTaskQuery().processInstanceId(round).list()) {
        paths.add("/task/" + open.getId() + "/variables?deserializeValues=false");
        paths.add("/task/" + open.getId() + "/form-variables?deserializeValues=false");
      }
      for (Execution execution : runtime.createExecutionQuery().processInstanceId(round).list()) {
        paths.add("/execution/" + execution.getId() + "/localVariables?deserializeValues=false");
      }
    }
    for (String path : paths) {
      ResponseEntity<String> read = rest(reader).getForEntity(url(path), String.class);
      assertThat(read.getStatusCode().value()).as(reader + " " + path).isIn(200, 403, 404);
      for (String text : texts) {
        assertThat(read.getBody()).as(reader + " " + path).doesNotContain(text);
      }
    }
    for (String history : paths.subList(0, 4)) {
      assertThat(rest(reader).getForEntity(url(history), String.class).getBody()).as(reader + " " + history)
          .doesNotContain("\"" + ConsultationTasks.CONTRIBUTION_TEXT + "\"");
    }
  }

  // --- helpers

  private String openRound() {
    String code = "CR-" + UUID.randomUUID().toString().substring(0, 8);
    return runtime.startProcessInstanceByKey("consultation-round", code, Variables.createVariables()
        .putValue("consultationCode", code).putValue("topic", "Access to decent housing for migrant families")
        .putValue("strategyPriority", 3)
        .putValue("stakeholders", SpinValues.jsonValue(ConsultationRoundProcessTest.SIX_STAKEHOLDERS).create())
        .putValue("contributionDeadline", LocalDate.now(ProgrammeCalendar.ZONE).plusDays(14).toString())).getId();
  }

  private String invitation(String round, String user) {
    return tasks.createTaskQuery().processInstanceId(round).taskDefinitionKey(ConsultationTasks.SUBMIT_CONTRIBUTION)
        .taskAssignee(user).singleResult().getId();
  }

  private int complete(String user, String taskId, String text) {
    return post(user, "/task/" + taskId + "/complete", Map.of("variables",
        Map.of("contributionText", Map.of("value", text)))).getStatusCode().value();
  }

  private ResponseEntity<String> exchange(String user, HttpMethod method, String path, Object body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return rest(user).exchange(url(path), method, new HttpEntity<>(body, headers), String.class);
  }

  private int invitationsRecorded(String round) {
    return jdbc.queryForObject("select count(*) from ACOLLIDA_CONTRIBUTION_INVITATION where PROC_INST_ID_ = ?",
        Integer.class, round);
  }

  /** The round's sealed texts by stakeholder id. */
  private Map<String, String> sealedTexts(String round) {
    Map<String, String> texts = new LinkedHashMap<>();
    jdbc.query("select STAKEHOLDER_ID_, TEXT_ from ACOLLIDA_SEALED_CONTRIBUTION where PROC_INST_ID_ = ?",
        row -> {
          texts.put(row.getString(1), row.getString(2));
        }, round);
    return texts;
  }
}
