package org.acollida.itinerary.bpmn;

import org.acollida.itinerary.FamilyLookup;
import org.acollida.itinerary.ItineraryValidation;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Start listener of report-sponsorship-breakdown: checks the request (the family's open itinerary, whether the
 * signed-in user may report on it, the description) in the transaction that creates it, so a refused request leaves
 * nothing behind and the itinerary untouched. The request's business key is the family code.
 */
@Component("recordBreakdownRequest")
public class RecordBreakdownRequest implements ExecutionListener {

  private final ItineraryValidation validation;

  public RecordBreakdownRequest(ItineraryValidation validation) {
    this.validation = validation;
  }

  @Override
  public void notify(DelegateExecution execution) {
    FamilyLookup.OpenItinerary itinerary = validation.breakdownRequest(execution);
    RecordDepartureRequest.keyRequestByFamily(execution, itinerary);
  }
}
