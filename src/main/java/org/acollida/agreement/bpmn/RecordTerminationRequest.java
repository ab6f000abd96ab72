package org.acollida.agreement.bpmn;

import org.acollida.agreement.AgreementValidation;
import org.acollida.agreement.AgreementVariables;
import org.acollida.agreement.RunningAgreements;
import org.acollida.common.InvalidInputException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Start listener of request-agreement-termination: checks the request (an agreement in force, a reason) in the
 * transaction that creates it, so a refused request leaves nothing behind and the agreement in force. The request's
 * business key is the agreement code.
 */
@Component("recordTerminationRequest")
public class RecordTerminationRequest implements ExecutionListener {

  private final AgreementValidation validation;
  private final RunningAgreements agreements;

  public RecordTerminationRequest(AgreementValidation validation, RunningAgreements agreements) {
    this.validation = validation;
    this.agreements = agreements;
  }

  @Override
  public void notify(DelegateExecution execution) {
    RunningAgreements.RunningAgreement agreement = validation.terminationRequest(execution, agreements);
    String businessKey = execution.getProcessBusinessKey();
    if (businessKey == null) {
      execution.setProcessBusinessKey(agreement.code());
    } else if (!businessKey.equals(agreement.code())) {
      throw new InvalidInputException("businessKey", "must equal agreementCode (" + agreement.code() + ")");
    }
    execution.setVariable(AgreementVariables.AGREEMENT_INSTANCE, agreement.processInstanceId());
  }
}
