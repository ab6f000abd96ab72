package org.acollida.agreement.bpmn;

import org.acollida.agreement.AgreementVariables;
import org.acollida.contract.AgreementStatus;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Marks the agreement as voting, clears the previous vote's tally, and records who proposed this vote, if anyone. */
@Component("openExtensionVote")
public class OpenExtensionVote implements JavaDelegate {

  private static final Logger LOG = LoggerFactory.getLogger(OpenExtensionVote.class);

  @Override
  public void execute(DelegateExecution execution) {
    AgreementVariables agreement = AgreementVariables.of(execution);
    agreement.setStatus(AgreementStatus.EXTENSION_VOTE);
    agreement.resetVote();
    String proposedBy = agreement.takeProposalForVote();
    LOG.info("Agreement {}: extension vote opened ({}), term ends {}", agreement.agreementCode(),
        proposedBy == null ? "lead time reached" : "proposed by " + proposedBy, agreement.termEndDate());
  }
}
