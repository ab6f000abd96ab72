package org.acollida.spending;

/** The record-expense process's user task and the fields of its form. */
public final class SpendingTasks {

  public static final String REVIEW_OVERRUN_ALERT = "ReviewOverrunAlert";
  /** ReviewOverrunAlert: what the regional government does about it. */
  public static final String ALERT_RESPONSE = "alertResponse";

  private SpendingTasks() {}
}
