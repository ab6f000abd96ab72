package org.acollida.measure;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.acollida.common.InputRules;
import org.acollida.contract.MeasureContract;
import org.acollida.contract.MeasureStatus;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.spin.plugin.variable.SpinValues;

/**
 * The measure's variables: every name in one place, read and written with their types. The first block is the
 * contract (start and readable variables); the rest is the measure's own state and its tasks' form fields.
 */
public final class MeasureVariables {

  public static final String MEASURE_CODE = MeasureContract.MEASURE_CODE;
  public static final String TITLE = MeasureContract.TITLE;
  public static final String OBJECTIVE = MeasureContract.OBJECTIVE;
  public static final String RESPONSIBLE_ORGANISATION = MeasureContract.RESPONSIBLE_ORGANISATION;
  public static final String DUE_DATE = MeasureContract.DUE_DATE;
  public static final String MEASURE_STATUS = MeasureContract.MEASURE_STATUS;
  public static final String PROGRESS = MeasureContract.PROGRESS;
  public static final String ORIGIN_CONSULTATION_CODE = MeasureContract.ORIGIN_CONSULTATION_CODE;
  public static final String ORIGIN_STAKEHOLDER = MeasureContract.ORIGIN_STAKEHOLDER;
  public static final String ORIGINS = MeasureContract.ORIGINS;

  /** Who started it directly (the start event's initiator); null when a round's publication started it. */
  public static final String STARTED_BY = "startedBy";
  /** The end of the current reporting period: the report task's due date. */
  public static final String REPORT_DUE_DATE = "reportDueDate";
  public static final String LAST_REPORTED_AT = "lastReportedAt";
  public static final String EVIDENCE = "evidence";
  public static final String DROP_REASON = "dropReason";
  /** ReportProgress's form fields: the status and progress reported, recorded as measureStatus and progress. */
  public static final String REPORT_STATUS = "reportStatus";
  public static final String REPORT_PROGRESS = "reportProgress";
  /** ConfirmClosure's form fields. */
  public static final String CLOSURE_CONFIRMED = "closureConfirmed";
  public static final String CLOSURE_COMMENTS = "closureComments";
  /** FollowUpOverdueReport's form field: what the Joint Commission did about a report not made in time. */
  public static final String OVERDUE_NOTE = "overdueNote";
  public static final String LAST_OVERDUE_NOTE = "lastOverdueNote";
  /** How many reports came late: the overdue timer fired on them. */
  public static final String OVERDUE_REPORTS = "overdueReports";

  /** One contribution a measure answers. */
  public record Origin(String consultationCode, String stakeholderId) {}

  private static final ObjectMapper JSON = new ObjectMapper();

  private final VariableScope scope;

  private MeasureVariables(VariableScope scope) {
    this.scope = scope;
  }

  public static MeasureVariables of(VariableScope scope) {
    return new MeasureVariables(scope);
  }

  public String measureCode() {
    return (String) scope.getVariable(MEASURE_CODE);
  }

  public String responsibleOrganisation() {
    return (String) scope.getVariable(RESPONSIBLE_ORGANISATION);
  }

  public MeasureStatus status() {
    return MeasureStatus.valueOf((String) scope.getVariable(MEASURE_STATUS));
  }

  public void setStatus(MeasureStatus status) {
    scope.setVariable(MEASURE_STATUS, status.name());
  }

  public void setProgress(int progress) {
    scope.setVariable(PROGRESS, progress);
  }

  public LocalDate reportDueDate() {
    return InputRules.storedDate("measure " + measureCode(), REPORT_DUE_DATE, scope.getVariable(REPORT_DUE_DATE));
  }

  public void setReportDueDate(LocalDate date) {
    scope.setVariable(REPORT_DUE_DATE, date.toString());
  }

  public List<Origin> origins() {
    Object raw = scope.getVariable(ORIGINS);
    if (raw == null) {
      return List.of();
    }
    try {
      return JSON.readValue(raw.toString(), new TypeReference<List<Origin>>() {});
    } catch (Exception e) {
      throw new IllegalStateException("measure " + measureCode() + ": variable " + ORIGINS
          + " must be a JSON array of {consultationCode, stakeholderId}; correct it in Cockpit, then retry the job", e);
    }
  }

  public void addOrigin(Origin origin) {
    List<Origin> origins = new ArrayList<>(origins());
    if (!origins.contains(origin)) {
      origins.add(origin);
    }
    setOrigins(origins);
  }

  public void setOrigins(List<Origin> origins) {
    try {
      scope.setVariable(ORIGINS, SpinValues.jsonValue(JSON.writeValueAsString(origins)).create());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  public int overdueReports() {
    Object n = scope.getVariable(OVERDUE_REPORTS);
    return n instanceof Number number ? number.intValue() : 0;
  }

  public void countOverdueReport() {
    scope.setVariable(OVERDUE_REPORTS, overdueReports() + 1);
  }
}
