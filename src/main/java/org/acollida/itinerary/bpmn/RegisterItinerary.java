package org.acollida.itinerary.bpmn;

import org.acollida.common.InvalidInputException;
import org.acollida.contract.ItineraryStatus;
import org.acollida.itinerary.ItineraryValidation;
import org.acollida.itinerary.ItineraryVariables;
import org.acollida.organisation.OpenCaseCodes;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Start listener of the registration: validates the start variables and claims the family code, in
 * the transaction that creates the instance, so a refusal leaves nothing behind.
 */
@Component("registerItinerary")
public class RegisterItinerary implements ExecutionListener {

  static final String CASE_KIND = "family";
  private static final Logger LOG = LoggerFactory.getLogger(RegisterItinerary.class);

  private final ItineraryValidation validation;
  private final OpenCaseCodes openCodes;

  public RegisterItinerary(ItineraryValidation validation, OpenCaseCodes openCodes) {
    this.validation = validation;
    this.openCodes = openCodes;
  }

  @Override
  public void notify(DelegateExecution execution) {
    ItineraryValidation.Registration registration = validation.validateRegistration(execution);
    String code = registration.familyCode();
    String businessKey = execution.getProcessBusinessKey();
    if (businessKey == null) {
      execution.setProcessBusinessKey(code);
    } else if (!businessKey.equals(code)) {
      throw new InvalidInputException("businessKey", "must equal familyCode (" + code + ")");
    }
    if (!openCodes.claim(CASE_KIND, code, execution.getProcessInstanceId())) {
      throw new InvalidInputException(ItineraryVariables.FAMILY_CODE,
          "family '" + code + "' already has an open itinerary");
    }
    // typed as the contract says, whatever the client sent (a form may send 4.0 for 4)
    execution.setVariable(ItineraryVariables.MEMBERS, registration.members());
    execution.setVariable(ItineraryVariables.MINORS, registration.minors());
    execution.setVariable(ItineraryVariables.MUNICIPALITY, registration.municipality());
    // only a hand-over may skip the reception the previous sponsor already did
    boolean handedOver = execution.getVariable(ItineraryVariables.PREVIOUS_FAMILY_ITINERARY) != null;
    execution.setVariable(ItineraryVariables.RECEPTION_COMPLETED,
        handedOver && Boolean.TRUE.equals(execution.getVariable(ItineraryVariables.RECEPTION_COMPLETED)));
    ItineraryVariables itinerary = ItineraryVariables.of(execution);
    itinerary.setPhase(ItineraryStatus.RECEPTION);
    itinerary.setStatus(ItineraryStatus.RECEPTION);
    itinerary.setOpenBreakdowns(0);
    itinerary.setBreakdownsReported(0);
    LOG.info("Family {} registered under agreement {} with sponsor {} ({} people, {} minors, arriving {})", code,
        registration.agreementCode(), registration.sponsorOrganisation(), registration.members(),
        registration.minors(), registration.arrivalDate());
  }
}
