package org.acollida.itinerary.bpmn;

import org.acollida.common.SystemAccess;
import org.acollida.contract.ProcessKeys;
import org.acollida.itinerary.ItineraryVariables;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * A mediation decided to hand the family over: asks the receiving sponsor to accept it, in a hand-over-acceptance of
 * the receiving sponsor's tenant (a called sub-process would inherit the current sponsor's tenant, which the
 * receiving sponsor cannot see). It carries only what the receiving sponsor needs to decide, not the itinerary's
 * notes. The itinerary waits for the answer (message HandOverAnswered).
 */
@Component("askReceivingSponsor")
public class AskReceivingSponsor implements JavaDelegate {

  private final RuntimeService runtime;

  public AskReceivingSponsor(RuntimeService runtime) {
    this.runtime = runtime;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ItineraryVariables itinerary = ItineraryVariables.of(execution);
    String municipality = itinerary.handOverMunicipality() != null ? itinerary.handOverMunicipality()
        : itinerary.municipality();
    String question = SystemAccess.asSystem(() -> runtime.startProcessInstanceByKey(ProcessKeys.HAND_OVER_ACCEPTANCE,
        itinerary.familyCode(), Variables.createVariables()
            .putValue(ItineraryVariables.FAMILY_ITINERARY, execution.getProcessInstanceId())
            .putValue(ItineraryVariables.FAMILY_CODE, itinerary.familyCode())
            .putValue(ItineraryVariables.AGREEMENT_CODE, itinerary.agreementCode())
            .putValue(ItineraryVariables.CURRENT_SPONSOR, itinerary.sponsorOrganisation())
            .putValue(ItineraryVariables.RECEIVING_SPONSOR, itinerary.handOverTo())
            .putValue(ItineraryVariables.MUNICIPALITY, municipality)
            .putValue(ItineraryVariables.MEMBERS, itinerary.members())
            .putValue(ItineraryVariables.MINORS, itinerary.minors())).getId());
    execution.setVariable(ItineraryVariables.HAND_OVER_QUESTION, question);
  }

  /**
   * End listener of the wait for the answer: if the itinerary moved on without it (the agreement ended, the family
   * left), the receiving sponsor's question is withdrawn rather than left open with nothing to answer to.
   */
  public void withdrawIfCancelled(DelegateExecution execution) {
    Object question = execution.getVariable(ItineraryVariables.HAND_OVER_QUESTION);
    if (!execution.isCanceled() || !(question instanceof String id)) {
      return;
    }
    SystemAccess.asSystem(() -> {
      if (runtime.createProcessInstanceQuery().processInstanceId(id).count() > 0) {
        runtime.deleteProcessInstance(id, "the family's itinerary moved on without the answer");
      }
      return null;
    });
  }
}
