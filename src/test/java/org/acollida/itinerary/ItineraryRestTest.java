package org.acollida.itinerary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.authorizationService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.acollida.support.ReliabilityFigures;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The itinerary through the REST API: refusals of bad input, and each sponsor seeing only its own families. */
class ItineraryRestTest extends ItineraryTestSupport {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String SJM = "sponsor-sjm";
  private static final String CARITAS = "sponsor-caritas-valencia";
  private static final String COORDINATOR = "coordinator-gva";

  private String agreement;

  @BeforeEach
  void agreementInForce() {
    today("2026-01-10");
    agreement = agreementFrom("2026-01-01");
  }

  @Test
  void badRegistrationsAreRefusedWith400NamingTheFieldAndNothingIsCreated() throws Exception {
    long before = itineraries();
    String code = familyCode();

    assertRefusedOver(start(without(registration(code), "familyCode")), "familyCode");
    assertRefusedOver(start(with(registration(code), "members", 0)), "members");
    assertRefusedOver(start(with(registration(code), "minors", 5)), "minors");
    assertRefusedOver(start(with(registration(code), "minors", -1)), "minors");
    assertRefusedOver(start(with(registration(code), "arrivalDate", "2026-13-01")), "arrivalDate");
    assertRefusedOver(start(with(registration(code), "agreementCode", "CS-NOT-REGISTERED")), "agreementCode");
    assertRefusedOver(start(with(registration(code), "agreementCode", agreement + "' or '1'='1")), "agreementCode");
    assertRefusedOver(start(with(registration(code), "sponsorOrganisation", "caritas-orihuela-alicante")),
        "sponsorOrganisation");
    assertRefusedOver(start(with(registration(code), "sponsorOrganisation", "gva")), "sponsorOrganisation");
    assertRefusedOver(start(with(registration(code), "sponsorOrganisation", "nobody")), "sponsorOrganisation");
    assertRefusedOver(start(with(registration(code), "members", "five")), "members");
    assertRefusedOver(start(with(registration(code), "municipality", "V".repeat(5000))), "municipality");
    assertRefusedOver(start(with(registration(code), "familyCode", "FAM'; drop table ACT_RU_EXECUTION;--")),
        "familyCode");
    ReliabilityFigures.afterBadInput("integration-itinerary", before, itineraries());
    assertThat(itineraries()).as("nothing created").isEqualTo(before);

    ResponseEntity<String> created = start(registration(code));
    assertThat(created.getStatusCode().value()).as(created.getBody()).isEqualTo(200);
    assertThat(JSON.readTree(created.getBody()).path("tenantId").asText()).isEqualTo("sjm");
    assertThat(JSON.readTree(created.getBody()).path("businessKey").asText()).isEqualTo(code);

    assertRefusedOver(start(registration(code)), "familyCode");
    assertRefusedOver(start(with(registration(familyCode()), "agreementCode", code)), "agreementCode"); // a family's key
    assertThat(itineraries()).as("only the valid registration").isEqualTo(before + 1);

    ResponseEntity<String> bySponsor = call(SJM, HttpMethod.POST,
        "/process-definition/key/integration-itinerary/start", startBody(registration(familyCode())));
    assertThat(bySponsor.getStatusCode().value()).as("itineraries are registered by the regional government")
        .isEqualTo(403);
    assertThat(itineraries()).isEqualTo(before + 1);
  }

  @Test
  void aSponsorSeesAndWorksOnlyOnItsOwnFamiliesWhileTheCoordinatorSeesAll() throws Exception {
    ProcessInstance sjmFamily = register(agreement, "sjm", 3, 1, "2026-01-05");
    ProcessInstance caritasFamily = register(agreement, "caritas-valencia", 4, 2, "2026-01-05");
    String caritasTask = task(caritasFamily, ItineraryTasks.OPEN_BANK_ACCOUNT).getId();
    String sjmTask = task(sjmFamily, ItineraryTasks.OPEN_BANK_ACCOUNT).getId();

    // lists simply leave the other organisation's families out
    assertThat(ids(call(SJM, HttpMethod.GET, "/task?processDefinitionKey=integration-itinerary&maxResults=500", null)))
        .contains(sjmTask).doesNotContainAnyElementsOf(taskIds(caritasFamily));
    assertThat(ids(call(SJM, HttpMethod.GET, "/task?processInstanceId=" + caritasFamily.getId(), null))).isEmpty();
    assertThat(ids(call(SJM, HttpMethod.GET, "/process-instance?processDefinitionKey=integration-itinerary", null)))
        .contains(sjmFamily.getId()).doesNotContain(caritasFamily.getId());
    assertThat(ids(call(SJM, HttpMethod.GET, "/history/process-instance?processInstanceId=" + caritasFamily.getId(),
        null))).isEmpty();
    assertThat(ids(call(SJM, HttpMethod.GET, "/history/variable-instance?processInstanceId=" + caritasFamily.getId(),
        null))).isEmpty();
    assertThat(ids(call(SJM, HttpMethod.GET, "/history/task?processInstanceId=" + caritasFamily.getId(), null)))
        .isEmpty();

    // reading or working on one of them by id: 403 or 404, never 500
    assertDenied(call(SJM, HttpMethod.GET, "/task/" + caritasTask, null));
    assertDenied(call(SJM, HttpMethod.GET, "/task/" + caritasTask + "/variables", null));
    assertDenied(call(SJM, HttpMethod.GET, "/task/" + caritasTask + "/form-variables", null));
    assertDenied(call(SJM, HttpMethod.POST, "/task/" + caritasTask + "/claim", Map.of("userId", SJM)));
    assertDenied(call(SJM, HttpMethod.POST, "/task/" + caritasTask + "/complete",
        Map.of("variables", Map.of("accountOpenedOn", Map.of("value", "2026-01-08")))));
    assertDenied(call(SJM, HttpMethod.GET, "/process-instance/" + caritasFamily.getId(), null));
    assertDenied(call(SJM, HttpMethod.DELETE, "/process-instance/" + caritasFamily.getId(), null));
    assertThat(runtimeService().createProcessInstanceQuery().processInstanceId(caritasFamily.getId()).count())
        .as("another organisation cannot cancel the family's itinerary").isEqualTo(1);
    assertDenied(call(SJM, HttpMethod.GET, "/process-instance/" + caritasFamily.getId() + "/variables", null));
    assertDenied(call(SJM, HttpMethod.GET,
        "/process-instance/" + caritasFamily.getId() + "/variables/sponsorOrganisation", null));
    assertDenied(call(SJM, HttpMethod.PUT, "/process-instance/" + caritasFamily.getId() + "/variables/members",
        Map.of("value", 9, "type", "Integer")));
    assertThat(task(caritasFamily, ItineraryTasks.OPEN_BANK_ACCOUNT).getId()).as("still open").isEqualTo(caritasTask);
    assertThat(runtimeService().getVariable(caritasFamily.getId(), "members")).isEqualTo(4);

    // and the same the other way round
    assertThat(ids(call(CARITAS, HttpMethod.GET, "/task?processInstanceId=" + sjmFamily.getId(), null))).isEmpty();
    assertDenied(call(CARITAS, HttpMethod.GET, "/process-instance/" + sjmFamily.getId() + "/variables", null));

    // its own family: read and work
    ResponseEntity<String> ownVariables = call(SJM, HttpMethod.GET,
        "/process-instance/" + sjmFamily.getId() + "/variables", null);
    assertThat(ownVariables.getStatusCode().value()).isEqualTo(200);
    assertThat(JSON.readTree(ownVariables.getBody()).path("itineraryStatus").path("value").asText())
        .isEqualTo("RECEPTION");
    ResponseEntity<String> completed = call(SJM, HttpMethod.POST, "/task/" + sjmTask + "/complete",
        Map.of("variables", Map.of("accountOpenedOn", Map.of("value", "2026-01-08"))));
    assertThat(completed.getStatusCode().value()).as(completed.getBody()).isEqualTo(204);
    ResponseEntity<String> refused = call(SJM, HttpMethod.POST, "/task/" + task(sjmFamily, ItineraryTasks.OBTAIN_HEALTH_CARD).getId()
        + "/complete", Map.of("variables", Map.of()));
    assertThat(refused.getStatusCode().value()).isEqualTo(400);
    assertThat(JSON.readTree(refused.getBody()).path("field").asText()).isEqualTo("healthCardsObtainedOn");

    // without a per-task authorization of its own (its grant on the definition covers its families):
    // a sponsor's Tasklist query stays fast on PostgreSQL
    assertThat(authorizationService().createAuthorizationQuery().resourceType(Resources.TASK).groupIdIn("sjm")
        .resourceId(task(sjmFamily, ItineraryTasks.OBTAIN_HEALTH_CARD).getId()).count()).isZero();

    // the coordinator sees both families
    assertThat(ids(call(COORDINATOR, HttpMethod.GET, "/process-instance?processDefinitionKey=integration-itinerary",
        null))).contains(sjmFamily.getId(), caritasFamily.getId());
    assertThat(ids(call(COORDINATOR, HttpMethod.GET, "/task?processInstanceId=" + caritasFamily.getId(), null)))
        .contains(caritasTask);
    ResponseEntity<String> caritasVariables = call(COORDINATOR, HttpMethod.GET,
        "/process-instance/" + caritasFamily.getId() + "/variables", null);
    assertThat(caritasVariables.getStatusCode().value()).isEqualTo(200);
    assertThat(JSON.readTree(caritasVariables.getBody()).path("sponsorOrganisation").path("value").asText())
        .isEqualTo("caritas-valencia");
  }

  @Test
  void theCoordinatorReportsABreakdownAndOnlyTheCoordinatorClaimsAndMediatesIt() throws Exception {
    ProcessInstance family = register(agreement, "sjm", 2, 0, "2026-01-05");
    ResponseEntity<String> reported = call(COORDINATOR, HttpMethod.POST, "/message", Map.of(
        "messageName", "SponsorshipBreakdownReported",
        "businessKey", family.getBusinessKey(),
        "processVariables", Map.of("breakdownDescription", Map.of("value", "The group stopped visiting."))));
    assertThat(reported.getStatusCode().value()).as(reported.getBody()).isIn(200, 204);
    String mediation = task(family, ItineraryTasks.MEDIATE_BREAKDOWN).getId();
    Map<String, Object> keepGoing = Map.of("variables", Map.of(
        "mediationOutcome", Map.of("value", "CONTINUE"), "mediationNotes", Map.of("value", "New volunteer.")));

    ResponseEntity<String> claimedBySponsor = call(SJM, HttpMethod.POST, "/task/" + mediation + "/claim",
        Map.of("userId", SJM));
    assertThat(claimedBySponsor.getStatusCode().value()).as("nor claim it").isEqualTo(403);
    assertThat(task(family, ItineraryTasks.MEDIATE_BREAKDOWN).getAssignee()).isNull();
    ResponseEntity<String> assignedToSponsor = call(COORDINATOR, HttpMethod.POST, "/task/" + mediation + "/assignee",
        Map.of("userId", SJM));
    assertThat(assignedToSponsor.getStatusCode().value()).as("nor be given it").isEqualTo(403);
    assertThat(task(family, ItineraryTasks.MEDIATE_BREAKDOWN).getAssignee()).isNull();

    ResponseEntity<String> bySponsor = call(SJM, HttpMethod.POST, "/task/" + mediation + "/complete", keepGoing);
    assertThat(bySponsor.getStatusCode().value()).as("the sponsor cannot decide its own mediation").isEqualTo(403);
    assertThat(task(family, ItineraryTasks.MEDIATE_BREAKDOWN).getId()).isEqualTo(mediation);

    assertThat(call(COORDINATOR, HttpMethod.POST, "/task/" + mediation + "/claim", Map.of("userId", COORDINATOR))
        .getStatusCode().value()).isEqualTo(204);
    ResponseEntity<String> byCoordinator = call(COORDINATOR, HttpMethod.POST, "/task/" + mediation + "/complete",
        keepGoing);
    assertThat(byCoordinator.getStatusCode().value()).as(byCoordinator.getBody()).isEqualTo(204);
    assertThat(runtimeService().getVariable(family.getId(), "itineraryStatus")).isEqualTo("RECEPTION");
  }

  // --- helpers

  private long itineraries() {
    return runtimeService().createProcessInstanceQuery().processDefinitionKey(PROCESS).count();
  }

  private Map<String, Object> registration(String code) {
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put("familyCode", code);
    variables.put("agreementCode", agreement);
    variables.put("sponsorOrganisation", "sjm");
    variables.put("municipality", "Calp");
    variables.put("members", 4);
    variables.put("minors", 2);
    variables.put("arrivalDate", "2026-02-01");
    return variables;
  }

  private static Map<String, Object> with(Map<String, Object> variables, String name, Object value) {
    variables.put(name, value);
    return variables;
  }

  private static Map<String, Object> without(Map<String, Object> variables, String name) {
    variables.remove(name);
    return variables;
  }

  private static Map<String, Object> startBody(Map<String, Object> variables) {
    Map<String, Object> typed = new LinkedHashMap<>();
    variables.forEach((name, value) -> typed.put(name, Map.of("value", value,
        "type", value instanceof Integer ? "Integer" : "String")));
    return Map.of("variables", typed);
  }

  private ResponseEntity<String> start(Map<String, Object> variables) {
    return call(COORDINATOR, HttpMethod.POST, "/process-definition/key/integration-itinerary/start",
        startBody(variables));
  }

  private ResponseEntity<String> call(String user, HttpMethod method, String path, Object body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    headers.setAccept(List.of(MediaType.APPLICATION_JSON));
    return new TestRestTemplate().withBasicAuth(user, user).exchange(
        "http://localhost:" + port + "/engine-rest" + path, method, new HttpEntity<>(body, headers), String.class);
  }

  private static void assertRefusedOver(ResponseEntity<String> response, String field) throws Exception {
    JsonNode body = JSON.readTree(response.getBody());
    ReliabilityFigures.badInput("integration-itinerary",
        response.getStatusCode().value() == 400 && field.equals(body.path("field").asText()));
    assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(400);
    assertThat(body.path("field").asText()).as(response.getBody()).isEqualTo(field);
    assertThat(body.path("message").asText()).contains(field);
  }

  private List<String> taskIds(ProcessInstance instance) {
    return org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery()
        .processInstanceId(instance.getId()).list().stream().map(t -> t.getId()).toList();
  }
}
