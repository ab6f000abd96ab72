package org.acollida.spending.bpmn;

import org.acollida.spending.SpendingValidation;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Completion of ChaseMissingJustification: what the coordinator did about the missing justification. */
@Component("recordChase")
public class RecordChase implements TaskListener {

  private final SpendingValidation validation;

  public RecordChase(SpendingValidation validation) {
    this.validation = validation;
  }

  @Override
  public void notify(DelegateTask task) {
    validation.chase(task.getExecution());
  }
}
