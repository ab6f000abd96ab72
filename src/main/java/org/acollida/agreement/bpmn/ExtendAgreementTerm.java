package org.acollida.agreement.bpmn;

import java.time.LocalDate;
import org.acollida.agreement.AgreementRules;
import org.acollida.agreement.AgreementVariables.VoteOutcome;
import org.acollida.agreement.AgreementVariables;
import org.acollida.agreement.ExtensionVoteSchedule;
import org.acollida.contract.AgreementStatus;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** After a unanimous yes: the term runs two more years. */
@Component("extendAgreementTerm")
public class ExtendAgreementTerm implements JavaDelegate {

  private static final Logger LOG = LoggerFactory.getLogger(ExtendAgreementTerm.class);

  private final ExtensionVoteSchedule voteSchedule;

  public ExtendAgreementTerm(ExtensionVoteSchedule voteSchedule) {
    this.voteSchedule = voteSchedule;
  }

  @Override
  public void execute(DelegateExecution execution) {
    AgreementVariables agreement = AgreementVariables.of(execution);
    int extensions = agreement.extensionsGranted() + 1;
    LocalDate termEnd = AgreementRules.extendedTermEnd(agreement.termEndDate());
    agreement.setExtensionsGranted(extensions);
    agreement.setTermEndDate(termEnd);
    agreement.setExtensionVoteOpensDate(voteSchedule.opensOn(termEnd, extensions));
    agreement.setLastVoteOutcome(VoteOutcome.APPROVED);
    agreement.setStatus(AgreementStatus.IN_FORCE);
    LOG.info("Agreement {} extended unanimously ({} of {}): term now ends {}", agreement.agreementCode(),
        extensions, AgreementRules.MAX_EXTENSIONS, termEnd);
  }
}
