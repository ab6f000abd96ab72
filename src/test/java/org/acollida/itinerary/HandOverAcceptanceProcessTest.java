package org.acollida.itinerary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.acollida.support.FlowNodeCoverage;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * hand-over-acceptance, as the receiving sponsor meets it in Tasklist (REST): its own task, in its own tenant, which
 * the current sponsor does not see; its answer decides whether the family moves.
 */
class HandOverAcceptanceProcessTest extends ItineraryTestSupport {

  private static final ObjectMapper JSON = new ObjectMapper();

  @RegisterExtension
  static FlowNodeCoverage coverage = new FlowNodeCoverage("hand-over-acceptance", 0.9);

  @Test
  void theReceivingSponsorSeesAndAnswersItsQuestionTheCurrentSponsorDoesNot() throws Exception {
    today("2026-03-01");
    ProcessInstance itinerary = handOverProposed(agreementFrom("2026-01-01"));
    ProcessInstance question = handOverQuestion(itinerary);
    String taskId = task(question, ItineraryTasks.ACCEPT_HAND_OVER).getId();

    assertThat(ids(call("sponsor-caritas-valencia", HttpMethod.GET, "/task?processInstanceId=" + question.getId(),
        null))).containsExactly(taskId);
    assertThat(ids(call("sponsor-sjm", HttpMethod.GET, "/task?processInstanceId=" + question.getId(), null)))
        .as("the current sponsor does not answer for the receiving one").isEmpty();
    assertThat(call("sponsor-sjm", HttpMethod.POST, "/task/" + taskId + "/complete",
        Map.of("variables", Map.of("handOverDecision", Map.of("value", "ACCEPT")))).getStatusCode().value())
        .isIn(403, 404);
    ResponseEntity<String> noReason = call("sponsor-caritas-valencia", HttpMethod.POST, "/task/" + taskId + "/complete",
        Map.of("variables", Map.of("handOverDecision", Map.of("value", "REFUSE"))));
    assertThat(noReason.getStatusCode().value()).as(noReason.getBody()).isEqualTo(400);
    assertThat(JSON.readTree(noReason.getBody()).path("field").asText()).isEqualTo("handOverRefusalReason");

    ResponseEntity<String> refused = call("sponsor-caritas-valencia", HttpMethod.POST, "/task/" + taskId + "/complete",
        Map.of("variables", Map.of("handOverDecision", Map.of("value", "REFUSE"),
            "handOverRefusalReason", Map.of("value", "No host group free until autumn."))));
    assertThat(refused.getStatusCode().value()).as(refused.getBody()).isEqualTo(204);
    assertThat(question).hasPassed("HandOverProposed", "AcceptHandOver", "HandOverAnswered").isEnded();
    assertThat(itinerary).hasPassed("FamilyStaysWithSponsor");
    assertThat(itinerary).variables().containsEntry("sponsorOrganisation", "sjm")
        .containsEntry("itineraryStatus", "IN_PROGRESS");
  }

  @Test
  void aQuestionLeftWithoutAnswerWhenTheAgreementEndsIsWithdrawn() {
    today("2026-03-01");
    String agreement = agreementFrom("2026-01-01");
    ProcessInstance itinerary = handOverProposed(agreement);
    ProcessInstance question = handOverQuestion(itinerary);

    runtimeService().createMessageCorrelation("AgreementTerminated").processInstanceId(agreementInstance(agreement).getId())
        .setVariable("terminationReason", "Funding withdrawn").correlate();
    executeDueJobs(agreementInstance(agreement).getId());

    assertThat(itinerary).isWaitingAt(ItineraryTasks.CLOSE_ITINERARY);
    assertThat(itinerary).variables().containsEntry("closureReason", "AGREEMENT_ENDED");
    assertThat(question).as("nothing left for the receiving sponsor to answer").isEnded();
  }

  /** An sjm family whose breakdown mediation proposes a hand-over to Cáritas Valencia. */
  private ProcessInstance handOverProposed(String agreement) {
    ProcessInstance itinerary = register(agreement, "sjm", 4, 1, "2026-02-15");
    receiveAndPlan(itinerary, "2026-03-01");
    runtimeService().createMessageCorrelation("SponsorshipBreakdownReported").processInstanceId(itinerary.getId())
        .setVariable("breakdownDescription", "The host group moved away.").correlate();
    complete(itinerary, ItineraryTasks.MEDIATE_BREAKDOWN, Map.of("mediationOutcome", "HAND_OVER",
        "mediationNotes", "Cáritas Valencia could take over.", "newSponsorOrganisation", "caritas-valencia"));
    return itinerary;
  }

  private ResponseEntity<String> call(String user, HttpMethod method, String path, Object body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    headers.setAccept(List.of(MediaType.APPLICATION_JSON));
    return new TestRestTemplate().withBasicAuth(user, user).exchange(
        "http://localhost:" + port + "/engine-rest" + path, method, new HttpEntity<>(body, headers), String.class);
  }
}
