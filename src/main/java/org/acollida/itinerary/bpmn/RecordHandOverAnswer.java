package org.acollida.itinerary.bpmn;

import org.acollida.itinerary.ItineraryValidation;
import org.acollida.itinerary.ItineraryVariables;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Completion of AcceptHandOver (hand-over-acceptance): the receiving sponsor's answer, as {@code handOverAccepted}
 * for the itinerary's gateway; a refusal keeps its reason, and the family stays with its current sponsor.
 */
@Component("recordHandOverAnswer")
public class RecordHandOverAnswer implements TaskListener {

  private final ItineraryValidation validation;

  public RecordHandOverAnswer(ItineraryValidation validation) {
    this.validation = validation;
  }

  @Override
  public void notify(DelegateTask task) {
    task.getExecution().setVariable(ItineraryVariables.HAND_OVER_ACCEPTED, validation.handOverAnswer(task.getExecution()));
  }
}
