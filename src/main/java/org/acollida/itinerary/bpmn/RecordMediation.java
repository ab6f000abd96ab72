package org.acollida.itinerary.bpmn;

import org.acollida.itinerary.ItineraryValidation;
import org.acollida.itinerary.ItineraryVariables;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Completion of MediateBreakdown: the outcome, and for a hand-over a sponsor of the same agreement in force. */
@Component("recordMediation")
public class RecordMediation implements TaskListener {

  private final ItineraryValidation validation;

  public RecordMediation(ItineraryValidation validation) {
    this.validation = validation;
  }

  @Override
  public void notify(DelegateTask task) {
    validation.mediation(task.getExecution(), ItineraryVariables.of(task.getExecution()));
  }
}
