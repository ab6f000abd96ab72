package org.acollida.itinerary.bpmn;

import java.time.LocalDate;
import org.acollida.itinerary.ItineraryTasks;
import org.acollida.itinerary.ItineraryValidation;
import org.acollida.itinerary.ItineraryVariables;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Completion of a follow-up: counts it, and when the sponsor says the sponsorship is breaking down,
 * puts the description where the coordinator's mediation form shows it.
 */
@Component("recordFollowUp")
public class RecordFollowUp implements TaskListener {

  private final ItineraryValidation validation;

  public RecordFollowUp(ItineraryValidation validation) {
    this.validation = validation;
  }

  @Override
  public void notify(DelegateTask task) {
    var scope = task.getExecution();
    LocalDate on = validation.followUp(scope);
    ItineraryVariables.of(scope.getProcessInstance()).recordFollowUp(on);
    if (Boolean.TRUE.equals(scope.getVariable(ItineraryTasks.SPONSORSHIP_BREAKING_DOWN))) {
      scope.getProcessInstance().setVariableLocal(ItineraryVariables.BREAKDOWN_DESCRIPTION,
          scope.getVariable(ItineraryVariables.BREAKDOWN_DESCRIPTION));
    }
  }
}
