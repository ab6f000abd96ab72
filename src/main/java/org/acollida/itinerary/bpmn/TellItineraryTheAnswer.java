package org.acollida.itinerary.bpmn;

import org.acollida.common.SystemAccess;
import org.acollida.contract.Messages;
import org.acollida.itinerary.ItineraryVariables;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * End of hand-over-acceptance: gives the family's itinerary the receiving sponsor's answer (message HandOverAnswered).
 * Sent without the receiving sponsor's authorizations (the itinerary is the current sponsor's tenant) but as its
 * user, so the itinerary's audit trail names who answered.
 */
@Component("tellItineraryTheAnswer")
public class TellItineraryTheAnswer implements JavaDelegate {

  private final RuntimeService runtime;

  public TellItineraryTheAnswer(RuntimeService runtime) {
    this.runtime = runtime;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String itinerary = (String) execution.getVariable(ItineraryVariables.FAMILY_ITINERARY);
    SystemAccess.onBehalfOfUser(() -> runtime.createMessageCorrelation(Messages.HAND_OVER_ANSWERED)
        .processInstanceId(itinerary)
        .setVariable(ItineraryVariables.HAND_OVER_ACCEPTED, execution.getVariable(ItineraryVariables.HAND_OVER_ACCEPTED))
        .setVariable(ItineraryVariables.HAND_OVER_REFUSAL_REASON,
            execution.getVariable(ItineraryVariables.HAND_OVER_REFUSAL_REASON))
        .correlateWithResult());
  }
}
