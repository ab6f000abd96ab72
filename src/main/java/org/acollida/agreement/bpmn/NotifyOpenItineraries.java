package org.acollida.agreement.bpmn;

import org.acollida.agreement.AgreementVariables;
import org.acollida.contract.ItineraryContract;
import org.acollida.contract.Messages;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The agreement has ended or was terminated: tells every open family itinerary under it, through
 * the contract's message {@code AgreementEnded} correlated on the itineraries' {@code agreementCode}.
 * The agreement knows nothing else of the itineraries. Runs in a job of its own (asyncBefore), across
 * all sponsors' tenants.
 */
@Component("notifyOpenItineraries")
public class NotifyOpenItineraries implements JavaDelegate {

  private static final Logger LOG = LoggerFactory.getLogger(NotifyOpenItineraries.class);

  private final RuntimeService runtime;

  public NotifyOpenItineraries(RuntimeService runtime) {
    this.runtime = runtime;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String code = AgreementVariables.of(execution).agreementCode();
    int told = runtime.createMessageCorrelation(Messages.AGREEMENT_ENDED)
        .processInstanceVariableEquals(ItineraryContract.AGREEMENT_CODE, code)
        .correlateAllWithResult().size();
    LOG.info("Agreement {}: {} open itinerar{} told that the agreement has ended", code, told, told == 1 ? "y" : "ies");
  }
}
