package org.acollida.spending.bpmn;

import org.acollida.spending.SpendingTasks;
import org.acollida.spending.SpendingValidation;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Completion of ReviewJustification: accepted, or sent back to the sponsor with a reason; typed for the gateway. */
@Component("recordJustificationReview")
public class RecordJustificationReview implements TaskListener {

  private final SpendingValidation validation;

  public RecordJustificationReview(SpendingValidation validation) {
    this.validation = validation;
  }

  @Override
  public void notify(DelegateTask task) {
    // a Camunda Forms radio submits "true" / "false" as text
    task.getExecution().setVariable(SpendingTasks.JUSTIFICATION_ACCEPTED, validation.justificationReview(task.getExecution()));
  }
}
