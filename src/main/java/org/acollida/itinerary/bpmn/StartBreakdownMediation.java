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
 * report-sponsorship-breakdown: sends the itinerary the message its follow-ups send (SponsorshipBreakdownReported,
 * with the description), so the coordinator's mediation starts the same way whoever reports it. Sent without the
 * requester's authorizations (a sponsor may not change an itinerary directly; the start listener checked it may
 * report), but as the requester: the case's audit trail names who reported the breakdown.
 */
@Component("startBreakdownMediation")
public class StartBreakdownMediation implements JavaDelegate {

  private final RuntimeService runtime;

  public StartBreakdownMediation(RuntimeService runtime) {
    this.runtime = runtime;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String itinerary = (String) execution.getVariable(ItineraryVariables.FAMILY_ITINERARY);
    SystemAccess.onBehalfOfUser(() -> runtime.createMessageCorrelation(Messages.SPONSORSHIP_BREAKDOWN_REPORTED)
        .processInstanceId(itinerary)
        .setVariable(ItineraryVariables.BREAKDOWN_DESCRIPTION, execution.getVariable(RequestContract.DESCRIPTION))
        .correlateWithResult());
  }
}
