package org.acollida.spending;

import org.acollida.contract.SpendingContract;

/**
 * The record-expense process's variables: the contract's (what the expense is) and the process's own
 * (how it stood against the organisation's allocation when it was counted).
 */
public final class SpendingVariables {

  public static final String AGREEMENT_CODE = SpendingContract.AGREEMENT_CODE;
  public static final String ORGANISATION = SpendingContract.ORGANISATION;
  public static final String EXPENSE_DATE = SpendingContract.EXPENSE_DATE;
  public static final String AMOUNT_EUR = SpendingContract.AMOUNT_EUR;
  public static final String CATEGORY = SpendingContract.CATEGORY;
  public static final String FAMILY_CODE = SpendingContract.FAMILY_CODE;
  public static final String RECEIPT = SpendingContract.RECEIPT;
  public static final String ALERT_LEVEL = SpendingContract.ALERT_LEVEL;

  /** Who recorded it (the start event's initiator). */
  public static final String RECORDED_BY = "recordedBy";
  /** The organisation's allocation in the agreement, and its spending there including this expense. */
  public static final String ALLOCATED_EUR = "allocatedEur";
  public static final String SPENT_EUR = "spentEur";
  /** The decision's inputs: spent / allocated, and the share of the term elapsed on the expense's day. */
  public static final String SPENT_SHARE = "spentShare";
  public static final String TERM_ELAPSED_SHARE = "termElapsedShare";
  /** Agreement, organisation and level of an alert raised for the regional government: one per level. */
  public static final String RAISED_ALERT = "raisedAlert";
  /** Whether this expense raised a level not raised before for its organisation and agreement. */
  public static final String NEW_ALERT = "newAlert";

  // spending-justification
  /** The period being justified: its number (1 = the first after the start), first and last day. */
  public static final String PERIOD_NUMBER = "periodNumber";
  public static final String PERIOD_START = "periodStart";
  public static final String PERIOD_END = org.acollida.contract.SpendingContract.JUSTIFICATION_PERIOD_END;
  /** When the period's justification is due (its end plus the grace). */
  public static final String JUSTIFICATION_DUE = "justificationDue";
  /** True once no period is left to justify (the agreement's term is over, or the agreement closed). */
  public static final String PERIODS_OVER = "periodsOver";
  /** The period's expenses, one line each, and their sum: what the sponsor justifies. */
  public static final String PERIOD_EXPENSES = "periodExpenses";
  public static final String PERIOD_SPENT_EUR = "periodSpentEur";

  private SpendingVariables() {}
}
