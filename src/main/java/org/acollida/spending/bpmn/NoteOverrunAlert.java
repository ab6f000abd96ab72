package org.acollida.spending.bpmn;

import org.acollida.contract.SpendingContract.AlertLevel;
import org.acollida.spending.SpendingLedger;
import org.acollida.spending.SpendingVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * After the overrun decision: whether its level is news for the regional government. Each level is raised
 * once per organisation and agreement, not at every expense that stays above it (the dashboard shows the
 * current level all along). Two expenses counted at the same moment could both raise it: a second task
 * for the same alert, not a lost one.
 */
@Component("noteOverrunAlert")
public class NoteOverrunAlert implements JavaDelegate {

  private final SpendingLedger ledger;

  public NoteOverrunAlert(SpendingLedger ledger) {
    this.ledger = ledger;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Object decided = execution.getVariable(SpendingVariables.ALERT_LEVEL);
    AlertLevel level;
    try {
      level = AlertLevel.valueOf(String.valueOf(decided));
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("record-expense: the overrun-alert decision answered '" + decided
          + "', not one of NONE, WATCH, ALERT; correct processes/overrun-alert.dmn, then retry the job", e);
    }
    boolean news = false;
    if (level != AlertLevel.NONE) {
      String key = execution.getVariable(SpendingVariables.AGREEMENT_CODE) + "/"
          + execution.getVariable(SpendingVariables.ORGANISATION) + "/" + level.name();
      news = !ledger.alertRaisedBefore(key, execution.getProcessInstanceId());
      if (news) {
        execution.setVariable(SpendingVariables.RAISED_ALERT, key);
      }
    }
    execution.setVariable(SpendingVariables.NEW_ALERT, news);
  }
}
