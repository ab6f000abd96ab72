package org.acollida.itinerary.bpmn;

import org.acollida.itinerary.ItineraryValidation;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Completion of an arrival formality (municipal registration, health cards, bank account): the day it was done; the
 * last formality of all also needs the family's consent.
 */
@Component("recordFormality")
public class RecordFormality implements TaskListener {

  private final ItineraryValidation validation;

  public RecordFormality(ItineraryValidation validation) {
    this.validation = validation;
  }

  @Override
  public void notify(DelegateTask task) {
    validation.formality(task.getExecution(), task.getTaskDefinitionKey());
    validation.requireFamilyConsentIfLastFormality(task);
  }
}
