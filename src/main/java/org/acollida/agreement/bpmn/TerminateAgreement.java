package org.acollida.agreement.bpmn;

import org.acollida.agreement.AgreementVariables;
import org.acollida.common.SystemAccess;
import org.acollida.contract.Messages;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * request-agreement-termination: sends the agreement the message a REST client would (AgreementTerminated, with the
 * reason), in the request's transaction: the agreement is TERMINATED and its families are told, or nothing happened.
 * Sent without the requester's authorizations (the Joint Commission follows agreements but may not change them
 * directly), but as the requester: the agreement's audit trail names who terminated it.
 */
@Component("terminateAgreement")
public class TerminateAgreement implements JavaDelegate {

  private final RuntimeService runtime;

  public TerminateAgreement(RuntimeService runtime) {
    this.runtime = runtime;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String agreement = (String) execution.getVariable(AgreementVariables.AGREEMENT_INSTANCE);
    SystemAccess.onBehalfOfUser(() -> runtime.createMessageCorrelation(Messages.AGREEMENT_TERMINATED)
        .processInstanceId(agreement)
        .setVariable(AgreementVariables.TERMINATION_REASON, execution.getVariable(AgreementVariables.TERMINATION_REASON))
        .correlateWithResult());
  }
}
