package org.acollida.spending;

/** The record-expense process's user task and the fields of its form. */
public final class SpendingTasks {

  public static final String REVIEW_OVERRUN_ALERT = "ReviewOverrunAlert";
  /** ReviewOverrunAlert: what the regional government does about it. */
  public static final String ALERT_RESPONSE = "alertResponse";

  public static final String SUBMIT_JUSTIFICATION = "SubmitJustification";
  public static final String REVIEW_JUSTIFICATION = "ReviewJustification";
  public static final String CHASE_MISSING_JUSTIFICATION = "ChaseMissingJustification";
  /** SubmitJustification: what the money of the period did. */
  public static final String JUSTIFICATION_NARRATIVE = "justificationNarrative";
  /** ReviewJustification: accepted, or sent back with a reason. */
  public static final String JUSTIFICATION_ACCEPTED = "justificationAccepted";
  public static final String SEND_BACK_REASON = "sendBackReason";
  /** ChaseMissingJustification: what the coordinator did about it. */
  public static final String CHASE_NOTES = "chaseNotes";

  private SpendingTasks() {}
}
