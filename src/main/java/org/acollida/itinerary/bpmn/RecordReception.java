package org.acollida.itinerary.bpmn;

import org.acollida.itinerary.ItineraryValidation;
import org.acollida.itinerary.ItineraryVariables;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Completion of PrepareReception: the home, ready by the family's arrival, and the family's consent on file. */
@Component("recordReception")
public class RecordReception implements TaskListener {

  private final ItineraryValidation validation;

  public RecordReception(ItineraryValidation validation) {
    this.validation = validation;
  }

  @Override
  public void notify(DelegateTask task) {
    validation.reception(task.getExecution(), ItineraryVariables.of(task.getExecution()));
    validation.requireFamilyConsent(task.getExecution());
  }
}
