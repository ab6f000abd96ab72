package org.acollida.itinerary.bpmn;

import java.util.Map;
import org.acollida.itinerary.ItineraryTasks;
import org.acollida.itinerary.ItineraryValidation;
import org.acollida.itinerary.ItineraryVariables;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Completion of the work on one area: its outcome joins the itinerary's readable {@code areaOutcomes}. */
@Component("recordAreaOutcome")
public class RecordAreaOutcome implements TaskListener {

  private final ItineraryValidation validation;

  public RecordAreaOutcome(ItineraryValidation validation) {
    this.validation = validation;
  }

  @Override
  public void notify(DelegateTask task) {
    ItineraryTasks.AreaOutcome outcome = validation.areaWork(task.getExecution());
    ItineraryVariables itinerary = ItineraryVariables.of(task.getExecution());
    Map<String, String> outcomes = itinerary.areaOutcomes();
    outcomes.put((String) task.getExecution().getVariable(ItineraryVariables.AREA), outcome.name());
    itinerary.setAreaOutcomes(outcomes);
  }
}
