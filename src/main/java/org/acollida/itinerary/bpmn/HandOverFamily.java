package org.acollida.itinerary.bpmn;

import org.acollida.contract.ItineraryStatus;
import org.acollida.contract.ProcessKeys;
import org.acollida.itinerary.AgreementLookup;
import org.acollida.itinerary.ItineraryVariables;
import org.acollida.organisation.OpenCaseCodes;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * After a mediation decided it and the coordinator approved the closure: starts the family's new
 * itinerary under the new sponsor, with the same family code. The code moves from this itinerary to
 * the new one in one transaction, so the family never has two open itineraries nor none.
 *
 * <p>If the agreement ended after the mediation, there is nothing to hand the family over under: the
 * business error {@value #AGREEMENT_NOT_IN_FORCE} closes the itinerary as the agreement's other
 * families are closed, instead of a registration that would fail on every retry.
 */
@Component("handOverFamily")
public class HandOverFamily implements JavaDelegate {

  static final String AGREEMENT_NOT_IN_FORCE = "AGREEMENT_NOT_IN_FORCE";
  private static final Logger LOG = LoggerFactory.getLogger(HandOverFamily.class);

  private final RuntimeService runtime;
  private final OpenCaseCodes openCodes;
  private final AgreementLookup agreements;

  public HandOverFamily(RuntimeService runtime, OpenCaseCodes openCodes, AgreementLookup agreements) {
    this.runtime = runtime;
    this.openCodes = openCodes;
    this.agreements = agreements;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ItineraryVariables old = ItineraryVariables.of(execution);
    String code = old.familyCode();
    if (agreements.find(old.agreementCode()).filter(AgreementLookup.Agreement::inForce).isEmpty()) {
      LOG.info("Family {} is not handed over to {}: agreement {} is no longer in force; the itinerary closes",
          code, old.handOverTo(), old.agreementCode());
      throw new BpmnError(AGREEMENT_NOT_IN_FORCE, "agreement " + old.agreementCode() + " is no longer in force");
    }
    String municipality = old.handOverMunicipality() != null ? old.handOverMunicipality() : old.municipality();
    openCodes.release(RegisterItinerary.CASE_KIND, code, execution.getProcessInstanceId());
    ProcessInstance next = runtime.startProcessInstanceByKey(ProcessKeys.ITINERARY, code,
        Variables.createVariables()
            .putValue(ItineraryVariables.FAMILY_CODE, code)
            .putValue(ItineraryVariables.AGREEMENT_CODE, old.agreementCode())
            .putValue(ItineraryVariables.SPONSOR_ORGANISATION, old.handOverTo())
            .putValue(ItineraryVariables.MUNICIPALITY, municipality)
            .putValue(ItineraryVariables.MEMBERS, old.members())
            .putValue(ItineraryVariables.MINORS, old.minors())
            .putValue(ItineraryVariables.ARRIVAL_DATE, old.arrivalDate().toString())
            .putValue(ItineraryVariables.PREVIOUS_FAMILY_ITINERARY, execution.getProcessInstanceId())
            .putValue(ItineraryVariables.HANDED_OVER_FROM, old.sponsorOrganisation())
            .putValue(ItineraryVariables.RECEPTION_COMPLETED, old.phase() != ItineraryStatus.RECEPTION));
    execution.setVariable(ItineraryVariables.NEXT_FAMILY_ITINERARY, next.getId());
    LOG.info("Family {} handed over from {} to {} (itinerary {})", code, old.sponsorOrganisation(),
        old.handOverTo(), next.getId());
  }
}
