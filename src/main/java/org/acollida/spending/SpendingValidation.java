package org.acollida.spending;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.acollida.common.DocumentRules;
import org.acollida.common.InputRules;
import org.acollida.common.InvalidInputException;
import org.acollida.contract.ProgrammeCalendar;
import org.acollida.contract.SpendingContract.Category;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/**
 * Every rule on what people and clients send to record-expense: the expense itself (start) and the regional
 * government's answer to an overrun alert. Called inside the engine's transaction, so a refusal stores nothing.
 */
@Component
public class SpendingValidation {

  /** Larger than any expense of a programme this size: a typo of three zeros is refused, not counted. */
  static final BigDecimal MAX_AMOUNT = new BigDecimal("1000000");

  private final ExpenseOrganisation organisations;
  private final SpendingLedger ledger;

  public SpendingValidation(ExpenseOrganisation organisations, SpendingLedger ledger) {
    this.organisations = organisations;
    this.ledger = ledger;
  }

  /** A valid expense, as stored. */
  public record Expense(String organisation, String agreementCode, LocalDate expenseDate, BigDecimal amountEur,
      Category category, String familyCode, boolean withReceipt) {}

  /**
   * The start of record-expense: everything the contract says of an expense.
   *
   * @param groupIds the caller's groups, null when no user is signed in
   */
  public Expense expense(VariableScope scope, List<String> groupIds) {
    String organisation = organisations.decide(scope.getVariable(SpendingVariables.ORGANISATION), groupIds);
    String agreementCode = InputRules.requireCode(scope, SpendingVariables.AGREEMENT_CODE);
    LocalDate date = InputRules.requireDate(scope, SpendingVariables.EXPENSE_DATE);
    BigDecimal amount = InputRules.requireEuros(SpendingVariables.AMOUNT_EUR, scope.getVariable(SpendingVariables.AMOUNT_EUR),
        false, MAX_AMOUNT);
    Category category = InputRules.requireOneOf(SpendingVariables.CATEGORY,
        scope.getVariable(SpendingVariables.CATEGORY), Category.class);
    Object family = scope.getVariable(SpendingVariables.FAMILY_CODE);
    String familyCode = family == null || family instanceof String text && text.isBlank() ? null
        : InputRules.requireCode(SpendingVariables.FAMILY_CODE, InputRules.requireText(SpendingVariables.FAMILY_CODE, family, 64));
    boolean receipt = DocumentRules.checkOptionalDocument(scope, SpendingVariables.RECEIPT, DocumentRules.FIVE_MEGABYTES);

    SpendingLedger.AgreementBudget agreement = ledger.agreement(agreementCode).orElseThrow(() ->
        new InvalidInputException(SpendingVariables.AGREEMENT_CODE, "no agreement has the code '" + agreementCode + "'"));
    if (!agreement.signedBy(organisation)) {
      throw new InvalidInputException(SpendingVariables.AGREEMENT_CODE,
          organisation + " did not sign agreement '" + agreementCode + "'");
    }
    if (date.isAfter(ProgrammeCalendar.today())) {
      throw new InvalidInputException(SpendingVariables.EXPENSE_DATE, "must not be in the future");
    }
    if (date.isBefore(agreement.startDate()) || date.isAfter(agreement.termEndDate())) {
      throw new InvalidInputException(SpendingVariables.EXPENSE_DATE, "must be within the agreement's term ("
          + agreement.startDate() + " to " + agreement.termEndDate() + ")");
    }
    if (familyCode != null && !ledger.familyOf(organisation, familyCode)) {
      throw new InvalidInputException(SpendingVariables.FAMILY_CODE,
          "no family '" + familyCode + "' is sponsored by " + organisation);
    }
    return new Expense(organisation, agreementCode, date, amount, category, familyCode, receipt);
  }

  /** SubmitJustification: what the period's money did. */
  public void justification(VariableScope scope) {
    InputRules.requireText(scope, SpendingTasks.JUSTIFICATION_NARRATIVE, InputRules.MAX_TEXT);
  }

  /** ReviewJustification: accepted, or sent back with a reason (required on a send-back, as the form cannot). */
  public boolean justificationReview(VariableScope scope) {
    boolean accepted = InputRules.requireBoolean(SpendingTasks.JUSTIFICATION_ACCEPTED,
        scope.getVariable(SpendingTasks.JUSTIFICATION_ACCEPTED));
    if (!accepted) {
      InputRules.requireText(scope, SpendingTasks.SEND_BACK_REASON, InputRules.MAX_TEXT);
    }
    return accepted;
  }

  /** ChaseMissingJustification: what the coordinator did about the missing justification. */
  public void chase(VariableScope scope) {
    InputRules.requireText(scope, SpendingTasks.CHASE_NOTES, InputRules.MAX_TEXT);
  }

  /** ReviewOverrunAlert: what the regional government does about it. */
  public void alertReview(VariableScope scope) {
    InputRules.requireText(scope, SpendingTasks.ALERT_RESPONSE, InputRules.MAX_TEXT);
  }
}
