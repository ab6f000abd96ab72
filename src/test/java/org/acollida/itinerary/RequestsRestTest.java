package org.acollida.itinerary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The coordinator requests through REST, as Tasklist's Start process sends them: who may make each, bad input and
 * unknown or closed cases refused with 400 naming the field, another sponsor's family 403, and nothing changed by a
 * refusal; the case's audit trail names who asked.
 */
class RequestsRestTest extends ItineraryTestSupport {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String TERMINATION = "request-agreement-termination";
  private static final String BREAKDOWN = "report-sponsorship-breakdown";
  private static final String DEPARTURE = "record-family-departure";

  private String agreement;
  private ProcessInstance itinerary;
  private String family;

  @BeforeEach
  void aFamilyWhosePlanIsUnderWay() {
    today("2026-03-10");
    agreement = agreementFrom("2026-01-01");
    itinerary = register(agreement, "sjm", 3, 0, "2026-02-01");
    receiveAndPlan(itinerary, "2026-02-20");
    family = itinerary.getBusinessKey();
  }

  @Test
  void aCoordinatorTerminatesAnAgreementAndBadOrUnauthorisedRequestsChangeNothing() throws Exception {
    assertRefusedOver(request("coordinator-gva", TERMINATION, Map.of("agreementCode", agreement)), "terminationReason");
    assertRefusedOver(request("coordinator-gva", TERMINATION,
        Map.of("agreementCode", "CS-NOT-REGISTERED", "terminationReason", "x")), "agreementCode");
    assertRefusedOver(request("coordinator-gva", TERMINATION,
        Map.of("agreementCode", agreement + "' or '1'='1", "terminationReason", "x")), "agreementCode");
    assertThat(request("sponsor-sjm", TERMINATION, Map.of("agreementCode", agreement, "terminationReason", "x"))
        .getStatusCode().value()).as("a sponsor may not end the agreement (nor see the request)").isIn(403, 404);
    assertThat(agreementStatus()).isEqualTo("IN_FORCE");
    assertThat(requests(TERMINATION, agreement)).as("nothing created").isZero();

    ResponseEntity<String> made = request("coordinator-gva", TERMINATION,
        Map.of("agreementCode", agreement, "terminationReason", "Funding withdrawn"));
    assertThat(made.getStatusCode().value()).as(made.getBody()).isEqualTo(200);
    assertThat(JSON.readTree(made.getBody()).path("businessKey").asText()).isEqualTo(agreement);
    assertThat(agreementStatus()).isEqualTo("TERMINATED");
    assertRefusedOver(request("commission-member", TERMINATION,
        Map.of("agreementCode", agreement, "terminationReason", "Again")), "agreementCode");
    assertThat(requests(TERMINATION, agreement)).isEqualTo(1);
  }

  @Test
  void theSponsorReportsABreakdownAnotherSponsorIsForbiddenAndTheAuditTrailNamesWhoReported() throws Exception {
    ResponseEntity<String> otherSponsor = request("sponsor-caritas-valencia", BREAKDOWN,
        Map.of("familyCode", family, "description", "Not our family"));
    assertThat(otherSponsor.getStatusCode().value()).as(otherSponsor.getBody()).isEqualTo(403);
    assertThat(request("commission-member", BREAKDOWN, Map.of("familyCode", family, "description", "x"))
        .getStatusCode().value()).as("the Joint Commission follows itineraries, it does not report on them")
        .isIn(403, 404);
    assertRefusedOver(request("sponsor-sjm", BREAKDOWN, Map.of("familyCode", "FAM-NOWHERE", "description", "x")),
        "familyCode");
    assertRefusedOver(request("sponsor-sjm", BREAKDOWN, Map.of("familyCode", family)), "description");
    assertRefusedOver(request("sponsor-sjm", BREAKDOWN, Map.of("familyCode", family, "description", "x".repeat(5000))),
        "description");
    assertThat(tasks(itinerary, ItineraryTasks.MEDIATE_BREAKDOWN)).as("nothing changed").isEmpty();
    assertThat(requests(BREAKDOWN, family)).isZero();

    ResponseEntity<String> made = request("sponsor-sjm", BREAKDOWN,
        Map.of("familyCode", family, "description", "The host group no longer visits."));
    assertThat(made.getStatusCode().value()).as(made.getBody()).isEqualTo(200);
    assertThat(tasks(itinerary, ItineraryTasks.MEDIATE_BREAKDOWN)).hasSize(1);

    ResponseEntity<String> trail = page("coordinator-gva", "/audit/integration-itinerary/" + family);
    assertThat(trail.getStatusCode().value()).isEqualTo(200);
    assertThat(row(trail.getBody(), "Message SponsorshipBreakdownReported received")).contains("sponsor-sjm");
    assertThat(trail.getBody()).doesNotContain("The host group no longer visits.");
  }

  @Test
  void aDepartureClosesTheItineraryOnceAndBadDatesOrAnotherSponsorAreRefused() throws Exception {
    assertRefusedOver(request("sponsor-sjm", DEPARTURE,
        Map.of("familyCode", family, "departureDate", "2026-03-11", "reason", "Tomorrow")), "departureDate");
    assertRefusedOver(request("sponsor-sjm", DEPARTURE,
        Map.of("familyCode", family, "departureDate", "2026-02-30", "reason", "No such day")), "departureDate");
    assertRefusedOver(request("sponsor-sjm", DEPARTURE, Map.of("familyCode", family, "departureDate", "2026-03-09")),
        "reason");
    assertThat(request("sponsor-caritas-valencia", DEPARTURE,
        Map.of("familyCode", family, "departureDate", "2026-03-09", "reason", "x")).getStatusCode().value())
        .isEqualTo(403);
    assertThat(runtimeService().getVariable(itinerary.getId(), "itineraryStatus")).as("nothing changed")
        .isEqualTo("IN_PROGRESS");
    assertThat(requests(DEPARTURE, family)).isZero();

    ResponseEntity<String> made = request("sponsor-sjm", DEPARTURE,
        Map.of("familyCode", family, "departureDate", "2026-03-09", "reason", "Moved to relatives abroad."));
    assertThat(made.getStatusCode().value()).as(made.getBody()).isEqualTo(200);
    assertThat(runtimeService().getVariable(itinerary.getId(), "closureReason")).isEqualTo("FAMILY_LEFT");
    assertRefusedOver(request("coordinator-gva", DEPARTURE,
        Map.of("familyCode", family, "departureDate", "2026-03-09", "reason", "Twice")), "familyCode");

    String trail = page("coordinator-gva", "/audit/integration-itinerary/" + family).getBody();
    assertThat(row(trail, "Message FamilyLeftProgramme received")).contains("sponsor-sjm");
    assertThat(trail).contains("departureDate = 2026-03-09").doesNotContain("Moved to relatives abroad.");
  }

  private String agreementStatus() {
    return (String) runtimeService().getVariable(agreementInstance(agreement).getId(), "agreementStatus");
  }

  private long requests(String key, String businessKey) {
    return historyService().createHistoricProcessInstanceQuery().processDefinitionKey(key)
        .processInstanceBusinessKey(businessKey).count();
  }

  private ResponseEntity<String> request(String user, String key, Map<String, Object> variables) {
    Map<String, Object> typed = new LinkedHashMap<>();
    variables.forEach((name, value) -> typed.put(name, Map.of("value", value)));
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    headers.setAccept(List.of(MediaType.APPLICATION_JSON));
    return new TestRestTemplate().withBasicAuth(user, user).exchange(
        "http://localhost:" + port + "/engine-rest/process-definition/key/" + key + "/start", HttpMethod.POST,
        new HttpEntity<>(Map.of("variables", typed), headers), String.class);
  }

  private ResponseEntity<String> page(String user, String path) {
    return new TestRestTemplate().withBasicAuth(user, user).getForEntity("http://localhost:" + port + path,
        String.class);
  }

  /** The text of the audit page's table row that mentions {@code what}. */
  private static String row(String page, String what) {
    int at = page.indexOf(what);
    assertThat(at).as("a row with " + what).isNotNegative();
    return page.substring(page.lastIndexOf("<tr", at), page.indexOf("</tr>", at));
  }

  private static void assertRefusedOver(ResponseEntity<String> response, String field) throws Exception {
    JsonNode body = JSON.readTree(response.getBody());
    assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(400);
    assertThat(body.path("field").asText()).as(response.getBody()).isEqualTo(field);
  }
}
