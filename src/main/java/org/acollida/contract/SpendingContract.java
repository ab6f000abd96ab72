package org.acollida.contract;

/**
 * What other parts read of a {@code record-expense} instance (shared/contract.md, "Budget, spending and
 * documents"): one instance per expense, its tenant the organisation that spent, its variables these.
 */
public final class SpendingContract {

  public static final String AGREEMENT_CODE = "agreementCode";
  public static final String ORGANISATION = "organisation";
  public static final String EXPENSE_DATE = "expenseDate";
  public static final String AMOUNT_EUR = "amountEur";
  public static final String CATEGORY = "category";
  public static final String FAMILY_CODE = "familyCode";
  public static final String RECEIPT = "receipt";
  /** The overrun decision's level ({@link AlertLevel}) once the expense was counted. */
  public static final String ALERT_LEVEL = "alertLevel";

  /** spending-justification: its start variables are {@link #AGREEMENT_CODE} and {@link #ORGANISATION}. */
  public static final String JUSTIFICATION_PERIOD_END = "periodEnd";

  /** What an expense was for. */
  public enum Category { HOUSING, SUBSISTENCE, LANGUAGE, TRAINING, TRANSPORT, HEALTH, OTHER }

  /** The overrun decision's outcome, from nothing to tell to a task for the regional government. */
  public enum AlertLevel { NONE, WATCH, ALERT }

  private SpendingContract() {}
}
