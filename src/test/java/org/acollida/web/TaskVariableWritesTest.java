package org.acollida.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.acollida.contract.ProgrammeCalendar;
import org.acollida.organisation.IdentitySetup;
import org.acollida.support.ProcessTestSupport;
import org.acollida.support.WebappSession;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Issue 21, found 1: a task's variables are written only by completing it, with its own form's fields, so every
 * write goes through the completion's validation; whoever may work on a task cannot rewrite the case through it
 * (PUT/POST/DELETE .../variables and .../localVariables, extra variables on complete, submit-form or bpmnError).
 * The public report page reads a round's state defensively.
 */
class TaskVariableWritesTest extends ProcessTestSupport {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String SIGNATORIES = "[{\"organisation\":\"gva\",\"budgetEur\":0},"
      + "{\"organisation\":\"sjm\",\"budgetEur\":100000},{\"organisation\":\"caritas-valencia\",\"budgetEur\":50000}]";
  private static final String STAKEHOLDERS = """
      [{"id":"asoc-senegalesa","name":"Asociación de Senegaleses de Valencia","category":"MIGRANT_ASSOCIATION","user":"stakeholder-1"},
       {"id":"mujeres-migrantes","name":"Mujeres Migrantes en Acción","category":"MIGRANT_ASSOCIATION","user":"stakeholder-2"},
       {"id":"cepaim","name":"Fundación CEPAIM","category":"NGO","user":"stakeholder-3"}]""";

  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired AuthorizationService authorizations;
  @Autowired IdentitySetup identitySetup;

  @Test
  void aSponsorCannotRewriteTheAgreementThroughItsVoteTask() {
    String agreement = agreementWithOpenVote();
    String vote = vote(agreement, "sjm").getId();
    Object termEnd = runtime.getVariable(agreement, "termEndDate");
    Object budget = runtime.getVariable(agreement, "totalBudgetEur");

    List<ResponseEntity<String>> writes = new ArrayList<>();
    writes.add(call("sponsor-sjm", HttpMethod.PUT, "/task/" + vote + "/variables/termEndDate", typed("2031-01-01", "String")));
    writes.add(call("sponsor-sjm", HttpMethod.PUT, "/task/" + vote + "/variables/extensionsGranted", typed(-5, "Integer")));
    writes.add(call("sponsor-sjm", HttpMethod.PUT, "/task/" + vote + "/variables/totalBudgetEur", typed(1, "Double")));
    writes.add(call("sponsor-sjm", HttpMethod.POST, "/task/" + vote + "/variables",
        Map.of("modifications", Map.of("termEndDate", typed("2031-01-01", "String")))));
    writes.add(call("sponsor-sjm", HttpMethod.POST, "/task/" + vote + "/variables",
        Map.of("deletions", List.of("termEndDate"))));
    writes.add(call("sponsor-sjm", HttpMethod.DELETE, "/task/" + vote + "/variables/termEndDate", null));
    writes.add(call("sponsor-sjm", HttpMethod.PUT, "/task/" + vote + "/localVariables/termEndDate", typed("2031-01-01", "String")));
    writes.add(call("sponsor-sjm", HttpMethod.POST, "/task/" + vote + "/localVariables",
        Map.of("modifications", Map.of("extensionApproved", typed(true, "Boolean")))));
    writes.add(call("sponsor-sjm", HttpMethod.PUT, "/task/" + vote + "/variables/extensionApproved", typed(true, "Boolean")));
    for (ResponseEntity<String> write : writes) {
      assertThat(write.getStatusCode().value()).as(write.getBody()).isIn(400, 403);
    }
    assertThat(runtime.getVariable(agreement, "termEndDate")).isEqualTo(termEnd);
    assertThat(runtime.getVariable(agreement, "extensionsGranted")).isEqualTo(0);
    assertThat(runtime.getVariable(agreement, "totalBudgetEur")).isEqualTo(budget);
    assertThat(tasks.getVariablesLocal(vote)).as("nothing left on the task either")
        .doesNotContainKeys("termEndDate", "extensionApproved");

    // the no that follows leaves the term where the agreement put it
    assertThat(completeVote("sponsor-sjm", vote, Map.of("extensionApproved", typed(false, "Boolean"),
        "extensionRefusalReason", typed("Not this time.", "String"))).getStatusCode().value())
        .isEqualTo(204);
    executeDueJobs(agreement);
    Job termEnds = management.createJobQuery().processInstanceId(agreement).activityId("TermEnds").singleResult();
    assertThat(termEnds.getDuedate()).isEqualTo(startOf(termEnd.toString()));
  }

  @Test
  void anAdministratorToo_TaskVariablesAreWrittenOnlyByCompletingTheTask() throws Exception {
    String agreement = agreementWithOpenVote();
    String vote = vote(agreement, "gva").getId();

    ResponseEntity<String> contract = call("admin", HttpMethod.PUT, "/task/" + vote + "/variables/termEndDate",
        typed("2031-01-01", "String"));
    assertThat(contract.getStatusCode().value()).as(contract.getBody()).isEqualTo(400);
    assertThat(json(contract).path("field").asText()).isEqualTo("termEndDate");
    assertThat(json(contract).path("message").asText()).contains("vote-on-extension").contains("extensionApproved");

    ResponseEntity<String> several = call("admin", HttpMethod.POST, "/task/" + vote + "/localVariables",
        Map.of("modifications", Map.of("extensionsGranted", typed(2, "Integer"))));
    assertThat(several.getStatusCode().value()).isEqualTo(400);
    assertThat(json(several).path("field").asText()).isEqualTo("extensionsGranted");

    // even the form's own field: written by the completion, which checks the whole form
    ResponseEntity<String> ownField = call("admin", HttpMethod.PUT, "/task/" + vote + "/localVariables/extensionApproved",
        typed("maybe", "String"));
    assertThat(ownField.getStatusCode().value()).isEqualTo(400);
    assertThat(json(ownField).path("field").asText()).isEqualTo("extensionApproved");

    assertThat(runtime.getVariable(agreement, "termEndDate")).isNotEqualTo("2031-01-01");
    assertThat(runtime.getVariable(agreement, "extensionsGranted")).isEqualTo(0);
    assertThat(tasks.getVariablesLocal(vote)).doesNotContainKeys("extensionApproved", "extensionsGranted");
    // the process instance's own variables stay an administrator's to correct, through the instance
    assertThat(call("admin", HttpMethod.PUT, "/process-instance/" + agreement + "/variables/votesInFavour",
        typed(0, "Integer")).getStatusCode().value()).isEqualTo(204);
  }

  @Test
  void aCompletionCarriesOnlyTheFieldsOfTheTasksForm() throws Exception {
    String agreement = agreementWithOpenVote();
    String vote = vote(agreement, "sjm").getId();
    Object termEnd = runtime.getVariable(agreement, "termEndDate");

    for (String endpoint : List.of("complete", "submit-form", "resolve")) {
      ResponseEntity<String> forged = call("sponsor-sjm", HttpMethod.POST, "/task/" + vote + "/" + endpoint, Map.of(
          "variables", Map.of("extensionApproved", typed(false, "Boolean"), "termEndDate", typed("2031-01-01", "String"))));
      assertThat(forged.getStatusCode().value()).as(endpoint + ": " + forged.getBody()).isEqualTo(400);
      assertThat(json(forged).path("field").asText()).isEqualTo("termEndDate");
    }
    // a BPMN error or escalation would end the task without its complete listener (an uncaught error ends the vote's
    // path as if done): a person ends a task by completing it
    for (ResponseEntity<String> thrown : List.of(
        call("sponsor-sjm", HttpMethod.POST, "/task/" + vote + "/bpmnError", Map.of("errorCode", "ANY")),
        call("sponsor-sjm", HttpMethod.POST, "/task/" + vote + "/bpmnError", Map.of(
            "errorCode", "ANY", "variables", Map.of("extensionsGranted", typed(2, "Integer")))),
        call("sponsor-sjm", HttpMethod.POST, "/task/" + vote + "/bpmnEscalation", Map.of("escalationCode", "ANY")),
        call("admin", HttpMethod.POST, "/task/" + vote + "/bpmnError", Map.of("errorCode", "ANY")))) {
      assertThat(thrown.getStatusCode().value()).as(thrown.getBody()).isEqualTo(403);
    }

    assertThat(tasks.createTaskQuery().taskId(vote).count()).as("still open").isEqualTo(1);
    assertThat(runtime.getVariable(agreement, "termEndDate")).isEqualTo(termEnd);
    assertThat(runtime.getVariable(agreement, "extensionsGranted")).isEqualTo(0);

    // what Tasklist sends: the form's fields only
    ResponseEntity<String> voted = call("sponsor-sjm", HttpMethod.POST, "/task/" + vote + "/submit-form",
        Map.of("variables", Map.of("extensionApproved", Map.of("value", "true"), "budgetEur", Map.of("value", 1000))));
    assertThat(voted.getStatusCode().value()).as(voted.getBody()).isEqualTo(204);
    assertThat(runtime.getVariable(agreement, "votesInFavour")).isEqualTo(1);
  }

  @Test
  void aProcessInstancesOwnVariablesAreWrittenByTheProcessAndCorrectedByAnAdministratorOnly() {
    String agreement = agreementWithOpenVote();
    Object termEnd = runtime.getVariable(agreement, "termEndDate");
    String round = openRound("CR-TV-" + UUID.randomUUID().toString().substring(0, 8));
    // both roles may correlate messages on these processes, which is what the engine would let write variables
    for (ResponseEntity<String> write : List.of(
        call("coordinator-gva", HttpMethod.PUT, "/process-instance/" + agreement + "/variables/termEndDate",
            typed("2031-01-01", "String")),
        call("coordinator-gva", HttpMethod.POST, "/process-instance/" + agreement + "/variables",
            Map.of("modifications", Map.of("extensionsGranted", typed(-5, "Integer")))),
        call("coordinator-gva", HttpMethod.DELETE, "/process-instance/" + agreement + "/variables/termEndDate", null),
        call("facilitator", HttpMethod.PUT, "/process-instance/" + round + "/variables/roundStatus",
            typed("PUBLISHED", "String")))) {
      assertThat(write.getStatusCode().value()).as(write.getBody()).isEqualTo(403);
    }
    assertThat(runtime.getVariable(agreement, "termEndDate")).isEqualTo(termEnd);
    assertThat(runtime.getVariable(agreement, "extensionsGranted")).isEqualTo(0);
    assertThat(runtime.getVariable(round, "roundStatus")).isEqualTo("OPEN_FOR_CONTRIBUTIONS");
  }

  @Test
  void tasklistsOwnApiKeepsTheSameRulesAndStillClaimsAndCompletesAVote() throws Exception {
    String agreement = agreementWithOpenVote();
    Object termEnd = runtime.getVariable(agreement, "termEndDate");
    String vote = vote(agreement, "sjm").getId();
    WebappSession session = WebappSession.signIn(port, "sponsor-sjm");
    String task = "/camunda/api/engine/engine/default/task/" + vote;

    ResponseEntity<String> form = tasklist(session, HttpMethod.GET, task + "/form-variables?deserializeValues=false", null);
    assertThat(form.getStatusCode().value()).isEqualTo(200);
    assertThat(json(form).path("agreementCode").path("value").asText()).startsWith("CS-TV-");
    assertThat(json(form).path("voterOrganisation").path("value").asText()).isEqualTo("sjm");
    assertThat(json(form).has("signatories")).isFalse();

    ResponseEntity<String> write = tasklist(session, HttpMethod.PUT, task + "/variables/termEndDate",
        typed("2031-01-01", "String"));
    assertThat(write.getStatusCode().value()).as(write.getBody()).isEqualTo(403);
    ResponseEntity<String> forged = tasklist(session, HttpMethod.POST, task + "/submit-form", Map.of("variables", Map.of(
        "extensionApproved", Map.of("value", "false"), "termEndDate", typed("2031-01-01", "String"))));
    assertThat(forged.getStatusCode().value()).as(forged.getBody()).isIn(400, 500);
    assertThat(runtime.getVariable(agreement, "termEndDate")).isEqualTo(termEnd);

    // what Tasklist does: claim, then submit the form's fields
    assertThat(tasklist(session, HttpMethod.POST, task + "/claim", Map.of("userId", "sponsor-sjm"))
        .getStatusCode().value()).isEqualTo(204);
    ResponseEntity<String> voted = tasklist(session, HttpMethod.POST, task + "/submit-form",
        Map.of("variables", Map.of("extensionApproved", Map.of("value", "true"), "budgetEur", Map.of("value", 1000))));
    assertThat(voted.getStatusCode().value()).as(voted.getBody()).isEqualTo(204);
    assertThat(runtime.getVariable(agreement, "votesInFavour")).isEqualTo(1);
  }

  @Test
  void theCandidatesOfATaskClaimAndCompleteItButHoldNoUpdateOnIt() {
    String agreement = agreementWithOpenVote();
    Task vote = vote(agreement, "caritas-valencia");
    Authorization row = authorizations.createAuthorizationQuery().resourceType(Resources.TASK).resourceId(vote.getId())
        .groupIdIn("caritas-valencia").singleResult();
    assertThat(row.isPermissionGranted(TaskPermissions.TASK_WORK)).isTrue();
    assertThat(row.isPermissionGranted(Permissions.UPDATE)).isFalse();
    assertThat(call("sponsor-caritas-valencia", HttpMethod.POST, "/task/" + vote.getId() + "/claim",
        Map.of("userId", "sponsor-caritas-valencia")).getStatusCode().value()).isEqualTo(204);
    assertThat(completeVote("sponsor-caritas-valencia", vote.getId(), Map.of("extensionApproved", typed(true, "Boolean"),
        "budgetEur", typed(1000, "Integer")))
        .getStatusCode().value()).isEqualTo(204);
  }

  @Test
  void aStartTakesBackTheUpdatePermissionsAnOlderVersionGrantedTheRoles() {
    Authorization gvaOnTasks = authorizations.createAuthorizationQuery().resourceType(Resources.TASK).resourceId("*")
        .groupIdIn("gva").singleResult();
    gvaOnTasks.addPermission(Permissions.UPDATE);
    authorizations.saveAuthorization(gvaOnTasks);
    Authorization sjmOnItineraries = authorizations.createAuthorizationQuery().resourceType(Resources.PROCESS_DEFINITION)
        .resourceId("integration-itinerary").groupIdIn("sjm").singleResult();
    sjmOnItineraries.addPermission(ProcessDefinitionPermissions.UPDATE_TASK);
    authorizations.saveAuthorization(sjmOnItineraries);

    identitySetup.run(null);

    Authorization gva = authorizations.createAuthorizationQuery().resourceType(Resources.TASK).resourceId("*")
        .groupIdIn("gva").singleResult();
    assertThat(gva.isPermissionGranted(Permissions.UPDATE)).isFalse();
    assertThat(gva.isPermissionGranted(TaskPermissions.TASK_WORK)).isTrue();
    assertThat(gva.isPermissionGranted(TaskPermissions.TASK_ASSIGN)).isTrue();
    Authorization sjm = authorizations.createAuthorizationQuery().resourceType(Resources.PROCESS_DEFINITION)
        .resourceId("integration-itinerary").groupIdIn("sjm").singleResult();
    assertThat(sjm.isPermissionGranted(ProcessDefinitionPermissions.UPDATE_TASK)).isFalse();
    assertThat(sjm.isPermissionGranted(ProcessDefinitionPermissions.TASK_WORK)).isTrue();
    Authorization admin = authorizations.createAuthorizationQuery().resourceType(Resources.TASK).resourceId("*")
        .groupIdIn("camunda-admin").singleResult();
    assertThat(admin.isPermissionGranted(Permissions.ALL)).as("the administrators keep everything").isTrue();
  }

  @Test
  void aSponsorCannotHandItsFamilyOverNorSetTheOutcomeOfAMediationItWasRefused() {
    today("2026-01-10");
    String agreementCode = "CS-TV-" + UUID.randomUUID().toString().substring(0, 8);
    runtime.startProcessInstanceByKey("sponsorship-agreement", agreementCode, Variables.createVariables()
        .putValue("agreementCode", agreementCode).putValue("startDate", "2026-01-01")
        .putValue("signatories", SpinValues.jsonValue(SIGNATORIES).create()));
    String familyCode = "FAM-TV-" + UUID.randomUUID().toString().substring(0, 8);
    String family = runtime.startProcessInstanceByKey("integration-itinerary", Variables.createVariables()
        .putValue("familyCode", familyCode).putValue("agreementCode", agreementCode)
        .putValue("sponsorOrganisation", "sjm").putValue("municipality", "Alaquàs")
        .putValue("members", 3).putValue("minors", 0).putValue("arrivalDate", "2026-01-05")).getId();
    // the hand-over escalation is caught around every task of the family's itinerary: thrown by the sponsor on its
    // first task, it would hand the family over without any mediation
    executeDueJobs(family);
    Task sponsors = tasks.createTaskQuery().processInstanceId(family).taskCandidateGroup("sjm").list().get(0);
    ResponseEntity<String> handOver = call("sponsor-sjm", HttpMethod.POST, "/task/" + sponsors.getId()
        + "/bpmnEscalation", Map.of("escalationCode", "HAND_OVER"));
    assertThat(handOver.getStatusCode().value()).as(handOver.getBody()).isEqualTo(403);
    assertThat(tasks.createTaskQuery().taskId(sponsors.getId()).count()).isEqualTo(1);
    assertThat(runtime.getActiveActivityIds(family)).contains(sponsors.getTaskDefinitionKey())
        .doesNotContain("CloseItinerary");

    ResponseEntity<String> reported = call("coordinator-gva", HttpMethod.POST, "/message", Map.of(
        "messageName", "SponsorshipBreakdownReported", "businessKey", familyCode,
        "processVariables", Map.of("breakdownDescription", Map.of("value", "The group stopped visiting."))));
    assertThat(reported.getStatusCode().value()).as(reported.getBody()).isIn(200, 204);
    String mediation = tasks.createTaskQuery().processInstanceId(family).taskDefinitionKey("MediateBreakdown")
        .singleResult().getId();

    for (ResponseEntity<String> write : List.of(
        call("sponsor-sjm", HttpMethod.PUT, "/task/" + mediation + "/variables/mediationOutcome", typed("CONTINUE", "String")),
        call("sponsor-sjm", HttpMethod.POST, "/task/" + mediation + "/variables",
            Map.of("modifications", Map.of("mediationOutcome", typed("CONTINUE", "String")))),
        call("sponsor-sjm", HttpMethod.PUT, "/task/" + mediation + "/localVariables/mediationOutcome",
            typed("CONTINUE", "String")))) {
      assertThat(write.getStatusCode().value()).as(write.getBody()).isEqualTo(403);
    }
    assertThat(runtime.getVariable(family, "mediationOutcome")).isNull();
    assertThat(tasks.getVariablesLocal(mediation)).doesNotContainKey("mediationOutcome");
  }

  @Test
  void aStakeholderCannotPublishItsRoundOrForgeItsResultsFromItsInvitation() throws Exception {
    String code = "CR-TV-" + UUID.randomUUID().toString().substring(0, 8);
    String round = openRound(code);
    String invitation = tasks.createTaskQuery().processInstanceId(round).taskAssignee("stakeholder-1").singleResult().getId();
    Object stakeholders = runtime.getVariable(round, "stakeholders").toString();

    for (ResponseEntity<String> write : List.of(
        call("stakeholder-1", HttpMethod.PUT, "/task/" + invitation + "/variables/roundStatus", typed("PUBLISHED", "String")),
        call("stakeholder-1", HttpMethod.PUT, "/task/" + invitation + "/variables/synthesis", typed(
            "[{\"stakeholderId\":\"asoc-senegalesa\",\"answer\":\"ACCEPTED\",\"reason\":\"forged\"}]", "Json")),
        call("stakeholder-1", HttpMethod.PUT, "/task/" + invitation + "/variables/stakeholders", typed("not json", "Json")),
        call("stakeholder-1", HttpMethod.PUT, "/task/" + invitation + "/variables/roundStatus", typed("BOGUS", "String")))) {
      assertThat(write.getStatusCode().value()).as(write.getBody()).isIn(400, 403);
    }
    assertThat(runtime.getVariable(round, "roundStatus")).isEqualTo("OPEN_FOR_CONTRIBUTIONS");
    assertThat(runtime.getVariable(round, "synthesis")).isNull();
    assertThat(runtime.getVariable(round, "stakeholders").toString()).isEqualTo(stakeholders);
    assertThat(report(code).getStatusCode().value()).isEqualTo(404);

    ResponseEntity<String> forged = call("stakeholder-1", HttpMethod.POST, "/task/" + invitation + "/complete", Map.of(
        "variables", Map.of("contributionText", typed("Mediators who speak Wolof.", "String"),
            "roundStatus", typed("PUBLISHED", "String"))));
    assertThat(forged.getStatusCode().value()).isEqualTo(400);
    assertThat(json(forged).path("field").asText()).isEqualTo("roundStatus");
    assertThat(runtime.getVariable(round, "roundStatus")).isEqualTo("OPEN_FOR_CONTRIBUTIONS");
  }

  @Test
  void theReportPageReadsARoundDefensively() {
    String code = "CR-TV-" + UUID.randomUUID().toString().substring(0, 8);
    String round = openRound(code);
    // state no process step wrote (an administrator's edit in Cockpit, or an older version's data)
    runtime.setVariable(round, "roundStatus", "BOGUS");
    assertThat(report(code).getStatusCode().value()).as("an unknown status is not published").isEqualTo(404);
    runtime.setVariable(round, "roundStatus", "PUBLISHED");
    runtime.setVariable(round, "synthesis", SpinValues.jsonValue("{\"not\":\"a list\"}").create());
    assertThat(report(code).getStatusCode().value()).as("published only by the publication step").isEqualTo(404);
    runtime.setVariable(round, "roundStatus", 42);
    assertThat(report(code).getStatusCode().value()).isEqualTo(404);
  }

  // --- helpers

  /** Three signatories, three votes open. */
  private String agreementWithOpenVote() {
    String id = agreementWithOpenVote("CS-TV-", SIGNATORIES);
    assertThat(tasks.createTaskQuery().processInstanceId(id).taskDefinitionKey("VoteOnExtension").count()).isEqualTo(3);
    return id;
  }

  private Task vote(String agreement, String organisation) {
    return tasks.createTaskQuery().processInstanceId(agreement).taskCandidateGroup(organisation).singleResult();
  }

  private String openRound(String code) {
    return runtime.startProcessInstanceByKey("consultation-round", code, Variables.createVariables()
        .putValue("consultationCode", code).putValue("topic", "Access to decent housing for migrant families")
        .putValue("strategyPriority", 3).putValue("stakeholders", SpinValues.jsonValue(STAKEHOLDERS).create())
        .putValue("contributionDeadline", LocalDate.now(ProgrammeCalendar.ZONE).plusDays(14).toString())).getId();
  }

  private ResponseEntity<String> completeVote(String user, String taskId, Map<String, Object> variables) {
    return call(user, HttpMethod.POST, "/task/" + taskId + "/complete", Map.of("variables", variables));
  }

  private ResponseEntity<String> report(String code) {
    return new TestRestTemplate().getForEntity("http://localhost:" + port + "/reports/consultations/" + code, String.class);
  }

  private static Map<String, Object> typed(Object value, String type) {
    return Map.of("value", value, "type", type);
  }

  private static Date startOf(String isoDate) {
    return Date.from(LocalDate.parse(isoDate).atStartOfDay(ProgrammeCalendar.ZONE).toInstant());
  }

  private ResponseEntity<String> call(String user, HttpMethod method, String path, Object body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    headers.setAccept(List.of(MediaType.APPLICATION_JSON));
    return rest(user).exchange(url(path), method, new HttpEntity<>(body, headers), String.class);
  }

  private ResponseEntity<String> tasklist(WebappSession session, HttpMethod method, String path, Object body) {
    HttpHeaders headers = session.headers();
    headers.setContentType(MediaType.APPLICATION_JSON);
    headers.setAccept(List.of(MediaType.APPLICATION_JSON));
    ResponseEntity<String> response = new TestRestTemplate()
        .exchange(app(path), method, new HttpEntity<>(body, headers), String.class);
    session.remember(response);
    return response;
  }

  private String app(String path) {
    return "http://localhost:" + port + path;
  }

  private static JsonNode json(ResponseEntity<String> response) throws Exception {
    return JSON.readTree(response.getBody());
  }
}
