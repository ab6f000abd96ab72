package org.acollida.spending.bpmn;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.acollida.spending.SpendingLedger;
import org.acollida.spending.SpendingVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Once a period has ended: its expenses, one line each, and their sum, for the sponsor to justify. */
@Component("summarisePeriodExpenses")
public class SummarisePeriodExpenses implements JavaDelegate {

  private final SpendingLedger ledger;

  public SummarisePeriodExpenses(SpendingLedger ledger) {
    this.ledger = ledger;
  }

  @Override
  public void execute(DelegateExecution execution) {
    List<SpendingLedger.RecordedExpense> expenses = ledger.expenses(
        (String) execution.getVariable(SpendingVariables.ORGANISATION),
        (String) execution.getVariable(SpendingVariables.AGREEMENT_CODE),
        LocalDate.parse((String) execution.getVariable(SpendingVariables.PERIOD_START)),
        LocalDate.parse((String) execution.getVariable(SpendingVariables.PERIOD_END)));
    BigDecimal spent = expenses.stream().map(SpendingLedger.RecordedExpense::amountEur)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
    execution.setVariable(SpendingVariables.PERIOD_SPENT_EUR, spent.doubleValue());
    execution.setVariable(SpendingVariables.PERIOD_EXPENSES, expenses.isEmpty() ? "No expense recorded in this period."
        : expenses.stream().map(e -> "- " + e.date() + ": " + e.amountEur().toPlainString() + " EUR, " + e.category()
            + (e.familyCode() == null ? "" : " (" + e.familyCode() + ")")).collect(Collectors.joining("\n")));
  }
}
