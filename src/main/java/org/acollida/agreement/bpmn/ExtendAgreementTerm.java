package org.acollida.agreement.bpmn;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.acollida.agreement.AgreementRules;
import org.acollida.agreement.AgreementVariables.VoteOutcome;
import org.acollida.agreement.AgreementVariables;
import org.acollida.agreement.ExtensionVoteSchedule;
import org.acollida.agreement.Signatory;
import org.acollida.contract.AgreementStatus;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** After a unanimous yes: the term runs two more years, and each budget line grows by the budget its yes carried. */
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
    // each yes carried the voter's budget for the two more years: it is added to the voter's line
    Map<String, BigDecimal> proposed = agreement.proposedBudgets();
    List<Signatory> lines = agreement.signatories().stream().map(line -> new Signatory(line.organisation(),
        line.budgetEur().add(proposed.getOrDefault(line.organisation(), BigDecimal.ZERO)))).toList();
    agreement.setSignatories(lines);
    agreement.setTotalBudgetEur(lines.stream().map(Signatory::budgetEur).reduce(BigDecimal.ZERO, BigDecimal::add)
        .doubleValue());
    agreement.setStatus(AgreementStatus.IN_FORCE);
    LOG.info("Agreement {} extended unanimously ({} of {}): term now ends {}", agreement.agreementCode(),
        extensions, AgreementRules.MAX_EXTENSIONS, termEnd);
  }
}
