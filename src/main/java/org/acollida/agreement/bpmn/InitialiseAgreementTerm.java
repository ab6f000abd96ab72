package org.acollida.agreement.bpmn;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.acollida.agreement.AgreementRules;
import org.acollida.agreement.AgreementVariables;
import org.acollida.agreement.ExtensionVoteSchedule;
import org.acollida.agreement.Signatory;
import org.acollida.common.SystemAccess;
import org.acollida.contract.AgreementStatus;
import org.acollida.contract.ProcessKeys;
import org.acollida.contract.SpendingContract;
import org.acollida.organisation.Organisation;
import org.acollida.organisation.OrganisationRegistry;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Sets the initial two-year term, the date the extension vote opens and the total budget, and starts each sponsor's
 * spending justification (spending-justification, by its key and contract variables: processes never import each
 * other).
 */
@Component("initialiseAgreementTerm")
public class InitialiseAgreementTerm implements JavaDelegate {

  private static final Logger LOG = LoggerFactory.getLogger(InitialiseAgreementTerm.class);

  private final ExtensionVoteSchedule voteSchedule;
  private final OrganisationRegistry registry;

  public InitialiseAgreementTerm(ExtensionVoteSchedule voteSchedule, OrganisationRegistry registry) {
    this.voteSchedule = voteSchedule;
    this.registry = registry;
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
    for (Signatory signatory : agreement.signatories()) {
      if (registry.find(signatory.organisation()).map(Organisation::isSponsor).orElse(false)) {
        // the programme's rule, whoever registers the agreement
        SystemAccess.asSystem(() -> execution.getProcessEngineServices().getRuntimeService().startProcessInstanceByKey(
            ProcessKeys.JUSTIFICATION, agreement.agreementCode() + "/" + signatory.organisation(), Map.of(
                SpendingContract.AGREEMENT_CODE, agreement.agreementCode(),
                SpendingContract.ORGANISATION, signatory.organisation())));
      }
    }
    LOG.info("Agreement {} registered: in force from {} to {} with {} signatories",
        agreement.agreementCode(), agreement.startDate(), termEnd, agreement.signatories().size());
  }
}
