package org.acollida.itinerary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;

import java.util.Map;
import org.acollida.support.FlowNodeCoverage;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** report-sponsorship-breakdown: the family's sponsor (or gva) starts the mediation outside a follow-up. */
class ReportSponsorshipBreakdownProcessTest extends ItineraryTestSupport {

  static final String REQUEST = "report-sponsorship-breakdown";

  @RegisterExtension
  static FlowNodeCoverage coverage = new FlowNodeCoverage(REQUEST, 0.9);

  @Test
  void theSponsorReportsABreakdownAndTheCoordinatorsMediationStarts() {
    today("2026-03-01");
    ProcessInstance itinerary = register(agreementFrom("2026-01-01"), "sjm", 3, 0, "2026-02-01");
    receiveAndPlan(itinerary, "2026-02-20");
    String family = itinerary.getBusinessKey();
    signIn("sponsor-sjm", "sjm");

    ProcessInstance request = report(family, "The host group and the family no longer speak.");

    signOut();
    assertThat(request).hasPassed("BreakdownReportRequested", "StartBreakdownMediation", "MediationStarted").isEnded();
    assertThat(request.getBusinessKey()).isEqualTo(family);
    assertThat(historyService().createHistoricVariableInstanceQuery().processInstanceId(request.getId())
        .variableName("requestedBy").singleResult().getValue()).isEqualTo("sponsor-sjm");
    assertThat(itinerary).isWaitingAt(ItineraryTasks.MEDIATE_BREAKDOWN);
    assertThat(itinerary).variables().containsEntry("itineraryStatus", "BREAKDOWN")
        .containsEntry("breakdownDescription", "The host group and the family no longer speak.");
    assertThat(candidateGroup(task(itinerary, ItineraryTasks.MEDIATE_BREAKDOWN))).isEqualTo("gva");
    assertThat(historyService().createUserOperationLogQuery().processInstanceId(itinerary.getId())
        .operationType(UserOperationLogEntry.OPERATION_TYPE_CORRELATE_MESSAGE).list())
        .as("the family's audit trail names who reported").extracting(UserOperationLogEntry::getUserId)
        .contains("sponsor-sjm");

    complete(itinerary, ItineraryTasks.MEDIATE_BREAKDOWN, Map.of("mediationOutcome", "CONTINUE",
        "mediationNotes", "Agreed on weekly visits."));
    assertThat(itinerary).variables().containsEntry("itineraryStatus", "IN_PROGRESS");
  }

  @Test
  void anotherSponsorsFamilyAnUnknownOrClosingOneOrNoDescriptionIsRefusedAndNothingChanges() {
    today("2026-03-01");
    String agreement = agreementFrom("2026-01-01");
    ProcessInstance itinerary = register(agreement, "sjm", 3, 0, "2026-02-01");
    receiveAndPlan(itinerary, "2026-02-20");
    String family = itinerary.getBusinessKey();

    signIn("sponsor-caritas-valencia", "caritas-valencia");
    Throwable forbidden = catchThrowable(() -> report(family, "Not my family"));
    assertThat(forbidden).isInstanceOf(AuthorizationException.class).hasMessageContaining(family);
    signIn("sponsor-sjm", "sjm");
    assertRefused(() -> report("FAM-NOWHERE", "x"), "familyCode");
    assertRefused(() -> report(family, ""), "description");
    signOut();
    assertThat(itinerary).variables().containsEntry("itineraryStatus", "IN_PROGRESS");
    assertThat(historyService().createHistoricProcessInstanceQuery().processDefinitionKey(REQUEST)
        .processInstanceBusinessKey(family).count()).as("a refused request leaves nothing behind").isZero();

    runtimeService().createMessageCorrelation("AgreementTerminated").processInstanceId(agreementInstance(agreement).getId())
        .setVariable("terminationReason", "Funding withdrawn").correlate();
    executeDueJobs(agreementInstance(agreement).getId());
    assertThat(itinerary).isWaitingAt(ItineraryTasks.CLOSE_ITINERARY);
    signIn("coordinator-gva", "gva", "joint-commission");
    assertRefused(() -> report(family, "Too late"), "familyCode");
  }

  private ProcessInstance report(String familyCode, String description) {
    return runtimeService().startProcessInstanceByKey(REQUEST,
        Variables.createVariables().putValue("familyCode", familyCode).putValue("description", description));
  }
}
