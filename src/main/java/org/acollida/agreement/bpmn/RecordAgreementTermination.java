package org.acollida.agreement.bpmn;

import org.acollida.agreement.AgreementValidation;
import org.acollida.agreement.AgreementVariables;
import org.acollida.contract.AgreementStatus;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Early termination (message AgreementTerminated): requires a reason. Runs in the correlating
 * transaction, so a message without a reason is refused and the agreement stays in force.
 */
@Component("recordAgreementTermination")
public class RecordAgreementTermination implements JavaDelegate {

  private static final Logger LOG = LoggerFactory.getLogger(RecordAgreementTermination.class);

  private final AgreementValidation validation;

  public RecordAgreementTermination(AgreementValidation validation) {
    this.validation = validation;
  }

  @Override
  public void execute(DelegateExecution execution) {
    validation.validateTerminationReason(execution);
    AgreementVariables agreement = AgreementVariables.of(execution);
    agreement.setStatus(AgreementStatus.TERMINATED);
    agreement.setExtensionVoteOpensDate(null);
    LOG.info("Agreement {} terminated early", agreement.agreementCode());
  }
}
