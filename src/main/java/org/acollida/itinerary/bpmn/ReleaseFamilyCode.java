package org.acollida.itinerary.bpmn;

import org.acollida.itinerary.ItineraryVariables;
import org.acollida.organisation.OpenCaseCodes;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * End listener of the process: the family code is free again once the itinerary is closed (or
 * cancelled). Only this instance's own claim is released: after a hand-over the code already
 * belongs to the family's new itinerary.
 */
@Component("releaseFamilyCode")
public class ReleaseFamilyCode implements ExecutionListener {

  private final OpenCaseCodes openCodes;

  public ReleaseFamilyCode(OpenCaseCodes openCodes) {
    this.openCodes = openCodes;
  }

  @Override
  public void notify(DelegateExecution execution) {
    String code = ItineraryVariables.of(execution).familyCode();
    if (code != null) {
      openCodes.release(RegisterItinerary.CASE_KIND, code, execution.getProcessInstanceId());
    }
  }
}
