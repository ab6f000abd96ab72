package org.acollida.agreement;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import org.acollida.common.InputRules;
import org.acollida.contract.AgreementContract;
import org.acollida.contract.AgreementStatus;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.spin.plugin.variable.SpinValues;
import org.camunda.spin.plugin.variable.value.JsonValue;

/**
 * The agreement process's variables: every name in one place, read and written with their types.
 * The first block is the contract (start and readable variables); the rest is internal state.
 */
public final class AgreementVariables {

  public static final String AGREEMENT_CODE = AgreementContract.AGREEMENT_CODE;
  public static final String START_DATE = AgreementContract.START_DATE;
  public static final String SIGNATORIES = AgreementContract.SIGNATORIES;
  public static final String AGREEMENT_STATUS = AgreementContract.AGREEMENT_STATUS;
  public static final String TERM_END_DATE = AgreementContract.TERM_END_DATE;
  public static final String EXTENSIONS_GRANTED = AgreementContract.EXTENSIONS_GRANTED;
  public static final String EXTENSION_APPROVED = "extensionApproved";
  public static final String TERMINATION_REASON = AgreementContract.TERMINATION_REASON;
  /** On a request-agreement-termination: the agreement it ends. */
  public static final String AGREEMENT_INSTANCE = "agreementInstance";

  public static final String TOTAL_BUDGET_EUR = "totalBudgetEur";
  public static final String EXTENSION_VOTE_OPENS_DATE = "extensionVoteOpensDate";
  public static final String NEXT_MONITORING_MEETING_DATE = AgreementContract.NEXT_MONITORING_MEETING_DATE;
  public static final String MONITORING_MEETINGS_HELD = "monitoringMeetingsHeld";
  /** The number in the six-monthly series (1 = six months after the start) of the meeting {@code nextMonitoringMeetingDate} names. */
  public static final String NEXT_MONITORING_MEETING_NUMBER = "nextMonitoringMeetingNumber";
  public static final String VOTES_IN_FAVOUR = "votesInFavour";
  public static final String EXTENSION_REJECTED = "extensionRejected";
  public static final String EXTENSION_REFUSED_BY = "extensionRefusedBy";
  public static final String LAST_EXTENSION_VOTE_OUTCOME = AgreementContract.LAST_EXTENSION_VOTE_OUTCOME;
  /** A vote's yes: the voter's budget for the next two years (a local of the vote). */
  public static final String BUDGET_EUR = "budgetEur";
  /** The budgets the yes votes of the open vote carried, by organisation (JSON object); added to the lines if granted. */
  public static final String PROPOSED_BUDGETS = "proposedBudgets";
  /** The multi-instance element variable of VoteOnExtension: the organisation that votes. */
  public static final String VOTER_ORGANISATION = "voterOrganisation";
  /** Sent with a signatory's proposal (message ExtensionProposed): who asked for the vote now, and why. */
  public static final String EXTENSION_PROPOSED_BY = "extensionProposedBy";
  public static final String EXTENSION_PROPOSAL_REASON = "extensionProposalReason";
  /** Who proposed the vote now open; absent when the lead time opened it. */
  public static final String EXTENSION_VOTE_PROPOSED_BY = "extensionVoteProposedBy";
  public static final String EXTENSION_VOTE_PROPOSAL_REASON = "extensionVoteProposalReason";

  /** Outcomes of an extension vote, readable as {@code lastExtensionVoteOutcome}. */
  public enum VoteOutcome { APPROVED, REFUSED, EXPIRED }

  private static final ObjectMapper JSON = new ObjectMapper();

  private final VariableScope scope;

  private AgreementVariables(VariableScope scope) {
    this.scope = scope;
  }

  public static AgreementVariables of(VariableScope scope) {
    return new AgreementVariables(scope);
  }

  public String agreementCode() {
    return (String) scope.getVariable(AGREEMENT_CODE);
  }

  public LocalDate startDate() {
    return date(START_DATE);
  }

  public List<Signatory> signatories() {
    return Signatory.readAll(scope.getVariable(SIGNATORIES).toString());
  }

  /** Stores the signatories as a Json variable, whatever form (Json or text) they arrived in. */
  public void setSignatories(List<Signatory> signatories) {
    try {
      JsonValue value = SpinValues.jsonValue(JSON.writeValueAsString(signatories)).create();
      scope.setVariable(SIGNATORIES, value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("signatories cannot be written as JSON", e);
    }
  }

  public void setStatus(AgreementStatus status) {
    scope.setVariable(AGREEMENT_STATUS, status.name());
  }

  public LocalDate termEndDate() {
    return date(TERM_END_DATE);
  }

  private LocalDate date(String name) {
    return InputRules.storedDate("Agreement " + agreementCode(), name, scope.getVariable(name));
  }

  public void setTermEndDate(LocalDate date) {
    scope.setVariable(TERM_END_DATE, date.toString());
  }

  public int extensionsGranted() {
    return (Integer) scope.getVariable(EXTENSIONS_GRANTED);
  }

  public void setExtensionsGranted(int extensions) {
    scope.setVariable(EXTENSIONS_GRANTED, extensions);
  }

  public void setTotalBudgetEur(double total) {
    scope.setVariable(TOTAL_BUDGET_EUR, total);
  }

  public void setExtensionVoteOpensDate(LocalDate date) {
    scope.setVariable(EXTENSION_VOTE_OPENS_DATE, date == null ? null : date.toString());
  }

  /** The number of the meeting last scheduled, or null before the first one is. */
  public Integer nextMonitoringMeetingNumber() {
    return (Integer) scope.getVariable(NEXT_MONITORING_MEETING_NUMBER);
  }

  /** The date of the meeting last scheduled, or null before the first one is. */
  public LocalDate nextMonitoringMeetingDate() {
    return scope.getVariable(NEXT_MONITORING_MEETING_DATE) == null ? null : date(NEXT_MONITORING_MEETING_DATE);
  }

  public void setNextMonitoringMeeting(int number, LocalDate date) {
    scope.setVariable(NEXT_MONITORING_MEETING_NUMBER, number);
    scope.setVariable(NEXT_MONITORING_MEETING_DATE, date.toString());
  }

  public int monitoringMeetingsHeld() {
    Integer held = (Integer) scope.getVariable(MONITORING_MEETINGS_HELD);
    return held == null ? 0 : held;
  }

  public void setMonitoringMeetingsHeld(int held) {
    scope.setVariable(MONITORING_MEETINGS_HELD, held);
  }

  /**
   * Moves a proposal that came with the message (if any) to the vote it opens, so that a later vote opened by the
   * lead time does not show an earlier term's proposer. Returns who proposed, or null.
   */
  public String takeProposalForVote() {
    String proposedBy = (String) scope.getVariable(EXTENSION_PROPOSED_BY);
    scope.setVariable(EXTENSION_VOTE_PROPOSED_BY, proposedBy);
    scope.setVariable(EXTENSION_VOTE_PROPOSAL_REASON, scope.getVariable(EXTENSION_PROPOSAL_REASON));
    scope.removeVariable(EXTENSION_PROPOSED_BY);
    scope.removeVariable(EXTENSION_PROPOSAL_REASON);
    return proposedBy;
  }

  /** Clears the tally before a new vote opens. */
  public void resetVote() {
    scope.setVariable(VOTES_IN_FAVOUR, 0);
    scope.setVariable(EXTENSION_REJECTED, false);
    scope.setVariable(EXTENSION_REFUSED_BY, null);
    scope.setVariable(PROPOSED_BUDGETS, "{}");
  }

  /** The budgets the open vote's yes votes carried so far, by organisation. */
  public java.util.Map<String, java.math.BigDecimal> proposedBudgets() {
    Object stored = scope.getVariable(PROPOSED_BUDGETS);
    if (stored == null) {
      return new java.util.LinkedHashMap<>();
    }
    try {
      return JSON.readValue(stored.toString(), new TypeReference<java.util.LinkedHashMap<String, java.math.BigDecimal>>() {});
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("agreement: variable " + PROPOSED_BUDGETS + " must be a JSON object of "
          + "organisation to euros but is '" + stored + "'; correct it in Cockpit, then retry", e);
    }
  }

  public void proposeBudget(String organisation, java.math.BigDecimal budgetEur) {
    java.util.Map<String, java.math.BigDecimal> proposed = proposedBudgets();
    proposed.put(organisation, budgetEur);
    try {
      scope.setVariable(PROPOSED_BUDGETS, JSON.writeValueAsString(proposed));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("proposed budgets cannot be written as JSON", e);
    }
  }

  public int votesInFavour() {
    return (Integer) scope.getVariable(VOTES_IN_FAVOUR);
  }

  public void setVotesInFavour(int votes) {
    scope.setVariable(VOTES_IN_FAVOUR, votes);
  }

  public boolean extensionRejected() {
    return Boolean.TRUE.equals(scope.getVariable(EXTENSION_REJECTED));
  }

  public void rejectExtension(String organisation) {
    scope.setVariable(EXTENSION_REJECTED, true);
    scope.setVariable(EXTENSION_REFUSED_BY, organisation);
  }

  public void setLastVoteOutcome(VoteOutcome outcome) {
    scope.setVariable(LAST_EXTENSION_VOTE_OUTCOME, outcome.name());
  }

  public String terminationReason() {
    Object reason = scope.getVariable(TERMINATION_REASON);
    return reason instanceof String s ? s : null;
  }

  /** The vote task's own answer (a local variable of the vote, so one signatory's vote never pre-fills another's). */
  public static Object extensionApproved(VariableScope voteScope) {
    return voteScope.getVariableLocal(EXTENSION_APPROVED);
  }

  public static String voterOrganisation(VariableScope voteScope) {
    return (String) voteScope.getVariable(VOTER_ORGANISATION);
  }
}
