package org.acollida.agreement.bpmn;

import java.math.BigDecimal;
import org.acollida.agreement.AgreementVariables;
import org.acollida.agreement.Signatory;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Create listener of each signatory's vote: the form shows the voter's own budget line in the agreement, as the
 * task's local {@code voterBudgetEur}. The vote task does not show the other signatories' lines nor their total
 * (AgreementGrants, hidden from tasks): one sponsor does not read another's budget.
 */
@Component("showVoterBudgetLine")
public class ShowVoterBudgetLine implements TaskListener {

  public static final String VOTER_BUDGET_EUR = "voterBudgetEur";

  @Override
  public void notify(DelegateTask task) {
    String voter = AgreementVariables.voterOrganisation(task.getExecution());
    BigDecimal budget = AgreementVariables.of(task.getExecution()).signatories().stream()
        .filter(signatory -> signatory.organisation().equals(voter))
        .map(Signatory::budgetEur).findFirst().orElse(BigDecimal.ZERO);
    task.setVariableLocal(VOTER_BUDGET_EUR, budget.doubleValue());
  }
}
