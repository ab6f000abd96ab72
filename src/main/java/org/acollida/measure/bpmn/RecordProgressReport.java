package org.acollida.measure.bpmn;

import java.time.LocalDate;
import org.acollida.contract.ProgrammeCalendar;
import org.acollida.measure.MeasureProperties;
import org.acollida.measure.MeasureValidation;
import org.acollida.measure.MeasureVariables;
import org.acollida.measure.ReservedTo;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Completion of ReportProgress: the responsible organisation's status, progress and evidence become the
 * measure's. The next report is due at the end of the next period (periods run on from the last one, so a late
 * report does not shift the calendar; a period already past is skipped).
 */
@Component("recordProgressReport")
public class RecordProgressReport implements TaskListener {

  private final MeasureValidation validation;
  private final MeasureProperties properties;

  public RecordProgressReport(MeasureValidation validation, MeasureProperties properties) {
    this.validation = validation;
    this.properties = properties;
  }

  @Override
  public void notify(DelegateTask task) {
    ReservedTo.group(MeasureVariables.of(task.getExecution()).responsibleOrganisation(), "report on this measure");
    MeasureValidation.ProgressReport report = validation.progressReport(task.getExecution());
    DelegateExecution instance = task.getExecution().getProcessInstance();
    MeasureVariables measure = MeasureVariables.of(instance);
    measure.setStatus(report.status());
    measure.setProgress(report.progress());
    instance.setVariable(MeasureVariables.EVIDENCE, report.evidence());
    instance.setVariable(MeasureVariables.DROP_REASON, report.dropReason());
    instance.setVariable(MeasureVariables.LAST_REPORTED_AT, ProgrammeCalendar.now());
    measure.setReportDueDate(nextPeriodEnd(measure.reportDueDate(), ProgrammeCalendar.today()));
  }

  LocalDate nextPeriodEnd(LocalDate currentEnd, LocalDate today) {
    LocalDate next = currentEnd.plus(properties.reportInterval());
    while (!next.isAfter(today)) {
      next = next.plus(properties.reportInterval());
    }
    return next;
  }
}
