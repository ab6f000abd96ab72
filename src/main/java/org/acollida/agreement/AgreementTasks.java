package org.acollida.agreement;

/** The agreement's user tasks and the fields of their forms (local to each task, kept in history). */
public final class AgreementTasks {

  public static final String VOTE_ON_EXTENSION = "VoteOnExtension";
  public static final String HOLD_MONITORING_MEETING = "HoldMonitoringMeeting";
  public static final String FINAL_EVALUATION = "FinalEvaluation";

  public static final String MEETING_DATE = "meetingDate";
  public static final String MEETING_MINUTES = "meetingMinutes";
  public static final String MEETING_DECISIONS = "meetingDecisions";
  public static final String EVALUATION_SUMMARY = "evaluationSummary";
  public static final String OBJECTIVES_MET = "objectivesMet";
  public static final String RECOMMENDATION = "recommendation";

  public enum ObjectivesMet { MET, PARTIALLY_MET, NOT_MET }

  private AgreementTasks() {}
}
