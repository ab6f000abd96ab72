package org.acollida.measure;

/** The measure's user tasks, by their ids in strategy-measure.bpmn. */
public final class MeasureTasks {

  public static final String REPORT_PROGRESS = "ReportProgress";
  public static final String FOLLOW_UP_OVERDUE_REPORT = "FollowUpOverdueReport";
  public static final String CONFIRM_CLOSURE = "ConfirmClosure";

  private MeasureTasks() {}
}
