package org.acollida.agreement.bpmn;

import org.acollida.agreement.AgreementVariables;
import org.acollida.contract.AgreementStatus;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Marks the agreement as voting and clears the previous vote's tally. */
@Component("openExtensionVote")
public class OpenExtensionVote implements JavaDelegate {

  private static final Logger LOG = LoggerFactory.getLogger(OpenExtensionVote.class);

  @Override
  public void execute(DelegateExecution execution) {
    AgreementVariables agreement = AgreementVariables.of(execution);
    agreement.setStatus(AgreementStatus.EXTENSION_VOTE);
    agreement.resetVote();
    LOG.info("Agreement {}: extension vote opened, term ends {}", agreement.agreementCode(), agreement.termEndDate());
  }
}
