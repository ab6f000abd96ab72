package org.acollida.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.acollida.agreement.AgreementTasks;
import org.acollida.itinerary.ItineraryTasks;
import org.acollida.support.ProcessTestSupport;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A case's audit trail over HTTP as each demo user: a family's trail seen by its sponsor and by the Joint
 * Commission, never by another sponsor; an agreement's, with its early termination by the regional government;
 * the CSV; the page in Spanish and Valencian; refusals of what is not a case.
 */
class AuditTrailTest extends ProcessTestSupport {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String SIGNATORIES = """
      [{"organisation":"gva","budgetEur":0},{"organisation":"sjm","budgetEur":100000},
       {"organisation":"caritas-valencia","budgetEur":50000}]""";

  private static final String STAKEHOLDERS = """
      [{"id":"asoc-aud","name":"Asociación Aud","category":"MIGRANT_ASSOCIATION","user":"stakeholder-1"},
       {"id":"mujeres-aud","name":"Mujeres Aud","category":"MIGRANT_ASSOCIATION","user":"stakeholder-2"},
       {"id":"ngo-aud","name":"NGO Aud","category":"NGO","user":"stakeholder-3"},
       {"id":"ngo2-aud","name":"NGO2 Aud","category":"NGO","user":"stakeholder-4"},
       {"id":"ayto-aud","name":"Ayuntamiento Aud","category":"PUBLIC_ADMINISTRATION","user":"stakeholder-5"},
       {"id":"io-aud","name":"IO Aud","category":"INTERNATIONAL_ORGANISATION","user":"stakeholder-6"}]""";

  private final String run = UUID.randomUUID().toString().substring(0, 8);

  @Test
  void aFamilysTrailIsSeenByItsSponsorAndTheCommissionAndNeverByAnotherSponsor() throws Exception {
    today("2026-01-10");
    String agreement = "CS-AUD-" + run;
    runtimeService().startProcessInstanceByKey("sponsorship-agreement", agreement, org.camunda.bpm.engine.variable.Variables
        .createVariables().putValue("agreementCode", agreement).putValue("startDate", "2026-01-01")
        .putValue("signatories", SpinValues.jsonValue(SIGNATORIES).create()));
    String family = "FAM-AUD-" + run;
    String town = "=SUM(1)+<b>Aud</b>-" + run;
    Map<String, Object> registration = new LinkedHashMap<>();
    registration.put("familyCode", family);
    registration.put("agreementCode", agreement);
    registration.put("sponsorOrganisation", "sjm");
    registration.put("municipality", town);
    registration.put("members", 2);
    registration.put("minors", 0);
    registration.put("arrivalDate", "2026-01-20");
    ResponseEntity<String> started = engineRest("coordinator-gva", HttpMethod.POST,
        "/process-definition/key/integration-itinerary/start", Map.of("variables", typed(registration)));
    assertThat(started.getStatusCode().value()).as(started.getBody()).isEqualTo(200);
    String itinerary = JSON.readTree(started.getBody()).path("id").asText();

    // the sponsor claims and completes the reception through REST, as Tasklist does, its family's consent on file
    attachFamilyConsent(itinerary);
    String reception = task(itinerary, ItineraryTasks.PREPARE_RECEPTION).getId();
    assertThat(engineRest("sponsor-sjm", HttpMethod.POST, "/task/" + reception + "/claim", Map.of("userId", "sponsor-sjm"))
        .getStatusCode().value()).isEqualTo(204);
    assertThat(engineRest("sponsor-sjm", HttpMethod.POST, "/task/" + reception + "/complete", Map.of("variables",
        typed(Map.of("housingType", "SOCIAL_HOUSING", "housingReadyDate", "2026-01-15")))).getStatusCode().value())
        .isEqualTo(204);

    // arrival, formalities and plan (by the engine's own API: no user), then six months on, an assessment
    today("2026-01-21");
    executeDueJobs(itinerary);
    complete(itinerary, ItineraryTasks.REGISTER_IN_MUNICIPALITY, Map.of("registeredOn", "2026-01-21"));
    complete(itinerary, ItineraryTasks.OBTAIN_HEALTH_CARD, Map.of("healthCardsObtainedOn", "2026-01-21"));
    complete(itinerary, ItineraryTasks.OPEN_BANK_ACCOUNT, Map.of("accountOpenedOn", "2026-01-21"));
    complete(itinerary, ItineraryTasks.AGREE_ITINERARY_PLAN, Map.of(
        "itineraryAreas", SpinValues.jsonValue("[\"LANGUAGE\",\"EMPLOYMENT_AND_TRAINING\"]").create(),
        "planGoals", "Private goal text " + run, "agreedWithFamilyOn", "2026-01-21", "familyTookPart", true));
    executeDueJobs(itinerary);
    today("2026-08-15");
    executeDueJobs(itinerary);
    String assessment = task(itinerary, ItineraryTasks.ASSESS_AUTONOMY).getId();
    assertThat(engineRest("sponsor-sjm", HttpMethod.POST, "/task/" + assessment + "/complete", Map.of("variables",
        typed(Map.of("languageLevel", "PROFICIENT", "incomeSource", "EMPLOYMENT", "housingSituation", "OWN_RENTAL")))))
        .extracting(r -> r.getStatusCode().value()).isEqualTo(204);
    executeDueJobs(itinerary);

    // the sponsor: its own family's trail
    ResponseEntity<String> sponsor = get("sponsor-sjm", AuditController.pathOf("integration-itinerary", family));
    assertThat(sponsor.getStatusCode().value()).as(sponsor.getBody()).isEqualTo(200);
    assertThat(sponsor.getHeaders().getContentType().toString()).startsWith("text/html");
    String page = sponsor.getBody();
    assertThat(row(page, "Case started: Integration itinerary")).contains("coordinator-gva");
    assertThat(row(page, "Claimed task: Prepare the reception")).contains("sponsor-sjm");
    assertThat(row(page, "Completed task: Prepare the reception")).contains("sponsor-sjm").contains("2026-01-10");
    assertThat(row(page, "Completed task: Assess the family&#39;s autonomy")).contains("sponsor-sjm").contains("2026-08-15");
    assertThat(row(page, "Completed task: Register in the municipality")).as("completed by the engine's API, no user")
        .contains("system (automatic step)");
    assertThat(row(page, "Decision autonomy-level → AUTONOMOUS")).contains("2026-08-15");
    assertThat(row(page, "Set autonomyLevel = AUTONOMOUS")).contains("2026-08-15");
    assertThat(row(page, "Set itineraryStatus = RECEPTION")).contains("2026-01-10");
    assertThat(page).as("a value people wrote is escaped").contains("Set municipality = =SUM(1)+&lt;b&gt;Aud&lt;/b&gt;-" + run)
        .doesNotContain("<b>Aud</b>");
    assertThat(page).as("form answers are not contract variables").doesNotContain("SOCIAL_HOUSING")
        .doesNotContain("Private goal text").doesNotContain("PROFICIENT").doesNotContain("housingType");
    assertThat(page.indexOf("Case started")).as("in time order")
        .isLessThan(page.indexOf("Completed task: Prepare the reception"));
    assertThat(page.indexOf("Completed task: Prepare the reception"))
        .isLessThan(page.indexOf("Decision autonomy-level"));

    // the Joint Commission and the regional government: the same trail
    for (String follower : List.of("commission-member", "coordinator-gva")) {
      ResponseEntity<String> followed = get(follower, AuditController.pathOf("integration-itinerary", family));
      assertThat(followed.getStatusCode().value()).as(follower).isEqualTo(200);
      assertThat(row(followed.getBody(), "Completed task: Prepare the reception")).contains("sponsor-sjm");
      assertThat(followed.getBody()).contains("Decision autonomy-level → AUTONOMOUS");
    }

    // another sponsor: as if the family did not exist, nothing of it
    for (String path : List.of(AuditController.pathOf("integration-itinerary", family),
        AuditController.pathOf("integration-itinerary", family) + ".csv")) {
      ResponseEntity<String> other = get("sponsor-caritas-valencia", path);
      assertThat(other.getStatusCode().value()).as(path).isEqualTo(404);
      assertThat(other.getBody()).doesNotContain("sponsor-sjm").doesNotContain("SUM(1)").doesNotContain("Prepare the reception")
          .doesNotContain("AUTONOMOUS");
    }
    // nor the family's decisions through the engine's REST API, now that sponsors may read decision history
    assertThat(JSON.readTree(engineRest("sponsor-caritas-valencia", HttpMethod.GET,
        "/history/decision-instance?processInstanceId=" + itinerary, null).getBody())).isEmpty();
    assertThat(JSON.readTree(engineRest("sponsor-sjm", HttpMethod.GET,
        "/history/decision-instance?processInstanceId=" + itinerary, null).getBody())).hasSize(1);

    // the CSV: fixed column keys, the user, a value shaped like a formula made harmless
    ResponseEntity<String> csv = get("commission-member", AuditController.pathOf("integration-itinerary", family) + ".csv");
    assertThat(csv.getStatusCode().value()).isEqualTo(200);
    assertThat(csv.getHeaders().getContentType().toString()).startsWith("text/csv");
    assertThat(csv.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION)).contains("audit-integration-itinerary-" + family + ".csv");
    assertThat(csv.getBody()).startsWith("time,userId,kind,subject,value,description\r\n")
        .contains("+01:00,coordinator-gva,STARTED,Integration itinerary,,Case started: Integration itinerary\r\n")
        .contains(",sponsor-sjm,TASK_COMPLETED,Prepare the reception,,Completed task: Prepare the reception\r\n")
        .contains(",,DECISION,autonomy-level,AUTONOMOUS,Decision autonomy-level → AUTONOMOUS\r\n")
        .contains(",VARIABLE_SET,municipality,'=SUM(1)+<b>Aud</b>-" + run + ",")
        .doesNotContain("SOCIAL_HOUSING");

    // in the reader's language: the browser's, or ?lang=
    ResponseEntity<String> spanish = get("commission-member", AuditController.pathOf("integration-itinerary", family), "es-ES,es;q=0.9");
    assertThat(spanish.getBody()).contains("lang=\"es\"").contains("Registro de actividad: Itinerario de integración " + family)
        .contains("Tarea completada: Preparar la acogida").contains("Decisión autonomy-level → AUTONOMOUS")
        .doesNotContain("Completed task");
    ResponseEntity<String> valencian = get("commission-member",
        AuditController.pathOf("integration-itinerary", family) + "?lang=ca", "es");
    assertThat(valencian.getBody()).contains("lang=\"ca\"").contains("Tasca completada: Preparar l&#39;acollida");
    assertThat(get("commission-member", AuditController.pathOf("integration-itinerary", family) + ".csv?lang=es").getBody())
        .contains(",sponsor-sjm,TASK_COMPLETED,Prepare the reception,,Tarea completada: Preparar la acogida\r\n");
  }

  @Test
  void anAgreementsTrailShowsTheVotesAndTheTerminationButNotTheReasonsText() throws Exception {
    today("2026-01-10");
    String agreement = "CS-AUD-" + run;
    ResponseEntity<String> started = engineRest("coordinator-gva", HttpMethod.POST,
        "/process-definition/key/sponsorship-agreement/start", Map.of("variables", Map.of(
            "agreementCode", Map.of("value", agreement, "type", "String"),
            "startDate", Map.of("value", "2024-03-01", "type", "String"),
            "signatories", Map.of("value", SIGNATORIES, "type", "Json"))));
    assertThat(started.getStatusCode().value()).as(started.getBody()).isEqualTo(200);
    String id = JSON.readTree(started.getBody()).path("id").asText();
    executeDueJobs(id);
    Task sjmVote = taskQuery().processInstanceId(id).taskDefinitionKey(AgreementTasks.VOTE_ON_EXTENSION)
        .taskCandidateGroup("sjm").singleResult();
    assertThat(engineRest("sponsor-sjm", HttpMethod.POST, "/task/" + sjmVote.getId() + "/complete",
        Map.of("variables", Map.of("extensionApproved", Map.of("value", true), "budgetEur", Map.of("value", 1000)))).getStatusCode().value()).isEqualTo(204);
    today("2026-01-12");
    assertThat(engineRest("coordinator-gva", HttpMethod.POST, "/message", Map.of("messageName", "AgreementTerminated",
        "businessKey", agreement, "processVariables", Map.of("terminationReason",
            Map.of("value", "Confidential reason " + run)))).getStatusCode().value()).isEqualTo(204);

    ResponseEntity<String> commission = get("commission-member", AuditController.pathOf("sponsorship-agreement", agreement));
    assertThat(commission.getStatusCode().value()).as(commission.getBody()).isEqualTo(200);
    String page = commission.getBody();
    assertThat(row(page, "Case started: Sponsorship agreement")).contains("coordinator-gva").contains("2026-01-10");
    assertThat(row(page, "Set signatories (entries: 3)")).contains("coordinator-gva");
    assertThat(row(page, "Set agreementStatus = EXTENSION_VOTE")).contains("2026-01-10");
    assertThat(row(page, "Completed task: Vote on extending the agreement")).contains("sponsor-sjm");
    assertThat(row(page, "Message AgreementTerminated received")).contains("coordinator-gva").contains("2026-01-12");
    assertThat(row(page, "Recorded terminationReason (text not shown)")).contains("coordinator-gva");
    assertThat(row(page, "Set agreementStatus = TERMINATED")).contains("2026-01-12");
    assertThat(page).doesNotContain("Confidential reason").doesNotContain("100000").doesNotContain("budgetEur");

    ResponseEntity<String> sponsor = get("sponsor-sjm", AuditController.pathOf("sponsorship-agreement", agreement));
    assertThat(sponsor.getStatusCode().value()).as("a signatory follows its families, not the agreement's history")
        .isEqualTo(404);
    assertThat(sponsor.getBody()).doesNotContain("EXTENSION_VOTE").doesNotContain("coordinator-gva");
  }

  @Test
  void aRoundsTrailShowsTheContributionsAndTheDecisionButNeverAContributionsText() throws Exception {
    today("2026-03-01");
    String round = "CR-AUD-" + run;
    String id = runtimeService().startProcessInstanceByKey("consultation-round", round, org.camunda.bpm.engine.variable
        .Variables.createVariables().putValue("consultationCode", round).putValue("topic", "Housing for families")
        .putValue("strategyPriority", 3).putValue("stakeholders", SpinValues.jsonValue(STAKEHOLDERS).create())
        .putValue("contributionDeadline", "2026-03-20")).getId();
    executeDueJobs(id);
    Task invitation = taskQuery().processInstanceId(id).taskAssignee("stakeholder-1").singleResult();
    assertThat(engineRest("stakeholder-1", HttpMethod.POST, "/task/" + invitation.getId() + "/complete", Map.of(
        "variables", Map.of("contributionText", Map.of("value", "Sealed words " + run)))).getStatusCode().value())
        .isEqualTo(204);

    ResponseEntity<String> facilitator = get("facilitator", AuditController.pathOf("consultation-round", round));
    assertThat(facilitator.getStatusCode().value()).as(facilitator.getBody()).isEqualTo(200);
    String page = facilitator.getBody();
    assertThat(row(page, "Completed task: Submit contribution")).contains("stakeholder-1");
    assertThat(page).contains("Decision representation-check → true").contains("Set stakeholders (entries: 6)")
        .contains("Set roundStatus = OPEN_FOR_CONTRIBUTIONS").contains("Set topic = Housing for families");
    assertThat(page).as("a contribution is sealed").doesNotContain("Sealed words").doesNotContain("contributionText");
    assertThat(get("commission-member", AuditController.pathOf("consultation-round", round)).getStatusCode().value())
        .isEqualTo(200);
    ResponseEntity<String> stakeholder = get("stakeholder-1", AuditController.pathOf("consultation-round", round));
    assertThat(stakeholder.getStatusCode().value()).as("stakeholders follow their own task, not the round").isEqualTo(404);
    assertThat(stakeholder.getBody()).doesNotContain("Housing for families");
  }

  @Test
  void whatIsNotACaseIsRefusedAndNamed() throws Exception {
    ResponseEntity<String> unknown = get("commission-member", AuditController.pathOf("integration-itinerary", "FAM-NONE-" + run));
    assertThat(unknown.getStatusCode().value()).isEqualTo(404);
    assertThat(unknown.getBody()).contains("No audit trail to show");
    assertThat(get("commission-member", AuditController.pathOf("integration-itinerary", "FAM-NONE-" + run) + ".csv")
        .getStatusCode().value()).isEqualTo(404);

    ResponseEntity<String> badProcess = get("commission-member", "/audit/payroll/FAM-1");
    assertThat(badProcess.getStatusCode().value()).isEqualTo(400);
    assertThat(badProcess.getBody()).contains("processKey: must be one of sponsorship-agreement, integration-itinerary,"
        + " consultation-round");
    ResponseEntity<String> badProcessCsv = get("commission-member", "/audit/payroll/FAM-1.csv");
    assertThat(badProcessCsv.getStatusCode().value()).isEqualTo(400);
    assertThat(JSON.readTree(badProcessCsv.getBody()).path("field").asText()).isEqualTo("processKey");
    ResponseEntity<String> badCode = get("commission-member", "/audit/integration-itinerary/-FAM");
    assertThat(badCode.getStatusCode().value()).isEqualTo(400);
    assertThat(badCode.getBody()).contains("businessKey: must be");
    ResponseEntity<String> badLanguage = get("commission-member", "/audit/integration-itinerary/FAM-1?lang=fr");
    assertThat(badLanguage.getStatusCode().value()).isEqualTo(400);
    assertThat(badLanguage.getBody()).contains("lang: must be one of en, es, ca");

    ResponseEntity<String> anonymous = new TestRestTemplate().getForEntity(appUrl("/audit/integration-itinerary/FAM-1"), String.class);
    assertThat(anonymous.getStatusCode().value()).isEqualTo(401);
    assertThat(anonymous.getBody()).contains("/camunda/app/tasklist/default/");
    assertThat(anonymous.getHeaders().containsKey(HttpHeaders.WWW_AUTHENTICATE)).isFalse();

    // the dashboard's search form: to the case's page
    HttpResponse<String> search = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build().send(
        HttpRequest.newBuilder(URI.create(appUrl("/audit?processKey=integration-itinerary&businessKey=FAM-1&lang=ca")))
            .header(HttpHeaders.AUTHORIZATION, basic("commission-member")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(search.statusCode()).isEqualTo(302);
    assertThat(search.headers().firstValue(HttpHeaders.LOCATION).orElseThrow()).endsWith("/audit/integration-itinerary/FAM-1?lang=ca");
    assertThat(get("commission-member", "/audit?processKey=nothing&businessKey=FAM-1").getStatusCode().value())
        .isEqualTo(400);
    assertThat(get("commission-member", "/audit").getBody()).contains("name=\"businessKey\"");
    assertThat(get("commission-member", "/audit/audit.css").getStatusCode().value()).as("the page's stylesheet").isEqualTo(200);
    assertThat(new TestRestTemplate().getForEntity(appUrl("/dashboard/"), String.class).getBody())
        .contains("action=\"/audit\"");
  }

  // --- helpers

  private static Task task(String processInstanceId, String key) {
    return taskQuery().processInstanceId(processInstanceId).taskDefinitionKey(key).singleResult();
  }

  private static void complete(String processInstanceId, String key, Map<String, Object> variables) {
    taskService().complete(task(processInstanceId, key).getId(), variables);
  }

  /** The table row (its HTML) whose text contains that sentence. */
  private static String row(String page, String what) {
    int at = page.indexOf(what);
    assertThat(at).as("a line \"" + what + "\" in the page").isNotNegative();
    int start = page.lastIndexOf("<tr", at);
    int end = page.indexOf("</tr>", at);
    return page.substring(start, end);
  }

  private static Map<String, Object> typed(Map<String, Object> variables) {
    Map<String, Object> typed = new LinkedHashMap<>();
    variables.forEach((name, value) -> typed.put(name, Map.of("value", value,
        "type", value instanceof Integer ? "Integer" : "String")));
    return typed;
  }

  private ResponseEntity<String> engineRest(String user, HttpMethod method, String path, Object body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    headers.setAccept(List.of(MediaType.APPLICATION_JSON));
    return rest(user).exchange(url(path), method, new HttpEntity<>(body, headers), String.class);
  }

  private ResponseEntity<String> get(String user, String path) {
    return get(user, path, null);
  }

  private ResponseEntity<String> get(String user, String path, String acceptLanguage) {
    HttpHeaders headers = new HttpHeaders();
    if (acceptLanguage != null) {
      headers.set(HttpHeaders.ACCEPT_LANGUAGE, acceptLanguage);
    }
    return rest(user).exchange(appUrl(path), HttpMethod.GET, new HttpEntity<>(headers), String.class);
  }

  private String appUrl(String path) {
    return "http://localhost:" + port + path;
  }

  private static String basic(String user) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8));
  }
}
