package org.acollida.agreement.bpmn;

import org.acollida.agreement.AgreementValidation;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Complete listener of every agreement task: refuses a completion whose form data breaks a rule. */
@Component("validateAgreementTask")
public class ValidateAgreementTask implements TaskListener {

  private final AgreementValidation validation;

  public ValidateAgreementTask(AgreementValidation validation) {
    this.validation = validation;
  }

  @Override
  public void notify(DelegateTask task) {
    validation.validateCompletion(task);
  }
}
