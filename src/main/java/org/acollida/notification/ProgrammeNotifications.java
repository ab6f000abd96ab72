package org.acollida.notification;

import static org.acollida.notification.Trigger.onActivityEnded;
import static org.acollida.notification.Trigger.onTaskCreated;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.acollida.common.SystemAccess;
import org.acollida.contract.AgreementContract;
import org.acollida.contract.ConsultationContract;
import org.acollida.contract.ItineraryContract;
import org.acollida.contract.ProcessKeys;
import org.acollida.contract.SpendingContract;
import org.acollida.contract.ProgrammeCalendar;
import org.acollida.organisation.OrganisationRegistry;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;

/**
 * The table of events that send mail: process key, element id, hook, and what each tells whom. A new process
 * adds its rows here (NotificationTriggersTest checks every row names an element of its model). Mails carry
 * codes, dates and links: never a family's personal data, never another stakeholder's contribution.
 */
public final class ProgrammeNotifications {

  // consultation-round's own variables this reads (the contract names the others)
  static final String DEADLINE_EXTENDED = "deadlineExtended";
  static final String REPORT_PATH = "reportPath";

  public static final List<Trigger> TRIGGERS = List.of(
      onTaskCreated(ProcessKeys.CONSULTATION, "SubmitContribution", ProgrammeNotifications::invitation),
      onActivityEnded(ProcessKeys.CONSULTATION, "RecordContributionReminder", ProgrammeNotifications::reminders),
      onActivityEnded(ProcessKeys.CONSULTATION, "PublishResults", ProgrammeNotifications::results),

      onTaskCreated(ProcessKeys.AGREEMENT, "VoteOnExtension", (execution, task) -> List.of(toCandidateGroups(task,
          MailKind.EXTENSION_VOTE_OPENED, agreement(execution, "termEndDate", text(execution, AgreementContract.TERM_END_DATE))))),
      onActivityEnded(ProcessKeys.AGREEMENT, "ExtendAgreementTerm", (execution, task) -> voteOutcome(execution, "EXTENDED")),
      onActivityEnded(ProcessKeys.AGREEMENT, "RecordExtensionRefused", (execution, task) -> voteOutcome(execution, "REFUSED")),
      onTaskCreated(ProcessKeys.AGREEMENT, "HoldMonitoringMeeting", (execution, task) -> List.of(toCandidateGroups(task,
          MailKind.MONITORING_MEETING_DUE, agreement(execution, "dueDate", date(task.getDueDate()))))),
      onTaskCreated(ProcessKeys.AGREEMENT, "FinalEvaluation", (execution, task) -> List.of(toCandidateGroups(task,
          MailKind.FINAL_EVALUATION_DUE, agreement(execution, "dueDate", date(task.getDueDate()))))),

      onTaskCreated(ProcessKeys.ITINERARY, "PrepareReception", (execution, task) -> List.of(toCandidateGroups(task,
          MailKind.FAMILY_REGISTERED, family(execution, ItineraryContract.MUNICIPALITY,
              text(execution, ItineraryContract.MUNICIPALITY))))),
      onTaskCreated(ProcessKeys.ITINERARY, "MediateBreakdown", (execution, task) -> List.of(toCandidateGroups(task,
          MailKind.BREAKDOWN_MEDIATION, family(execution, null, null)))),
      onTaskCreated(ProcessKeys.ITINERARY, "CloseItinerary", (execution, task) -> List.of(toCandidateGroups(task,
          MailKind.CLOSURE_AWAITING_APPROVAL, family(execution, null, null)))),
      onTaskCreated(ProcessKeys.HAND_OVER_ACCEPTANCE, "AcceptHandOver", (execution, task) -> List.of(toCandidateGroups(task,
          MailKind.HAND_OVER_TO_ACCEPT, family(execution, ItineraryContract.MUNICIPALITY,
              text(execution, ItineraryContract.MUNICIPALITY))))),

      onTaskCreated(ProcessKeys.JUSTIFICATION, "SubmitJustification", (execution, task) -> List.of(toCandidateGroups(task,
          MailKind.JUSTIFICATION_DUE, spending(execution, "dueDate", date(task.getDueDate()))))),
      onTaskCreated(ProcessKeys.JUSTIFICATION, "ReviewJustification", (execution, task) -> List.of(toCandidateGroups(task,
          MailKind.JUSTIFICATION_SUBMITTED, spending(execution, "periodEnd",
              text(execution, SpendingContract.JUSTIFICATION_PERIOD_END))))),
      onTaskCreated(ProcessKeys.JUSTIFICATION, "ChaseMissingJustification", (execution, task) -> List.of(
          toCandidateGroups(task, MailKind.JUSTIFICATION_OVERDUE, spending(execution, "periodEnd",
              text(execution, SpendingContract.JUSTIFICATION_PERIOD_END))))),
      onTaskCreated(ProcessKeys.EXPENSE, "ReviewOverrunAlert", (execution, task) -> List.of(toCandidateGroups(task,
          MailKind.OVERRUN_ALERT, spending(execution, "alertLevel", text(execution, SpendingContract.ALERT_LEVEL))))));

  private static final ObjectMapper JSON = new ObjectMapper();

  private ProgrammeNotifications() {}

  /** An invitation goes to the stakeholder's user; after an extension, the new one says the deadline moved. */
  static List<Notification> invitation(DelegateExecution execution, DelegateTask task) {
    MailKind kind = Boolean.TRUE.equals(execution.getVariable(DEADLINE_EXTENDED))
        ? MailKind.CONSULTATION_DEADLINE_EXTENDED : MailKind.CONSULTATION_INVITATION;
    Map<String, String> params = consultation(execution);
    params.put(Notification.LINK, Notification.taskPath(task.getId()));
    return List.of(Notification.toUsers(kind, params, List.of(Objects.toString(task.getAssignee(), ""))));
  }

  /** To each stakeholder whose invitation is still open, with the link to it. */
  static List<Notification> reminders(DelegateExecution execution, DelegateTask ignored) {
    List<Task> open = SystemAccess.asSystem(() -> execution.getProcessEngineServices().getTaskService().createTaskQuery()
        .processInstanceId(execution.getProcessInstanceId()).taskDefinitionKey("SubmitContribution").list());
    List<Notification> reminders = new ArrayList<>();
    for (Task task : open) {
      Map<String, String> params = consultation(execution);
      params.put(Notification.LINK, Notification.taskPath(task.getId()));
      reminders.add(Notification.toUsers(MailKind.CONSULTATION_REMINDER, params,
          List.of(Objects.toString(task.getAssignee(), ""))));
    }
    return reminders;
  }

  /**
   * Each contributor learns the answer to its own contribution (state and reason, nobody else's); the other
   * invited stakeholders that the results are out. Both link to the public report.
   */
  static List<Notification> results(DelegateExecution execution, DelegateTask ignored) {
    Map<String, String> userOfStakeholder = new LinkedHashMap<>();
    for (JsonNode stakeholder : json(execution, ConsultationContract.STAKEHOLDERS)) {
      userOfStakeholder.put(stakeholder.path("id").asText(), stakeholder.path("user").asText(""));
    }
    String report = text(execution, REPORT_PATH);
    List<Notification> notifications = new ArrayList<>();
    Set<String> answered = new LinkedHashSet<>();
    for (JsonNode contribution : json(execution, ConsultationContract.SYNTHESIS)) {
      String user = userOfStakeholder.get(contribution.path("stakeholderId").asText());
      if (user == null || user.isBlank()) {
        continue;
      }
      Map<String, String> params = consultation(execution);
      params.put("answer", contribution.path("answer").asText());
      params.put("reason", contribution.path("reason").asText(""));
      params.put(Notification.LINK, report);
      notifications.add(Notification.toUsers(MailKind.CONTRIBUTION_ANSWERED, params, List.of(user)));
      answered.add(user);
    }
    Set<String> others = new LinkedHashSet<>(userOfStakeholder.values());
    others.removeAll(answered);
    Map<String, String> params = consultation(execution);
    params.put(Notification.LINK, report);
    notifications.add(Notification.toUsers(MailKind.CONSULTATION_RESULTS_PUBLISHED, params, others));
    return notifications;
  }

  /** To the members of every signatory's group and the regional government's. */
  static List<Notification> voteOutcome(DelegateExecution execution, String outcome) {
    Set<String> groups = new LinkedHashSet<>();
    groups.add(OrganisationRegistry.GOVERNMENT_ID);
    for (JsonNode signatory : json(execution, AgreementContract.SIGNATORIES)) {
      groups.add(signatory.path(AgreementContract.SIGNATORY_ORGANISATION).asText(""));
    }
    Map<String, String> params = agreement(execution, "termEndDate", text(execution, AgreementContract.TERM_END_DATE));
    params.put("outcome", outcome);
    return List.of(Notification.toGroups(MailKind.EXTENSION_VOTE_OUTCOME, params, groups));
  }

  private static Notification toCandidateGroups(DelegateTask task, MailKind kind, Map<String, String> params) {
    Set<String> groups = new LinkedHashSet<>();
    for (IdentityLink link : task.getCandidates()) {
      if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null) {
        groups.add(link.getGroupId());
      }
    }
    params.put(Notification.LINK, Notification.taskPath(task.getId()));
    Notification toGroups = Notification.toGroups(kind, params, groups);
    if (task.getAssignee() == null) {
      return toGroups;
    }
    Set<String> users = new LinkedHashSet<>(List.of(task.getAssignee()));
    return new Notification(kind, params, users, toGroups.groups());
  }

  private static Map<String, String> consultation(VariableScope scope) {
    Map<String, String> params = new LinkedHashMap<>();
    params.put("consultationCode", text(scope, ConsultationContract.CONSULTATION_CODE));
    params.put("topic", text(scope, ConsultationContract.TOPIC));
    params.put("deadline", text(scope, ConsultationContract.CONTRIBUTION_DEADLINE));
    return params;
  }

  private static Map<String, String> agreement(VariableScope scope, String name, String value) {
    Map<String, String> params = new LinkedHashMap<>();
    params.put("agreementCode", text(scope, AgreementContract.AGREEMENT_CODE));
    params.put(name, value);
    return params;
  }

  /** An organisation's budget line in an agreement: codes only, never an amount of another organisation. */
  private static Map<String, String> spending(VariableScope scope, String name, String value) {
    Map<String, String> params = new LinkedHashMap<>();
    params.put("agreementCode", text(scope, SpendingContract.AGREEMENT_CODE));
    params.put("organisation", text(scope, SpendingContract.ORGANISATION));
    params.put(name, value);
    return params;
  }

  /** The family's code (and at most its municipality): nothing else about a family goes into a mail. */
  private static Map<String, String> family(VariableScope scope, String name, String value) {
    Map<String, String> params = new LinkedHashMap<>();
    params.put("familyCode", text(scope, ItineraryContract.FAMILY_CODE));
    if (name != null) {
      params.put(name, value);
    }
    return params;
  }

  static String text(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    if (value instanceof Date date) {
      return date(date);
    }
    return value == null ? "" : value.toString();
  }

  static String date(Date date) {
    return date == null ? "" : date.toInstant().atZone(ProgrammeCalendar.ZONE).toLocalDate().toString();
  }

  private static JsonNode json(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    if (value == null) {
      return JSON.createArrayNode();
    }
    try {
      return JSON.readTree(value.toString());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(name + " is not JSON", e);
    }
  }
}
