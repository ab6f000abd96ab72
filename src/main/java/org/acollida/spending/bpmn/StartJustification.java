package org.acollida.spending.bpmn;

import org.acollida.common.InputRules;
import org.acollida.spending.ExpenseOrganisation;
import org.acollida.spending.SpendingVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Start listener of spending-justification (started by an organisation's first expense under an agreement): checks the
 * agreement code and the organisation, and starts before the first period.
 */
@Component("startJustification")
public class StartJustification implements ExecutionListener {

  private final ExpenseOrganisation organisations;

  public StartJustification(ExpenseOrganisation organisations) {
    this.organisations = organisations;
  }

  @Override
  public void notify(DelegateExecution execution) {
    InputRules.requireCode(execution, SpendingVariables.AGREEMENT_CODE);
    execution.setVariable(SpendingVariables.ORGANISATION,
        organisations.decide(execution.getVariable(SpendingVariables.ORGANISATION), null));
    execution.setVariable(SpendingVariables.PERIOD_NUMBER, 0);
    execution.setVariable(SpendingVariables.PERIODS_OVER, false);
  }
}
