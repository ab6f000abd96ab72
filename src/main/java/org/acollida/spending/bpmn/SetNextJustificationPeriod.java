package org.acollida.spending.bpmn;

import java.time.LocalDate;
import org.acollida.contract.AgreementStatus;
import org.acollida.spending.SpendingLedger;
import org.acollida.spending.SpendingProperties;
import org.acollida.spending.SpendingVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The next period to justify: periods of the configured length (six months) from the agreement's start, the last
 * one cut at the term's end (an extension moves the end, so more periods follow). None is left once a period would
 * start at or after the term's end, or the agreement is closed.
 */
@Component("setNextJustificationPeriod")
public class SetNextJustificationPeriod implements JavaDelegate {

  private final SpendingLedger ledger;
  private final SpendingProperties properties;

  public SetNextJustificationPeriod(SpendingLedger ledger, SpendingProperties properties) {
    this.ledger = ledger;
    this.properties = properties;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String code = (String) execution.getVariable(SpendingVariables.AGREEMENT_CODE);
    SpendingLedger.AgreementBudget agreement = ledger.agreement(code).orElseThrow(() -> new IllegalStateException(
        "spending-justification: agreement " + code + " cannot be found; correct agreementCode in Cockpit, then retry"));
    int number = ((Number) execution.getVariable(SpendingVariables.PERIOD_NUMBER)).intValue() + 1;
    LocalDate start = agreement.startDate().plus(properties.justificationPeriod().multipliedBy(number - 1));
    LocalDate end = start.plus(properties.justificationPeriod()).minusDays(1);
    if (end.isAfter(agreement.termEndDate())) {
      end = agreement.termEndDate();
    }
    boolean over = !start.isBefore(agreement.termEndDate()) || AgreementStatus.CLOSED.name().equals(agreement.status());
    execution.setVariable(SpendingVariables.PERIODS_OVER, over);
    if (over) {
      return;
    }
    execution.setVariable(SpendingVariables.PERIOD_NUMBER, number);
    execution.setVariable(SpendingVariables.PERIOD_START, start.toString());
    execution.setVariable(SpendingVariables.PERIOD_END, end.toString());
    execution.setVariable(SpendingVariables.JUSTIFICATION_DUE, end.plus(properties.justificationGrace()).toString());
  }
}
