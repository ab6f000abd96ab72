package org.acollida.itinerary.bpmn;

import org.acollida.itinerary.ItineraryValidation;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Complete listener of every itinerary task: refuses a completion whose form data breaks a rule. */
@Component("validateItineraryTask")
public class ValidateItineraryTask implements TaskListener {

  private final ItineraryValidation validation;

  public ValidateItineraryTask(ItineraryValidation validation) {
    this.validation = validation;
  }

  @Override
  public void notify(DelegateTask task) {
    validation.validateCompletion(task);
  }
}
