package org.acollida.itinerary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;

import java.util.Map;
import org.acollida.support.FlowNodeCoverage;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** record-family-departure: the family left; its itinerary stops and waits for the coordinator's approval. */
class RecordFamilyDepartureProcessTest extends ItineraryTestSupport {

  static final String REQUEST = "record-family-departure";

  @RegisterExtension
  static FlowNodeCoverage coverage = new FlowNodeCoverage(REQUEST, 0.9);

  @Test
  void theCoordinatorRecordsADepartureAndTheItineraryClosesOnceApproved() {
    today("2026-03-10");
    ProcessInstance itinerary = register(agreementFrom("2026-01-01"), "sjm", 3, 0, "2026-02-01");
    receiveAndPlan(itinerary, "2026-02-20");
    String family = itinerary.getBusinessKey();
    signIn("coordinator-gva", "gva", "joint-commission");

    ProcessInstance request = depart(family, "2026-03-08", "The family moved to Germany to join relatives.");

    assertThat(request).hasPassed("DepartureRecorded", "CloseItineraryAsFamilyLeft", "ItineraryClosing").isEnded();
    assertThat(request.getBusinessKey()).isEqualTo(family);
    signOut();
    assertThat(itinerary).hasPassed("FamilyLeftProgramme").isWaitingAt(ItineraryTasks.CLOSE_ITINERARY);
    assertThat(itinerary).variables().containsEntry("itineraryStatus", "CLOSING")
        .containsEntry("closureReason", "FAMILY_LEFT").containsEntry("departureDate", "2026-03-08")
        .containsEntry("departureReason", "The family moved to Germany to join relatives.");
    assertThat(taskQuery().processInstanceId(itinerary.getId()).list()).extracting(Task::getTaskDefinitionKey)
        .as("the family's work stops").containsExactly(ItineraryTasks.CLOSE_ITINERARY);
    assertThat(historyService().createUserOperationLogQuery().processInstanceId(itinerary.getId())
        .operationType(UserOperationLogEntry.OPERATION_TYPE_CORRELATE_MESSAGE).list())
        .as("the family's audit trail names who recorded the departure").extracting(UserOperationLogEntry::getUserId)
        .contains("coordinator-gva");

    complete(itinerary, ItineraryTasks.CLOSE_ITINERARY, Map.of("closureSummary", "Left for Germany.",
        "closureDecision", "APPROVE"));
    executeDueJobs(itinerary.getId());
    assertThat(itinerary).hasPassed("MarkItineraryClosed").isEnded();
  }

  @Test
  void aFutureDayADayBeforeTheArrivalNoReasonOrAnotherSponsorsFamilyIsRefused() {
    today("2026-03-10");
    ProcessInstance itinerary = register(agreementFrom("2026-01-01"), "sjm", 3, 0, "2026-02-01");
    receiveAndPlan(itinerary, "2026-02-20");
    String family = itinerary.getBusinessKey();

    signIn("sponsor-caritas-valencia", "caritas-valencia");
    assertThat(catchThrowable(() -> depart(family, "2026-03-08", "Not my family")))
        .isInstanceOf(AuthorizationException.class);
    signIn("sponsor-sjm", "sjm");
    assertRefused(() -> depart(family, "2026-03-11", "Leaving tomorrow"), "departureDate");
    assertRefused(() -> depart(family, "2026-01-31", "Before arriving"), "departureDate");
    assertRefused(() -> depart(family, "8/3/2026", "Badly written"), "departureDate");
    assertRefused(() -> depart(family, "2026-03-08", null), "reason");
    assertRefused(() -> depart("FAM-NOWHERE", "2026-03-08", "Unknown"), "familyCode");
    signOut();
    assertThat(itinerary).variables().containsEntry("itineraryStatus", "IN_PROGRESS");
    assertThat(historyService().createHistoricProcessInstanceQuery().processDefinitionKey(REQUEST)
        .processInstanceBusinessKey(family).count()).as("a refused request leaves nothing behind").isZero();

    depart(family, "2026-03-10", "Left today");
    assertRefused(() -> depart(family, "2026-03-10", "Twice"), "familyCode");
  }

  private ProcessInstance depart(String familyCode, String departureDate, String reason) {
    return runtimeService().startProcessInstanceByKey(REQUEST, Variables.createVariables()
        .putValue("familyCode", familyCode).putValue("departureDate", departureDate).putValue("reason", reason));
  }
}
