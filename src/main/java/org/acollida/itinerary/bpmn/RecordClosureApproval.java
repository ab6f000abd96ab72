package org.acollida.itinerary.bpmn;

import org.acollida.itinerary.ItineraryValidation;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Completion of CloseItinerary: the coordinator's summary of the itinerary. */
@Component("recordClosureApproval")
public class RecordClosureApproval implements TaskListener {

  private final ItineraryValidation validation;

  public RecordClosureApproval(ItineraryValidation validation) {
    this.validation = validation;
  }

  @Override
  public void notify(DelegateTask task) {
    validation.closureApproval(task.getExecution());
  }
}
