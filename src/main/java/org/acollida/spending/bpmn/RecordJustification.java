package org.acollida.spending.bpmn;

import org.acollida.spending.SpendingValidation;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Completion of SubmitJustification: what the period's money did. */
@Component("recordJustification")
public class RecordJustification implements TaskListener {

  private final SpendingValidation validation;

  public RecordJustification(SpendingValidation validation) {
    this.validation = validation;
  }

  @Override
  public void notify(DelegateTask task) {
    validation.justification(task.getExecution());
  }
}
