package org.acollida.agreement.bpmn;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.acollida.agreement.AgreementRules;
import org.acollida.agreement.AgreementVariables;
import org.acollida.agreement.ExtensionVoteSchedule;
import org.acollida.agreement.Signatory;
import org.acollida.contract.AgreementStatus;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Sets the initial two-year term, the date the extension vote opens and the total budget. */
@Component("initialiseAgreementTerm")
public class InitialiseAgreementTerm implements JavaDelegate {

  private static final Logger LOG = LoggerFactory.getLogger(InitialiseAgreementTerm.class);

  private final ExtensionVoteSchedule voteSchedule;

  public InitialiseAgreementTerm(ExtensionVoteSchedule voteSchedule) {
    this.voteSchedule = voteSchedule;
  }

  @Override
  public void execute(DelegateExecution execution) {
    AgreementVariables agreement = AgreementVariables.of(execution);
    LocalDate termEnd = AgreementRules.initialTermEnd(agreement.startDate());
    agreement.setStatus(AgreementStatus.IN_FORCE);
    agreement.setTermEndDate(termEnd);
    agreement.setExtensionsGranted(0);
    agreement.setExtensionVoteOpensDate(voteSchedule.opensOn(termEnd, 0));
    agreement.setTotalBudgetEur(agreement.signatories().stream()
        .map(Signatory::budgetEur).reduce(BigDecimal.ZERO, BigDecimal::add).doubleValue());
    LOG.info("Agreement {} registered: in force from {} to {} with {} signatories",
        agreement.agreementCode(), agreement.startDate(), termEnd, agreement.signatories().size());
  }
}
