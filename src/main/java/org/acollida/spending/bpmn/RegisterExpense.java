package org.acollida.spending.bpmn;

import org.acollida.common.InvalidInputException;
import org.acollida.spending.ExpenseOrganisation;
import org.acollida.spending.SpendingValidation;
import org.acollida.spending.SpendingVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Start listener of record-expense: validates the expense in the transaction that creates the instance, so a
 * refusal stores nothing, and writes it back typed (the amount with cents, the organisation named).
 */
@Component("registerExpense")
public class RegisterExpense implements ExecutionListener {

  private static final Logger LOG = LoggerFactory.getLogger(RegisterExpense.class);

  private final SpendingValidation validation;

  public RegisterExpense(SpendingValidation validation) {
    this.validation = validation;
  }

  @Override
  public void notify(DelegateExecution execution) {
    Authentication caller = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    SpendingValidation.Expense expense = validation.expense(execution, ExpenseOrganisation.groupsOf(caller));
    if (!expense.organisation().equals(execution.getTenantId())) {
      // the tenant provider decides by the same rule; this only fails if someone replaced it
      throw new InvalidInputException(SpendingVariables.ORGANISATION, "could not be decided for this expense");
    }
    execution.setVariable(SpendingVariables.ORGANISATION, expense.organisation());
    execution.setVariable(SpendingVariables.AMOUNT_EUR, expense.amountEur().doubleValue());
    execution.setVariable(SpendingVariables.EXPENSE_DATE, expense.expenseDate().toString());
    execution.setVariable(SpendingVariables.CATEGORY, expense.category().name());
    execution.setVariable(SpendingVariables.FAMILY_CODE, expense.familyCode());
    if (execution.getProcessBusinessKey() == null) {
      execution.setProcessBusinessKey(expense.agreementCode() + "/" + expense.organisation());
    }
    LOG.info("Expense of {} EUR ({}) on {} recorded for {} under agreement {}{}", expense.amountEur(),
        expense.category(), expense.expenseDate(), expense.organisation(), expense.agreementCode(),
        expense.withReceipt() ? " with a receipt" : "");
  }
}
