package org.acollida.measure;

import java.time.LocalDate;
import org.acollida.common.InputRules;
import org.acollida.common.InvalidInputException;
import org.acollida.contract.MeasureStatus;
import org.acollida.contract.ProgrammeCalendar;
import org.acollida.organisation.OrganisationRegistry;
import org.acollida.strategy.StrategyRegistry;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/**
 * Every rule on what people and clients send to a measure: the start, and each task's form. Called by the start
 * listener and the tasks' completion listeners inside the engine's transaction, so a refusal changes nothing.
 */
@Component
public class MeasureValidation {

  static final int MAX_TITLE = 300;

  private final StrategyRegistry strategy;
  private final OrganisationRegistry organisations;

  public MeasureValidation(StrategyRegistry strategy, OrganisationRegistry organisations) {
    this.strategy = strategy;
    this.organisations = organisations;
  }

  public record Registration(String measureCode, String title, String objective, String responsibleOrganisation,
      LocalDate dueDate, String originConsultationCode, String originStakeholder) {}

  /** The start: everything but the uniqueness of the code, which the claim decides. */
  public Registration registration(VariableScope scope) {
    String code = InputRules.requireCode(scope, MeasureVariables.MEASURE_CODE);
    String title = InputRules.requireText(scope, MeasureVariables.TITLE, MAX_TITLE);
    String objective = strategy.requireObjective(MeasureVariables.OBJECTIVE, scope.getVariable(MeasureVariables.OBJECTIVE)).id();
    String responsible = InputRules.requireText(scope, MeasureVariables.RESPONSIBLE_ORGANISATION, 64);
    if (organisations.find(responsible).isEmpty()) {
      throw new InvalidInputException(MeasureVariables.RESPONSIBLE_ORGANISATION,
          "must be an organisation of the registry: " + organisations.all().stream().map(o -> o.id()).toList());
    }
    LocalDate due = InputRules.requireDate(scope, MeasureVariables.DUE_DATE);
    if (due.isBefore(ProgrammeCalendar.today())) {
      throw new InvalidInputException(MeasureVariables.DUE_DATE, "must not be in the past");
    }
    String originRound = null;
    String originStakeholder = null;
    boolean fromPublication = scope.getVariable(MeasureVariables.ORIGIN_CONSULTATION_CODE) != null
        || scope.getVariable(MeasureVariables.ORIGIN_STAKEHOLDER) != null;
    if (fromPublication) {
      // a person starting a measure directly cannot claim it came from a round: only a publication says so
      if (scope.getVariable(MeasureVariables.STARTED_BY) != null) {
        throw new InvalidInputException(MeasureVariables.ORIGIN_CONSULTATION_CODE,
            "is set only by the publication of a round, not when a measure is started directly");
      }
      originRound = InputRules.requireCode(scope, MeasureVariables.ORIGIN_CONSULTATION_CODE);
      originStakeholder = InputRules.requireCode(scope, MeasureVariables.ORIGIN_STAKEHOLDER);
    }
    return new Registration(code, title, objective, responsible, due, originRound, originStakeholder);
  }

  public record ProgressReport(MeasureStatus status, int progress, String evidence, String dropReason) {}

  /** ReportProgress: a status the organisation may report, progress 0–100, evidence, and a reason to drop. */
  public ProgressReport progressReport(VariableScope scope) {
    MeasureStatus status = InputRules.requireOneOf(MeasureVariables.REPORT_STATUS,
        scope.getVariable(MeasureVariables.REPORT_STATUS), MeasureStatus.class);
    if (!status.reportable()) {
      throw new InvalidInputException(MeasureVariables.REPORT_STATUS,
          "must be PLANNED, IN_PROGRESS, DONE or DROPPED: the Joint Commission closes a measure");
    }
    int progress = wholeNumber(MeasureVariables.REPORT_PROGRESS, scope.getVariable(MeasureVariables.REPORT_PROGRESS), 0, 100);
    if (status == MeasureStatus.DONE && progress != 100) {
      throw new InvalidInputException(MeasureVariables.REPORT_PROGRESS, "must be 100 when the measure is reported DONE");
    }
    String evidence = InputRules.requireText(scope, MeasureVariables.EVIDENCE, InputRules.MAX_TEXT);
    String dropReason = optionalText(scope, MeasureVariables.DROP_REASON);
    if (status == MeasureStatus.DROPPED && dropReason == null) {
      throw new InvalidInputException(MeasureVariables.DROP_REASON, "is required when the measure is DROPPED: say why");
    }
    return new ProgressReport(status, progress, evidence, status == MeasureStatus.DROPPED ? dropReason : null);
  }

  public record ClosureConfirmation(boolean confirmed, String comments) {}

  /** ConfirmClosure: confirmed, or sent back with a reason saying what is missing. */
  public ClosureConfirmation closureConfirmation(VariableScope scope) {
    boolean confirmed = InputRules.requireBoolean(MeasureVariables.CLOSURE_CONFIRMED,
        scope.getVariable(MeasureVariables.CLOSURE_CONFIRMED));
    String comments = optionalText(scope, MeasureVariables.CLOSURE_COMMENTS);
    if (!confirmed && comments == null) {
      throw new InvalidInputException(MeasureVariables.CLOSURE_COMMENTS,
          "is required when the measure is sent back: say what is missing");
    }
    return new ClosureConfirmation(confirmed, comments);
  }

  /** FollowUpOverdueReport: what the Joint Commission did about it. */
  public String overdueNote(VariableScope scope) {
    return InputRules.requireText(scope, MeasureVariables.OVERDUE_NOTE, InputRules.MAX_TEXT);
  }

  private static String optionalText(VariableScope scope, String field) {
    Object value = scope.getVariable(field);
    if (value == null || (value instanceof String s && s.isBlank())) {
      return null;
    }
    return InputRules.requireText(field, value, InputRules.MAX_TEXT);
  }

  /** A whole number in range; forms may send whole numbers as decimals (40.0). */
  private static int wholeNumber(String field, Object value, int min, int max) {
    if (value instanceof String text && text.strip().matches("\\d{1,3}")) {
      value = Integer.parseInt(text.strip());
    }
    if (value == null) {
      throw new InvalidInputException(field, "is required");
    }
    if (!(value instanceof Number number) || number.doubleValue() != Math.rint(number.doubleValue())) {
      throw new InvalidInputException(field, "must be a whole number");
    }
    if (number.doubleValue() < min || number.doubleValue() > max) {
      throw new InvalidInputException(field, "must be between " + min + " and " + max);
    }
    return number.intValue();
  }
}
