package org.acollida.spending.bpmn;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import org.acollida.common.InputRules;
import org.acollida.common.SystemAccess;
import org.acollida.contract.ProcessKeys;
import org.acollida.spending.SpendingLedger;
import org.acollida.spending.SpendingVariables;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Puts the expense beside its organisation's allocation: spent so far under the agreement (this expense
 * included), spent / allocated and the share of the term elapsed, the overrun decision's inputs; and starts the
 * organisation's justification under the agreement with its first expense. An
 * allocation of 0 with spending counts as twice over (an overrun), without one as nothing spent.
 */
@Component("assessSpending")
public class AssessSpending implements JavaDelegate {

  private final SpendingLedger ledger;

  public AssessSpending(SpendingLedger ledger) {
    this.ledger = ledger;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String organisation = (String) execution.getVariable(SpendingVariables.ORGANISATION);
    String code = (String) execution.getVariable(SpendingVariables.AGREEMENT_CODE);
    SpendingLedger.AgreementBudget agreement = ledger.agreement(code).orElseThrow(() ->
        new IllegalStateException("record-expense: agreement " + code + " is no longer in the history; "
            + "it was recorded against it, so check the history cleanup, then retry the job"));
    BigDecimal allocated = agreement.allocations().getOrDefault(organisation, BigDecimal.ZERO);
    BigDecimal spent = ledger.spent(organisation, code);
    double spentShare = allocated.signum() > 0 ? spent.divide(allocated, 4, RoundingMode.HALF_UP).doubleValue()
        : spent.signum() > 0 ? 2.0 : 0.0;
    String day = (String) execution.getVariable(SpendingVariables.EXPENSE_DATE);
    execution.setVariable(SpendingVariables.ALLOCATED_EUR, allocated.doubleValue());
    execution.setVariable(SpendingVariables.SPENT_EUR, spent.doubleValue());
    execution.setVariable(SpendingVariables.SPENT_SHARE, spentShare);
    execution.setVariable(SpendingVariables.TERM_ELAPSED_SHARE, Math.round(agreement.termElapsedShare(
        InputRules.storedDate("record-expense", SpendingVariables.EXPENSE_DATE, day)) * 10_000) / 10_000.0);
    startJustificationIfNone(execution, code, organisation);
  }

  /**
   * An organisation's first expense under an agreement starts its six-monthly justification there (by the key and
   * contract variables of spending-justification), so the agreement's registration stays as it is and one that
   * spends nothing has nothing to justify. Two first expenses counted at the same moment could start two.
   */
  private static void startJustificationIfNone(DelegateExecution execution, String code, String organisation) {
    RuntimeService runtime = execution.getProcessEngineServices().getRuntimeService();
    String businessKey = code + "/" + organisation;
    SystemAccess.asSystem(() -> {
      if (runtime.createProcessInstanceQuery().processDefinitionKey(ProcessKeys.JUSTIFICATION)
          .processInstanceBusinessKey(businessKey).count() == 0) {
        runtime.startProcessInstanceByKey(ProcessKeys.JUSTIFICATION, businessKey, Map.of(
            SpendingVariables.AGREEMENT_CODE, code, SpendingVariables.ORGANISATION, organisation));
      }
      return null;
    });
  }
}
