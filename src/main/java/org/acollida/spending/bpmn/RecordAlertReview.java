package org.acollida.spending.bpmn;

import org.acollida.spending.SpendingValidation;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Completion of ReviewOverrunAlert: what the regional government does about the organisation's spending. */
@Component("recordAlertReview")
public class RecordAlertReview implements TaskListener {

  private final SpendingValidation validation;

  public RecordAlertReview(SpendingValidation validation) {
    this.validation = validation;
  }

  @Override
  public void notify(DelegateTask task) {
    validation.alertReview(task.getExecution());
  }
}
