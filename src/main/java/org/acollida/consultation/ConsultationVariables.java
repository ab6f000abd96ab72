package org.acollida.consultation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import org.acollida.contract.ConsultationContract;
import org.acollida.contract.RoundStatus;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.spin.plugin.variable.SpinValues;
import org.camunda.spin.plugin.variable.value.JsonValue;

/**
 * The consultation round's variables: every name in one place, read and written with their types.
 * The first block is the contract (start and readable variables); the rest is the round's own state.
 */
public final class ConsultationVariables {

  public static final String CONSULTATION_CODE = ConsultationContract.CONSULTATION_CODE;
  public static final String TOPIC = ConsultationContract.TOPIC;
  public static final String STRATEGY_PRIORITY = ConsultationContract.STRATEGY_PRIORITY;
  public static final String STAKEHOLDERS = ConsultationContract.STAKEHOLDERS;
  public static final String CONTRIBUTION_DEADLINE = ConsultationContract.CONTRIBUTION_DEADLINE;
  public static final String ROUND_STATUS = ConsultationContract.ROUND_STATUS;
  public static final String RESPONSE_RATE = ConsultationContract.RESPONSE_RATE;
  public static final String MIGRANT_ASSOCIATION_SHARE = ConsultationContract.MIGRANT_ASSOCIATION_SHARE;
  public static final String MIGRANT_RESPONSE_SHARE = ConsultationContract.MIGRANT_RESPONSE_SHARE;

  /** Optional at the start: the round this one follows, and the points it left open. */
  public static final String PREVIOUS_CONSULTATION_CODE = "previousConsultationCode";
  public static final String CARRIED_FORWARD_POINTS = "carriedForwardPoints";

  /** How many of those invited are migrant associations, of how many, and that share in whole percent. */
  public static final String MIGRANT_ASSOCIATIONS_INVITED = "migrantAssociationsInvited";
  public static final String STAKEHOLDERS_INVITED = "stakeholdersInvited";
  public static final String MIGRANT_ASSOCIATION_PERCENT = "migrantAssociationPercent";
  public static final String REPRESENTATION_JUSTIFIED = "representationJustified";
  public static final String REPRESENTATION_JUSTIFICATION = "representationJustification";
  /** Output of the representation-check decision (DMN). */
  public static final String REPRESENTATION_SUFFICIENT = "representationSufficient";
  public static final String REMINDER_DATE = "reminderDate";
  public static final String REMINDER_SENT = "reminderSent";
  public static final String REMINDER_SENT_AT = "reminderSentAt";
  public static final String CONTRIBUTIONS = ConsultationContract.CONTRIBUTIONS;
  public static final String INVITED_COUNT = "invitedCount";
  public static final String RESPONSE_COUNT = "responseCount";
  public static final String QUORUM = "quorum";
  public static final String QUORUM_MET = "quorumMet";
  public static final String DEADLINE_EXTENDED = "deadlineExtended";
  public static final String ORIGINAL_CONTRIBUTION_DEADLINE = "originalContributionDeadline";
  public static final String EXTEND_DEADLINE = "extendDeadline";
  public static final String SYNTHESIS = ConsultationContract.SYNTHESIS;
  public static final String SYNTHESIS_SUMMARY = "synthesisSummary";
  public static final String SYNTHESIS_APPROVED = "synthesisApproved";
  public static final String APPROVAL_COMMENTS = "approvalComments";
  /** Partially accepted and rejected contributions, summarised: a next round's carriedForwardPoints. */
  public static final String OPEN_POINTS = "openPoints";
  public static final String PUBLISHED_AT = "publishedAt";
  public static final String REPORT_PATH = "reportPath";
  public static final String CALL_NEXT_ROUND = "callNextRound";
  public static final String NEXT_CONSULTATION_CODE = "nextConsultationCode";

  /**
   * The multi-instance element variable of SubmitContribution: the stakeholder invited, read when the invitation
   * is created (whoever works on the task may rewrite it afterwards; SealedContributions records the author).
   */
  public static final String STAKEHOLDER_ID = "stakeholderId";

  private static final ObjectMapper JSON = new ObjectMapper();

  private final VariableScope scope;

  private ConsultationVariables(VariableScope scope) {
    this.scope = scope;
  }

  public static ConsultationVariables of(VariableScope scope) {
    return new ConsultationVariables(scope);
  }

  public String consultationCode() {
    return (String) scope.getVariable(CONSULTATION_CODE);
  }

  public String topic() {
    return (String) scope.getVariable(TOPIC);
  }

  public int strategyPriority() {
    return ((Number) scope.getVariable(STRATEGY_PRIORITY)).intValue();
  }

  public LocalDate contributionDeadline() {
    return LocalDate.parse((String) scope.getVariable(CONTRIBUTION_DEADLINE));
  }

  public void setContributionDeadline(LocalDate deadline) {
    scope.setVariable(CONTRIBUTION_DEADLINE, deadline.toString());
  }

  public List<Stakeholder> stakeholders() {
    return readList(STAKEHOLDERS, new TypeReference<>() {});
  }

  /** Stored as Json whatever form (Json or text) the stakeholders arrived in. */
  public void setStakeholders(List<Stakeholder> stakeholders) {
    writeJson(STAKEHOLDERS, stakeholders);
  }

  public Stakeholder stakeholder(String id) {
    return stakeholders().stream().filter(s -> s.id().equals(id)).findFirst()
        .orElseThrow(() -> new IllegalStateException("no invited stakeholder " + id));
  }

  public List<Contribution> contributions() {
    return scope.getVariable(CONTRIBUTIONS) == null ? List.of() : readList(CONTRIBUTIONS, new TypeReference<>() {});
  }

  public void setContributions(List<Contribution> contributions) {
    writeJson(CONTRIBUTIONS, contributions);
  }

  public List<Contribution> synthesis() {
    return scope.getVariable(SYNTHESIS) == null ? List.of() : readList(SYNTHESIS, new TypeReference<>() {});
  }

  public void setSynthesis(List<Contribution> synthesis) {
    writeJson(SYNTHESIS, synthesis);
  }

  public List<String> carriedForwardPoints() {
    return scope.getVariable(CARRIED_FORWARD_POINTS) == null ? List.of()
        : readList(CARRIED_FORWARD_POINTS, new TypeReference<>() {});
  }

  public void setCarriedForwardPoints(List<String> points) {
    writeJson(CARRIED_FORWARD_POINTS, points);
  }

  public List<String> openPoints() {
    return scope.getVariable(OPEN_POINTS) == null ? List.of() : readList(OPEN_POINTS, new TypeReference<>() {});
  }

  public void setOpenPoints(List<String> points) {
    writeJson(OPEN_POINTS, points);
  }

  public void setStatus(RoundStatus status) {
    scope.setVariable(ROUND_STATUS, status.name());
  }

  public RoundStatus status() {
    return RoundStatus.valueOf((String) scope.getVariable(ROUND_STATUS));
  }

  /** The round's representation in numbers; forms say them in the reader's language. */
  public void setRepresentation(List<Stakeholder> stakeholders) {
    double share = Representation.migrantAssociationShare(stakeholders);
    scope.setVariable(MIGRANT_ASSOCIATION_SHARE, share);
    scope.setVariable(MIGRANT_ASSOCIATIONS_INVITED, Representation.migrantAssociations(stakeholders));
    scope.setVariable(STAKEHOLDERS_INVITED, stakeholders.size());
    scope.setVariable(MIGRANT_ASSOCIATION_PERCENT, (int) Math.round(share * 100));
  }

  public double migrantAssociationShare() {
    return (Double) scope.getVariable(MIGRANT_ASSOCIATION_SHARE);
  }

  public void setRepresentationJustification(String justification) {
    scope.setVariable(REPRESENTATION_JUSTIFIED, justification != null);
    if (justification != null) {
      scope.setVariable(REPRESENTATION_JUSTIFICATION, justification);
    }
  }

  public void setReminder(LocalDate reminderDate) {
    scope.setVariable(REMINDER_DATE, reminderDate.toString());
    scope.setVariable(REMINDER_SENT, false);
  }

  public void recordReminderSent(String at) {
    scope.setVariable(REMINDER_SENT, true);
    scope.setVariable(REMINDER_SENT_AT, at);
  }

  public void setResponses(int invited, int answered, double responseRate, double migrantResponseShare,
      double quorum, boolean quorumMet) {
    scope.setVariable(INVITED_COUNT, invited);
    scope.setVariable(RESPONSE_COUNT, answered);
    scope.setVariable(RESPONSE_RATE, responseRate);
    scope.setVariable(MIGRANT_RESPONSE_SHARE, migrantResponseShare);
    scope.setVariable(QUORUM, quorum);
    scope.setVariable(QUORUM_MET, quorumMet);
  }

  public boolean deadlineExtended() {
    return Boolean.TRUE.equals(scope.getVariable(DEADLINE_EXTENDED));
  }

  public void recordDeadlineDecision(boolean extend, LocalDate newDeadline) {
    scope.setVariable(EXTEND_DEADLINE, extend);
    if (extend) {
      scope.setVariable(ORIGINAL_CONTRIBUTION_DEADLINE, scope.getVariable(CONTRIBUTION_DEADLINE));
      setContributionDeadline(newDeadline);
      scope.setVariable(DEADLINE_EXTENDED, true);
    }
  }

  public void setSynthesisSummary(String summary) {
    scope.setVariable(SYNTHESIS_SUMMARY, summary);
  }

  public void recordApproval(boolean approved, String comments) {
    scope.setVariable(SYNTHESIS_APPROVED, approved);
    scope.setVariable(APPROVAL_COMMENTS, comments);
  }

  public void recordPublication(String at, String reportPath) {
    scope.setVariable(PUBLISHED_AT, at);
    scope.setVariable(REPORT_PATH, reportPath);
  }

  public void recordNextRound(boolean call, String nextCode) {
    scope.setVariable(CALL_NEXT_ROUND, call);
    scope.setVariable(NEXT_CONSULTATION_CODE, nextCode);
  }

  public String previousConsultationCode() {
    Object code = scope.getVariable(PREVIOUS_CONSULTATION_CODE);
    return code instanceof String s ? s : null;
  }

  private <T> T readList(String name, TypeReference<T> type) {
    Object raw = scope.getVariable(name);
    try {
      return JSON.readValue(raw.toString(), type);
    } catch (JsonProcessingException e) {
      // validated when stored: only a change by hand (in Cockpit, say) gets here
      throw new IllegalStateException("Consultation round " + scope.getVariable(CONSULTATION_CODE) + ": variable "
          + name + " must be JSON but cannot be read (" + e.getOriginalMessage() + "); correct it in Cockpit, then "
          + "retry the job", e);
    }
  }

  private void writeJson(String name, Object value) {
    scope.setVariable(name, json(value));
  }

  /** A Json variable value holding this object (stakeholders, contributions, points). */
  public static JsonValue json(Object value) {
    try {
      return SpinValues.jsonValue(JSON.writeValueAsString(value)).create();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot be written as JSON: " + value, e);
    }
  }

  /** A task's own form field (local to the task, so one stakeholder's answer never pre-fills another's). */
  public static Object local(VariableScope taskScope, String name) {
    return taskScope.getVariableLocal(name);
  }
}
