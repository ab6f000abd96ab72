package org.acollida.itinerary.bpmn;

import org.acollida.common.InvalidInputException;
import org.acollida.itinerary.FamilyLookup;
import org.acollida.itinerary.ItineraryValidation;
import org.acollida.itinerary.ItineraryVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Start listener of record-family-departure: checks the request (the family's open itinerary, whether the signed-in
 * user may close it, the day the family left and why) in the transaction that creates it, so a refused request
 * leaves nothing behind and the itinerary untouched. The request's business key is the family code.
 */
@Component("recordDepartureRequest")
public class RecordDepartureRequest implements ExecutionListener {

  private final ItineraryValidation validation;

  public RecordDepartureRequest(ItineraryValidation validation) {
    this.validation = validation;
  }

  @Override
  public void notify(DelegateExecution execution) {
    keyRequestByFamily(execution, validation.departureRequest(execution));
  }

  /** The request is found by its family code, and knows the itinerary it acts on. */
  static void keyRequestByFamily(DelegateExecution execution, FamilyLookup.OpenItinerary itinerary) {
    String businessKey = execution.getProcessBusinessKey();
    if (businessKey == null) {
      execution.setProcessBusinessKey(itinerary.familyCode());
    } else if (!businessKey.equals(itinerary.familyCode())) {
      throw new InvalidInputException("businessKey", "must equal familyCode (" + itinerary.familyCode() + ")");
    }
    execution.setVariable(ItineraryVariables.FAMILY_ITINERARY, itinerary.processInstanceId());
  }
}
