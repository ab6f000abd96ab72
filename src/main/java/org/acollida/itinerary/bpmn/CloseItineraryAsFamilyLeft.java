package org.acollida.itinerary.bpmn;

import org.acollida.common.SystemAccess;
import org.acollida.contract.Messages;
import org.acollida.contract.RequestContract;
import org.acollida.itinerary.ItineraryVariables;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * record-family-departure: tells the itinerary the family left the programme (message FamilyLeftProgramme, with the
 * day and the reason); the itinerary stops its work and waits for the coordinator's approval of its closure. Sent
 * without the requester's authorizations (the start listener checked the requester may), but as the requester: the
 * case's audit trail names who recorded the departure.
 */
@Component("closeItineraryAsFamilyLeft")
public class CloseItineraryAsFamilyLeft implements JavaDelegate {

  private final RuntimeService runtime;

  public CloseItineraryAsFamilyLeft(RuntimeService runtime) {
    this.runtime = runtime;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String itinerary = (String) execution.getVariable(ItineraryVariables.FAMILY_ITINERARY);
    SystemAccess.onBehalfOfUser(() -> runtime.createMessageCorrelation(Messages.FAMILY_LEFT_PROGRAMME)
        .processInstanceId(itinerary)
        .setVariable(ItineraryVariables.DEPARTURE_DATE, execution.getVariable(RequestContract.DEPARTURE_DATE))
        .setVariable(ItineraryVariables.DEPARTURE_REASON, execution.getVariable(RequestContract.REASON))
        .correlateWithResult());
  }
}
