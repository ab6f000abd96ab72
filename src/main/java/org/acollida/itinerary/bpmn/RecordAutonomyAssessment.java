package org.acollida.itinerary.bpmn;

import org.acollida.itinerary.ItineraryValidation;
import org.acollida.itinerary.ItineraryVariables;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Completion of an autonomy assessment: counts it (the decision table then sets {@code autonomyLevel}). */
@Component("recordAutonomyAssessment")
public class RecordAutonomyAssessment implements TaskListener {

  private final ItineraryValidation validation;

  public RecordAutonomyAssessment(ItineraryValidation validation) {
    this.validation = validation;
  }

  @Override
  public void notify(DelegateTask task) {
    ItineraryVariables itinerary = ItineraryVariables.of(task.getExecution());
    validation.autonomyAssessment(task.getExecution(), itinerary);
    itinerary.setAutonomyAssessments(itinerary.autonomyAssessments() + 1);
  }
}
