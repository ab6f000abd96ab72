package org.acollida.agreement.bpmn;

import org.acollida.agreement.AgreementVariables;
import org.acollida.contract.AgreementStatus;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** The term has run out: the agreement has ended and awaits its final evaluation. */
@Component("markAgreementEnded")
public class MarkAgreementEnded implements JavaDelegate {

  private static final Logger LOG = LoggerFactory.getLogger(MarkAgreementEnded.class);

  @Override
  public void execute(DelegateExecution execution) {
    AgreementVariables agreement = AgreementVariables.of(execution);
    agreement.setStatus(AgreementStatus.ENDED);
    agreement.setExtensionVoteOpensDate(null);
    LOG.info("Agreement {} ended on {} after {} extension(s)", agreement.agreementCode(),
        agreement.termEndDate(), agreement.extensionsGranted());
  }
}
