package org.acollida.agreement;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.acollida.common.DocumentRules;
import org.acollida.common.InputRules;
import org.acollida.common.InvalidInputException;
import org.acollida.contract.AgreementContract;
import org.acollida.contract.DocumentKind;
import org.acollida.contract.ProgrammeCalendar;
import org.acollida.contract.RequestContract;
import org.acollida.organisation.Organisation;
import org.acollida.organisation.OrganisationRegistry;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/**
 * Every rule on what people and clients send to the agreement process, for the start and for
 * each task. Called by the registration listener and the task-completion listener.
 */
@Component
public class AgreementValidation {

  /** The field of a "no" vote that says why. */
  public static final String EXTENSION_REFUSAL_REASON = "extensionRefusalReason";

  private static final int MAX_SIGNATORIES = 50;
  /** The largest budget line, at registration and in a vote's yes. */
  static final BigDecimal MAX_BUDGET_EUR = new BigDecimal("1000000000");

  private final OrganisationRegistry registry;

  public AgreementValidation(OrganisationRegistry registry) {
    this.registry = registry;
  }

  /** What a valid registration holds. */
  public record Registration(String agreementCode, LocalDate startDate, List<Signatory> signatories) {}

  /** Registration: everything but the uniqueness of the code, which the claim decides. */
  public Registration validateRegistration(VariableScope scope) {
    String code = InputRules.requireCode(scope, AgreementVariables.AGREEMENT_CODE);
    LocalDate startDate = InputRules.requireDate(scope, AgreementVariables.START_DATE);
    if (!AgreementRules.initialTermEnd(startDate).isAfter(ProgrammeCalendar.today())) {
      throw new InvalidInputException(AgreementVariables.START_DATE,
          "the two-year term from this date has already ended; only agreements still in force can be registered");
    }
    List<Signatory> signatories = parseSignatories(scope.getVariable(AgreementVariables.SIGNATORIES));
    checkSignatories(signatories);
    // the signed agreement may come with the registration (over REST; Tasklist's form has no file field, so there
    // it is added in the Documents tab afterwards): checked like any document
    DocumentRules.checkOptionalDocument(scope, DocumentKind.SIGNED_AGREEMENT.key(), DocumentRules.FIVE_MEGABYTES);
    return new Registration(code, startDate, signatories);
  }

  /** Parses the signatories from a Json variable or from JSON text (as a form sends it). */
  List<Signatory> parseSignatories(Object raw) {
    String field = AgreementVariables.SIGNATORIES;
    if (raw == null) {
      throw new InvalidInputException(field, "is required");
    }
    JsonNode root = InputRules.readJson(field, raw, "must be a JSON array of {\"organisation\", \"budgetEur\"}");
    if (!(root instanceof ArrayNode array) || array.isEmpty()) {
      throw new InvalidInputException(field, "must be a non-empty JSON array of {\"organisation\", \"budgetEur\"}");
    }
    if (array.size() > MAX_SIGNATORIES) {
      throw new InvalidInputException(field, "must list at most " + MAX_SIGNATORIES + " organisations");
    }
    List<Signatory> signatories = new ArrayList<>();
    for (int i = 0; i < array.size(); i++) {
      JsonNode entry = array.get(i);
      String at = field + "[" + i + "]";
      if (!entry.isObject()) {
        throw new InvalidInputException(at, "must be an object {\"organisation\", \"budgetEur\"}");
      }
      JsonNode organisation = entry.get("organisation");
      if (organisation == null || !organisation.isTextual() || organisation.asText().isBlank()) {
        throw new InvalidInputException(at + ".organisation", "is required and must be an organisation id");
      }
      JsonNode budget = entry.get("budgetEur");
      if (budget == null || !budget.isNumber()) {
        throw new InvalidInputException(at + ".budgetEur", "is required and must be a number of euros");
      }
      BigDecimal amount = budget.decimalValue();
      if (amount.signum() < 0) {
        throw new InvalidInputException(at + ".budgetEur", "must be 0 or more");
      }
      if (amount.compareTo(MAX_BUDGET_EUR) > 0) {
        throw new InvalidInputException(at + ".budgetEur", "must be at most 1,000,000,000");
      }
      signatories.add(new Signatory(organisation.asText(), amount));
    }
    return signatories;
  }

  private void checkSignatories(List<Signatory> signatories) {
    String field = AgreementVariables.SIGNATORIES;
    Set<String> seen = new HashSet<>();
    boolean sponsor = false;
    for (int i = 0; i < signatories.size(); i++) {
      String id = signatories.get(i).organisation();
      Organisation organisation = registry.find(id).orElseThrow(() -> new InvalidInputException(
          field, "unknown organisation '" + InputRules.abbreviate(id) + "'; known: "
              + registry.all().stream().map(Organisation::id).toList()));
      if (!seen.add(id)) {
        throw new InvalidInputException(field, "organisation '" + id + "' is listed more than once");
      }
      sponsor |= organisation.isSponsor();
    }
    if (!seen.contains(OrganisationRegistry.GOVERNMENT_ID)) {
      throw new InvalidInputException(field, "must include the regional government (" + OrganisationRegistry.GOVERNMENT_ID + ")");
    }
    if (!sponsor) {
      throw new InvalidInputException(field, "must include at least one sponsor organisation");
    }
  }

  // Task completions: what each task's form requires, checked on the server too. Each is called by its
  // task's record listener (bpmn/Record*), with the task's execution as scope.

  /**
   * VoteOnExtension: yes or no; a yes carries the voter's budget for the next two years ({@code budgetEur}: more
   * than 0 for a sponsor, 0 or more for the regional government, which funds through the sponsors' lines); a no
   * says why. Both are required only with their answer, which the form cannot require: the server does.
   */
  public ExtensionVote extensionVote(VariableScope scope) {
    boolean approved =
        InputRules.requireBoolean(AgreementVariables.EXTENSION_APPROVED, AgreementVariables.extensionApproved(scope));
    if (approved) {
      // the form hides the reason on a yes: a yes has nothing to explain, and nothing is recorded
      boolean government = OrganisationRegistry.GOVERNMENT_ID.equals(AgreementVariables.voterOrganisation(scope));
      BigDecimal budget = InputRules.requireEuros(AgreementVariables.BUDGET_EUR,
          scope.getVariableLocal(AgreementVariables.BUDGET_EUR), government, MAX_BUDGET_EUR);
      return new ExtensionVote(true, null, budget);
    }
    String reason = InputRules.requireText(EXTENSION_REFUSAL_REASON, scope.getVariableLocal(EXTENSION_REFUSAL_REASON),
        InputRules.MAX_TEXT);
    return new ExtensionVote(false, reason, null);
  }

  /** One signatory's vote; {@code refusalReason} only on a no, {@code budgetEur} only on a yes. */
  public record ExtensionVote(boolean approved, String refusalReason, BigDecimal budgetEur) {}

  /** HoldMonitoringMeeting: when it was held, and its minutes. */
  public void monitoringMeeting(VariableScope scope) {
    InputRules.requireDate(scope, AgreementTasks.MEETING_DATE);
    InputRules.requireText(scope, AgreementTasks.MEETING_MINUTES, InputRules.MAX_TEXT);
  }

  /** FinalEvaluation: the commission's summary and whether the objectives were met. */
  public AgreementTasks.ObjectivesMet finalEvaluation(VariableScope scope) {
    InputRules.requireText(scope, AgreementTasks.EVALUATION_SUMMARY, InputRules.MAX_TEXT);
    return InputRules.requireOneOf(AgreementTasks.OBJECTIVES_MET, scope.getVariable(AgreementTasks.OBJECTIVES_MET),
        AgreementTasks.ObjectivesMet.class);
  }

  /**
   * request-agreement-termination (its start listener, before the agreement hears of it): a running agreement whose
   * term still runs, and a reason. Who may ask (gva, joint-commission) is the definition's CREATE_INSTANCE grant.
   */
  public RunningAgreements.RunningAgreement terminationRequest(VariableScope scope, RunningAgreements agreements) {
    String code = InputRules.requireCode(scope, RequestContract.AGREEMENT_CODE);
    RunningAgreements.RunningAgreement agreement = agreements.find(code).orElseThrow(() -> new InvalidInputException(
        RequestContract.AGREEMENT_CODE, "no open sponsorship agreement has the code '" + code + "'"));
    if (!AgreementContract.termRunning(agreement.status().name())) {
      throw new InvalidInputException(RequestContract.AGREEMENT_CODE, "agreement '" + code + "' is "
          + agreement.status() + ": only an agreement in force can be terminated early");
    }
    validateTerminationReason(scope);
    return agreement;
  }

  public String validateTerminationReason(VariableScope scope) {
    return InputRules.requireText(scope, AgreementVariables.TERMINATION_REASON, InputRules.MAX_TEXT);
  }
}
