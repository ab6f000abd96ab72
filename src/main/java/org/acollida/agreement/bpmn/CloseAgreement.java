package org.acollida.agreement.bpmn;

import org.acollida.agreement.AgreementVariables;
import org.acollida.contract.AgreementStatus;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** After the final evaluation: the agreement is closed. */
@Component("closeAgreement")
public class CloseAgreement implements JavaDelegate {

  private static final Logger LOG = LoggerFactory.getLogger(CloseAgreement.class);

  @Override
  public void execute(DelegateExecution execution) {
    AgreementVariables agreement = AgreementVariables.of(execution);
    agreement.setStatus(AgreementStatus.CLOSED);
    LOG.info("Agreement {} closed after its final evaluation", agreement.agreementCode());
  }
}
