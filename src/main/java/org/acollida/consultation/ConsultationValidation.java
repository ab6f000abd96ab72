package org.acollida.consultation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.acollida.common.InputRules;
import org.acollida.common.InvalidInputException;
import org.acollida.common.SystemAccess;
import org.acollida.contract.ContributionAnswer;
import org.acollida.contract.MeasureContract;
import org.acollida.contract.ProgrammeCalendar;
import org.acollida.contract.StakeholderCategory;
import org.acollida.organisation.OpenCaseCodes;
import org.acollida.organisation.OrganisationRegistry;
import org.acollida.strategy.StrategyRegistry;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Every rule on what people and clients send to a consultation round: the start, and each task's
 * form. Called by the start listener and the tasks' completion listeners, inside the engine's
 * transaction, so a refusal changes nothing.
 */
@Component
public class ConsultationValidation {

  static final int MAX_STAKEHOLDERS = 200;
  static final int MAX_NAME = 200;
  private static final int MAX_TOPIC = 500;

  private final IdentityService identity;
  private final StrategyRegistry strategy;
  private final OrganisationRegistry organisations;
  private final OpenCaseCodes openCodes;

  public ConsultationValidation(@Lazy IdentityService identity, StrategyRegistry strategy,
      OrganisationRegistry organisations, OpenCaseCodes openCodes) {
    this.identity = identity;
    this.strategy = strategy;
    this.organisations = organisations;
    this.openCodes = openCodes;
  }

  /** What a valid start holds. */
  public record Registration(String consultationCode, String topic, int strategyPriority,
      List<Stakeholder> stakeholders, LocalDate contributionDeadline, String previousConsultationCode,
      List<String> carriedForwardPoints) {}

  /** The start: everything but the uniqueness of the code, which the claim decides. */
  public Registration validateRegistration(VariableScope scope) {
    String code = InputRules.requireCode(scope, ConsultationVariables.CONSULTATION_CODE);
    String topic = InputRules.requireText(scope, ConsultationVariables.TOPIC, MAX_TOPIC);
    int priority = strategyPriority(scope);
    List<Stakeholder> stakeholders = stakeholders(scope.getVariable(ConsultationVariables.STAKEHOLDERS));
    LocalDate deadline = futureDate(scope, ConsultationVariables.CONTRIBUTION_DEADLINE);
    String previous = null;
    if (scope.getVariable(ConsultationVariables.PREVIOUS_CONSULTATION_CODE) != null) {
      previous = InputRules.requireCode(scope, ConsultationVariables.PREVIOUS_CONSULTATION_CODE);
      if (previous.equals(code)) {
        throw new InvalidInputException(ConsultationVariables.PREVIOUS_CONSULTATION_CODE,
            "must be another round's code than this round's");
      }
    }
    List<String> carried = carriedForwardPoints(scope.getVariable(ConsultationVariables.CARRIED_FORWARD_POINTS));
    return new Registration(code, topic, priority, stakeholders, deadline, previous, carried);
  }

  /**
   * One of the strategy's five priorities, 1 to 5. The start form's select submits a number; a client that sends the
   * option's text ("1".."5") is accepted too, and the registration stores the Integer either way.
   */
  private static int strategyPriority(VariableScope scope) {
    Object value = scope.getVariable(ConsultationVariables.STRATEGY_PRIORITY);
    if (value instanceof String text && text.strip().matches("[1-5]")) {
      return Integer.parseInt(text.strip());
    }
    return InputRules.requireInteger(scope, ConsultationVariables.STRATEGY_PRIORITY, 1, 5);
  }

  /** A date (yyyy-MM-dd) after today by the engine clock: contributions close at the start of that day. */
  public LocalDate futureDate(VariableScope scope, String field) {
    LocalDate date = InputRules.requireDate(scope, field);
    if (!date.isAfter(ProgrammeCalendar.today())) {
      throw new InvalidInputException(field, "must be a date after today (" + ProgrammeCalendar.today() + ")");
    }
    return date;
  }

  /** Parses and checks the stakeholders from a Json variable or JSON text (as a form sends it). */
  public List<Stakeholder> stakeholders(Object raw) {
    String field = ConsultationVariables.STAKEHOLDERS;
    String shape = "must be a JSON array of {\"id\", \"name\", \"category\", \"user\"}";
    if (raw == null) {
      throw new InvalidInputException(field, "is required");
    }
    JsonNode root = InputRules.readJson(field, raw, shape);
    if (!(root instanceof ArrayNode array)) {
      throw new InvalidInputException(field, shape);
    }
    if (array.isEmpty()) {
      throw new InvalidInputException(field, "must list at least one stakeholder");
    }
    if (array.size() > MAX_STAKEHOLDERS) {
      throw new InvalidInputException(field, "must list at most " + MAX_STAKEHOLDERS + " stakeholders");
    }
    List<Stakeholder> stakeholders = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < array.size(); i++) {
      JsonNode entry = array.get(i);
      String at = field + "[" + i + "]";
      if (!entry.isObject()) {
        throw new InvalidInputException(at, "must be an object {\"id\", \"name\", \"category\", \"user\"}");
      }
      String id = InputRules.requireCode(at + ".id", text(entry, at + ".id", 64));
      if (!ids.add(id)) {
        throw new InvalidInputException(at + ".id", "stakeholder id '" + id + "' is listed more than once");
      }
      String name = text(entry, at + ".name", MAX_NAME);
      StakeholderCategory category = InputRules.requireOneOf(at + ".category",
          entry.path("category").isTextual() ? entry.get("category").asText() : null, StakeholderCategory.class);
      String user = text(entry, at + ".user", 64);
      if (!userExists(user)) {
        throw new InvalidInputException(at + ".user", "unknown user '" + InputRules.abbreviate(user) + "'");
      }
      stakeholders.add(new Stakeholder(id, name, category, user));
    }
    return stakeholders;
  }

  private static String text(JsonNode entry, String field, int max) {
    String key = field.substring(field.lastIndexOf('.') + 1);
    JsonNode value = entry.get(key);
    Object given = value == null || value.isNull() ? null : value.isTextual() ? value.asText() : value;
    return InputRules.requireText(field, given, max);
  }

  /**
   * The person must be known to the engine's identity service, or nobody would see the invitation. The
   * facilitator may not be allowed to list users; the check is the application's, not theirs.
   */
  private boolean userExists(String user) {
    return SystemAccess.asSystem(() -> identity.createUserQuery().userId(user).count() > 0);
  }

  List<String> carriedForwardPoints(Object raw) {
    String field = ConsultationVariables.CARRIED_FORWARD_POINTS;
    if (raw == null) {
      return List.of();
    }
    JsonNode root = InputRules.readJson(field, raw, "must be a JSON array of texts");
    if (!(root instanceof ArrayNode array) || array.size() > MAX_STAKEHOLDERS) {
      throw new InvalidInputException(field, "must be a JSON array of at most " + MAX_STAKEHOLDERS + " texts");
    }
    List<String> points = new ArrayList<>();
    for (int i = 0; i < array.size(); i++) {
      JsonNode point = array.get(i);
      points.add(InputRules.requireText(field + "[" + i + "]", point.isTextual() ? point.asText() : null, InputRules.MAX_TEXT));
    }
    return points;
  }

  /** SubmitContribution: the stakeholder's own text. */
  public String contributionText(VariableScope taskScope) {
    return InputRules.requireText(ConsultationTasks.CONTRIBUTION_TEXT,
        ConsultationVariables.local(taskScope, ConsultationTasks.CONTRIBUTION_TEXT), InputRules.MAX_TEXT);
  }

  /** ImproveRepresentation: the stakeholders as revised, and a justification when the share did not rise. */
  public record RepresentationImprovement(List<Stakeholder> stakeholders, String justification) {}

  public RepresentationImprovement representationImprovement(VariableScope taskScope, double previousShare) {
    List<Stakeholder> stakeholders = stakeholders(taskScope.getVariable(ConsultationVariables.STAKEHOLDERS));
    Object rawJustification = ConsultationVariables.local(taskScope, ConsultationTasks.JUSTIFICATION);
    String justification = rawJustification == null || (rawJustification instanceof String s && s.isBlank())
        ? null : InputRules.requireText(ConsultationTasks.JUSTIFICATION, rawJustification, InputRules.MAX_TEXT);
    double share = Representation.migrantAssociationShare(stakeholders);
    if (justification == null && share <= previousShare) {
      throw new InvalidInputException(ConsultationTasks.JUSTIFICATION,
          "is required unless you invite more migrant associations: their share did not rise ("
              + Representation.percent(previousShare) + " before, " + Representation.percent(share) + " now)");
    }
    return new RepresentationImprovement(stakeholders, justification);
  }

  /** DecideOnQuorum: whether to extend, and to which later date. */
  public record QuorumDecision(boolean extend, LocalDate newDeadline) {}

  public QuorumDecision quorumDecision(VariableScope taskScope, LocalDate currentDeadline) {
    boolean extend = InputRules.requireBoolean(ConsultationVariables.EXTEND_DEADLINE,
        ConsultationVariables.local(taskScope, ConsultationVariables.EXTEND_DEADLINE));
    if (!extend) {
      return new QuorumDecision(false, null);
    }
    LocalDate newDeadline = futureDate(taskScope, ConsultationTasks.NEW_CONTRIBUTION_DEADLINE);
    if (!newDeadline.isAfter(currentDeadline)) {
      throw new InvalidInputException(ConsultationTasks.NEW_CONTRIBUTION_DEADLINE,
          "must be after the current deadline " + currentDeadline);
    }
    return new QuorumDecision(true, newDeadline);
  }

  /**
   * SynthesiseContributions: every contribution answered (accepted, partially accepted or rejected)
   * with a reason. Returns the contributions with their answers; the texts are the stakeholders'
   * as received, whatever the form sent back.
   */
  public List<Contribution> synthesis(Object raw, List<Contribution> received) {
    String field = ConsultationVariables.SYNTHESIS;
    String shape = "must be a JSON array of {\"stakeholderId\", \"answer\", \"reason\"}";
    JsonNode root = raw == null ? JsonNodeFactory.instance.arrayNode() : InputRules.readJson(field, raw, shape);
    if (!(root instanceof ArrayNode array) || array.size() > MAX_STAKEHOLDERS) {
      throw new InvalidInputException(field, shape);
    }
    Map<String, Integer> position = new HashMap<>();
    for (int i = 0; i < array.size(); i++) {
      JsonNode entry = array.get(i);
      String at = field + "[" + i + "]";
      JsonNode id = entry.get("stakeholderId");
      if (!entry.isObject() || id == null || !id.isTextual()) {
        throw new InvalidInputException(at + ".stakeholderId", "is required: the stakeholder whose contribution is answered");
      }
      if (received.stream().noneMatch(c -> c.stakeholderId().equals(id.asText()))) {
        throw new InvalidInputException(at + ".stakeholderId", "'" + InputRules.abbreviate(id.asText())
            + "' made no contribution in this round");
      }
      if (position.put(id.asText(), i) != null) {
        throw new InvalidInputException(at + ".stakeholderId", "'" + id.asText() + "' is answered more than once");
      }
    }
    List<Contribution> answered = new ArrayList<>();
    for (Contribution contribution : received) {
      Integer i = position.get(contribution.stakeholderId());
      if (i == null) {
        throw new InvalidInputException(field, "the contribution of " + contribution.stakeholderName() + " ("
            + contribution.stakeholderId() + ") is unanswered: every contribution needs an answer and a reason");
      }
      String at = field + "[" + i + "]";
      JsonNode entry = array.get(i);
      JsonNode answer = entry.get("answer");
      if (answer == null || answer.isNull() || (answer.isTextual() && answer.asText().isBlank())) {
        throw new InvalidInputException(at + ".answer", "is required: the contribution of "
            + contribution.stakeholderName() + " is unanswered; one of " + Arrays.toString(ContributionAnswer.values()));
      }
      ContributionAnswer value = InputRules.requireOneOf(at + ".answer", answer.isTextual() ? answer.asText() : answer.toString(),
          ContributionAnswer.class);
      JsonNode reason = entry.get("reason");
      String why = InputRules.requireText(at + ".reason",
          reason == null || reason.isNull() ? null : reason.isTextual() ? reason.asText() : reason.toString(), InputRules.MAX_TEXT);
      answered.add(measureOf(entry, at, contribution.answered(value, why)));
    }
    return answered;
  }

  /**
   * What an answer names for the measure its contribution becomes, all optional: the strategy objective it serves,
   * the organisation responsible, and an open measure to join instead of starting one (duplicates merged).
   */
  private Contribution measureOf(JsonNode entry, String at, Contribution answered) {
    String objective = optionalEntryText(entry, "objective");
    String responsible = optionalEntryText(entry, "responsibleOrganisation");
    String join = optionalEntryText(entry, "joinMeasureCode");
    if (!answered.adopted() && (objective != null || responsible != null || join != null)) {
      String field = join != null ? "joinMeasureCode" : objective != null ? "objective" : "responsibleOrganisation";
      throw new InvalidInputException(at + "." + field, "is named only for an accepted or partially accepted"
          + " contribution: a rejected one becomes no measure");
    }
    if (objective != null) {
      objective = strategy.requireObjective(at + ".objective", objective).id();
    }
    if (responsible != null && organisations.find(responsible).isEmpty()) {
      throw new InvalidInputException(at + ".responsibleOrganisation", "must be an organisation of the registry: "
          + organisations.all().stream().map(o -> o.id()).toList());
    }
    if (join != null) {
      InputRules.requireCode(at + ".joinMeasureCode", join);
      if (!openCodes.isOpen(MeasureContract.CASE_KIND, join)) {
        throw new InvalidInputException(at + ".joinMeasureCode", "'" + join + "' is no open measure");
      }
    }
    return answered.forMeasure(objective, responsible, join);
  }

  private static String optionalEntryText(JsonNode entry, String key) {
    JsonNode value = entry.get(key);
    if (value == null || value.isNull() || (value.isTextual() && value.asText().isBlank())) {
      return null;
    }
    return value.isTextual() ? value.asText().strip() : value.toString();
  }

  public String optionalText(VariableScope scope, String field) {
    return InputRules.optionalText(scope, field, InputRules.MAX_TEXT);
  }

  /** ApproveSynthesis: approved or sent back; sending back needs comments saying what to revise. */
  public record Approval(boolean approved, String comments) {}

  public Approval approval(VariableScope taskScope) {
    boolean approved = InputRules.requireBoolean(ConsultationVariables.SYNTHESIS_APPROVED,
        ConsultationVariables.local(taskScope, ConsultationVariables.SYNTHESIS_APPROVED));
    Object raw = ConsultationVariables.local(taskScope, ConsultationVariables.APPROVAL_COMMENTS);
    String comments = raw == null || (raw instanceof String s && s.isBlank()) ? null
        : InputRules.requireText(ConsultationVariables.APPROVAL_COMMENTS, raw, InputRules.MAX_TEXT);
    if (!approved && comments == null) {
      throw new InvalidInputException(ConsultationVariables.APPROVAL_COMMENTS,
          "is required when the synthesis is sent back: say what to revise");
    }
    return new Approval(approved, comments);
  }

  /** DecideNextRound: whether to call the next round, its code and deadline. */
  public record NextRound(boolean call, String code, LocalDate deadline) {}

  public NextRound nextRound(VariableScope taskScope, String thisCode) {
    boolean call = InputRules.requireBoolean(ConsultationVariables.CALL_NEXT_ROUND,
        ConsultationVariables.local(taskScope, ConsultationVariables.CALL_NEXT_ROUND));
    if (!call) {
      return new NextRound(false, null, null);
    }
    String code = InputRules.requireCode(ConsultationVariables.NEXT_CONSULTATION_CODE, InputRules.requireText(
        ConsultationVariables.NEXT_CONSULTATION_CODE,
        ConsultationVariables.local(taskScope, ConsultationVariables.NEXT_CONSULTATION_CODE), 64));
    if (code.equals(thisCode)) {
      throw new InvalidInputException(ConsultationVariables.NEXT_CONSULTATION_CODE, "must differ from this round's code");
    }
    LocalDate deadline = futureDate(taskScope, ConsultationTasks.NEXT_CONTRIBUTION_DEADLINE);
    return new NextRound(true, code, deadline);
  }
}
