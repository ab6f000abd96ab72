package org.acollida.agreement.bpmn;

import org.acollida.agreement.AgreementVariables.VoteOutcome;
import org.acollida.agreement.AgreementVariables;
import org.acollida.contract.AgreementStatus;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** A no, or a vote still open when the term ends (which counts as no): the term will not be extended. */
@Component("recordExtensionRefused")
public class RecordExtensionRefused implements JavaDelegate {

  private static final Logger LOG = LoggerFactory.getLogger(RecordExtensionRefused.class);

  @Override
  public void execute(DelegateExecution execution) {
    AgreementVariables agreement = AgreementVariables.of(execution);
    VoteOutcome outcome = agreement.extensionRejected() ? VoteOutcome.REFUSED : VoteOutcome.EXPIRED;
    agreement.setLastVoteOutcome(outcome);
    agreement.setExtensionVoteOpensDate(null);
    agreement.setStatus(AgreementStatus.IN_FORCE);
    LOG.info("Agreement {}: extension {}, term ends {}", agreement.agreementCode(),
        outcome == VoteOutcome.REFUSED ? "refused" : "vote unfinished at term end", agreement.termEndDate());
  }
}
