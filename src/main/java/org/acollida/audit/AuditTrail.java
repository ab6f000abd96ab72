package org.acollida.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.acollida.audit.AuditEntry.Kind;
import org.acollida.audit.AuditedProcesses.AuditedProcess;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.history.HistoricDecisionOutputInstance;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.MessageEventDefinition;
import org.camunda.bpm.model.bpmn.instance.ReceiveTask;
import org.springframework.stereotype.Component;

/**
 * A case's audit trail, read from the engine's history and user operation log as the person asking: every query
 * runs with their user, groups and tenants set, so the engine's authorizations and tenant checks decide what they
 * read. A sponsor asking for another sponsor's family, or anyone for a case they may not follow, reads nothing, the
 * same as for a case that does not exist. Only the BPMN model (which message an event waits for) is read without
 * them: it is configuration, not a case's data.
 */
@Component
public class AuditTrail {

  /** Who is reading: the engine decides with these what they may read. */
  public record Reader(String userId, List<String> groupIds, List<String> tenantIds) {

    public Reader {
      groupIds = List.copyOf(groupIds);
      tenantIds = List.copyOf(tenantIds);
    }
  }

  /** Every instance of one process with one business key (a code may be used again after its case closed). */
  public record CaseTrail(String processKey, String businessKey, String processName, List<AuditEntry> entries) {}

  static final String TASK_COMPLETED = "completed";
  /** Operations shown through other lines: a task's completion, a case's start, a message (matched below). */
  private static final List<String> SHOWN_ELSEWHERE = List.of(UserOperationLogEntry.OPERATION_TYPE_COMPLETE,
      UserOperationLogEntry.OPERATION_TYPE_CREATE, UserOperationLogEntry.OPERATION_TYPE_CORRELATE_MESSAGE);
  private static final List<String> VARIABLE_WRITES = List.of(UserOperationLogEntry.OPERATION_TYPE_SET_VARIABLE,
      UserOperationLogEntry.OPERATION_TYPE_SET_VARIABLES, UserOperationLogEntry.OPERATION_TYPE_MODIFY_VARIABLE,
      UserOperationLogEntry.OPERATION_TYPE_REMOVE_VARIABLE);
  /** How far apart a message's correlation (operation log) and its arrival (activity history) may be stamped. */
  private static final Duration SAME_STEP = Duration.ofMinutes(1);
  private static final int LONGEST_VALUE = 200;
  private static final ObjectMapper JSON = new ObjectMapper();

  private final HistoryService history;
  private final IdentityService identity;
  private final RepositoryService repository;

  public AuditTrail(HistoryService history, IdentityService identity, RepositoryService repository) {
    this.history = history;
    this.identity = identity;
    this.repository = repository;
  }

  /** The case's trail in time order, or empty when the reader may see no instance of it (or there is none). */
  public Optional<CaseTrail> read(Reader reader, AuditedProcess process, String businessKey) {
    List<HistoricProcessInstance> instances = asReader(reader, () -> history.createHistoricProcessInstanceQuery()
        .processDefinitionKey(process.key()).processInstanceBusinessKey(businessKey)
        .orderByProcessInstanceStartTime().asc().list());
    if (instances.isEmpty()) {
      return Optional.empty();
    }
    Map<String, Map<String, String>> messagesByDefinition = new HashMap<>();
    for (HistoricProcessInstance instance : instances) {
      messagesByDefinition.computeIfAbsent(instance.getProcessDefinitionId(), this::messageEvents);
    }
    List<AuditEntry> entries = asReader(reader, () -> {
      List<AuditEntry> all = new ArrayList<>();
      for (HistoricProcessInstance instance : instances) {
        all.addAll(entriesOf(instance, process, messagesByDefinition.get(instance.getProcessDefinitionId())));
      }
      return all;
    });
    entries.sort(Comparator.comparing(AuditEntry::time).thenComparingInt(entry -> entry.kind().rank()));
    String processName = instances.get(instances.size() - 1).getProcessDefinitionName();
    return Optional.of(new CaseTrail(process.key(), businessKey, processName == null ? process.key() : processName,
        List.copyOf(entries)));
  }

  /**
   * Runs the queries as the reader. The authentication filter has already set the reader as the engine's user for
   * this request; it is set here again explicitly, and cleared afterwards, so that what is read never depends on
   * the caller having done so.
   */
  private <T> T asReader(Reader reader, Supplier<T> queries) {
    identity.setAuthentication(reader.userId(), reader.groupIds(), reader.tenantIds());
    try {
      return queries.get();
    } finally {
      identity.clearAuthentication();
    }
  }

  private List<AuditEntry> entriesOf(HistoricProcessInstance instance, AuditedProcess process,
      Map<String, String> messageEvents) {
    String id = instance.getId();
    List<AuditEntry> entries = new ArrayList<>();
    entries.add(new AuditEntry(instant(instance.getStartTime()), instance.getStartUserId(), Kind.STARTED,
        instance.getProcessDefinitionName(), null));

    Map<String, List<UserOperationLogEntry>> operations = history.createUserOperationLogQuery().processInstanceId(id)
        .orderByTimestamp().asc().list().stream()
        .collect(Collectors.groupingBy(AuditTrail::operationKey, LinkedHashMap::new, Collectors.toList()));
    Map<String, String> userByOperationId = new HashMap<>();
    Map<String, String> completedBy = new HashMap<>();
    for (List<UserOperationLogEntry> operation : operations.values()) {
      UserOperationLogEntry first = operation.get(0);
      userByOperationId.putIfAbsent(first.getOperationId(), first.getUserId());
      if (UserOperationLogEntry.OPERATION_TYPE_COMPLETE.equals(first.getOperationType()) && first.getTaskId() != null) {
        completedBy.put(first.getTaskId(), first.getUserId());
      }
    }

    Map<String, HistoricTaskInstance> tasks = new HashMap<>();
    for (HistoricTaskInstance task : history.createHistoricTaskInstanceQuery().processInstanceId(id).list()) {
      tasks.put(task.getId(), task);
      if (task.getEndTime() != null && TASK_COMPLETED.equals(task.getDeleteReason())) {
        String who = completedBy.getOrDefault(task.getId(), task.getAssignee());
        entries.add(new AuditEntry(instant(task.getEndTime()), who, Kind.TASK_COMPLETED, task.getName(), null));
      }
    }

    List<List<UserOperationLogEntry>> correlations = new ArrayList<>();
    for (List<UserOperationLogEntry> operation : operations.values()) {
      UserOperationLogEntry first = operation.get(0);
      if (UserOperationLogEntry.OPERATION_TYPE_CORRELATE_MESSAGE.equals(first.getOperationType())) {
        correlations.add(operation);
      } else if (!SHOWN_ELSEWHERE.contains(first.getOperationType())) {
        entries.add(operationEntry(operation, tasks, instance));
      }
    }
    entries.addAll(messages(id, messageEvents, correlations));
    entries.addAll(decisions(id));
    entries.addAll(variables(id, process, userByOperationId));

    if (instance.getEndTime() != null) {
      entries.add(new AuditEntry(instant(instance.getEndTime()), null, Kind.ENDED, instance.getProcessDefinitionName(),
          instance.getState()));
    }
    return entries;
  }

  /** The lines of one operation (one per property it changed) belong together: same operation, same task. */
  private static String operationKey(UserOperationLogEntry entry) {
    return entry.getOperationId() + "/" + entry.getOperationType() + "/" + entry.getTaskId();
  }

  private static AuditEntry operationEntry(List<UserOperationLogEntry> operation, Map<String, HistoricTaskInstance> tasks,
      HistoricProcessInstance instance) {
    UserOperationLogEntry first = operation.get(0);
    String type = first.getOperationType();
    HistoricTaskInstance task = first.getTaskId() == null ? null : tasks.get(first.getTaskId());
    String taskName = task == null ? null : task.getName();
    Instant time = instant(first.getTimestamp());
    String assignee = operation.stream().filter(e -> "assignee".equals(e.getProperty()))
        .map(UserOperationLogEntry::getNewValue).filter(Objects::nonNull).findFirst().orElse(null);
    if (UserOperationLogEntry.OPERATION_TYPE_CLAIM.equals(type) && taskName != null) {
      Kind kind = assignee == null ? Kind.TASK_RELEASED : Kind.TASK_CLAIMED;
      return new AuditEntry(time, first.getUserId(), kind, taskName, null);
    }
    if (UserOperationLogEntry.OPERATION_TYPE_ASSIGN.equals(type) && taskName != null) {
      return new AuditEntry(time, first.getUserId(), Kind.TASK_ASSIGNED, taskName, assignee);
    }
    if (UserOperationLogEntry.OPERATION_TYPE_ADD_ATTACHMENT.equals(type)) {
      String name = operation.stream().filter(e -> "name".equals(e.getProperty()))
          .map(UserOperationLogEntry::getNewValue).filter(Objects::nonNull).findFirst().orElse(null);
      return new AuditEntry(time, first.getUserId(), Kind.DOCUMENT_ADDED, name, null);
    }
    if (VARIABLE_WRITES.contains(type)) {
      return new AuditEntry(time, first.getUserId(), Kind.VARIABLES_WRITTEN,
          taskName != null ? taskName : instance.getProcessDefinitionName(), null);
    }
    return new AuditEntry(time, first.getUserId(), Kind.OPERATION, type,
        taskName != null ? taskName : first.getEntityType());
  }

  /** The activities of the model that wait for a message, with the message each waits for. */
  private Map<String, String> messageEvents(String processDefinitionId) {
    Map<String, String> events = new LinkedHashMap<>();
    var model = repository.getBpmnModelInstance(processDefinitionId);
    for (MessageEventDefinition definition : model.getModelElementsByType(MessageEventDefinition.class)) {
      if (definition.getParentElement() instanceof FlowElement event && definition.getMessage() != null) {
        events.put(event.getId(), definition.getMessage().getName());
      }
    }
    for (ReceiveTask task : model.getModelElementsByType(ReceiveTask.class)) {
      if (task.getMessage() != null) {
        events.put(task.getId(), task.getMessage().getName());
      }
    }
    return events;
  }

  /**
   * Each message that reached the case, by whom: the user of the CorrelateMessage entry of that message stamped in
   * the same step (MessageCorrelationLog writes one for each message a user sends; Camunda's own "correlate all"
   * writes one too). A message the engine sent on its own (an agreement's end, from its timer) has no user.
   */
  private List<AuditEntry> messages(String processInstanceId, Map<String, String> messageEvents,
      List<List<UserOperationLogEntry>> correlations) {
    List<AuditEntry> entries = new ArrayList<>();
    List<List<UserOperationLogEntry>> unmatched = new ArrayList<>(correlations);
    List<AuditEntry> arrivals = new ArrayList<>();
    for (Map.Entry<String, String> event : messageEvents.entrySet()) {
      for (HistoricActivityInstance arrival : history.createHistoricActivityInstanceQuery()
          .processInstanceId(processInstanceId).activityId(event.getKey()).list()) {
        Instant time = instant(arrival.getStartTime());
        List<UserOperationLogEntry> correlation = unmatched.stream()
            .filter(c -> event.getValue().equals(messageName(c)) && sameStep(c, time))
            .min(Comparator.comparing(c -> Duration.between(instant(c.get(0).getTimestamp()), time).abs()))
            .orElse(null);
        unmatched.remove(correlation);
        arrivals.add(new AuditEntry(time, correlation == null ? null : correlation.get(0).getUserId(), Kind.MESSAGE,
            event.getValue(), null));
      }
    }
    entries.addAll(arrivals);
    for (List<UserOperationLogEntry> correlation : unmatched) {
      String message = messageName(correlation);
      boolean alreadyShown = arrivals.stream()
          .anyMatch(arrival -> arrival.subject().equals(message) && sameStep(correlation, arrival.time()));
      if (message != null && !alreadyShown) {
        entries.add(new AuditEntry(instant(correlation.get(0).getTimestamp()), correlation.get(0).getUserId(),
            Kind.MESSAGE, message, null));
      }
    }
    return entries;
  }

  private static boolean sameStep(List<UserOperationLogEntry> correlation, Instant time) {
    return Duration.between(instant(correlation.get(0).getTimestamp()), time).abs().compareTo(SAME_STEP) <= 0;
  }

  private static String messageName(List<UserOperationLogEntry> correlation) {
    return correlation.stream().filter(e -> MessageCorrelationLog.MESSAGE_NAME.equals(e.getProperty()))
        .map(UserOperationLogEntry::getNewValue).findFirst().orElse(null);
  }

  /** Decisions evaluated in the case, with their result; never their inputs (a family's answers). */
  private List<AuditEntry> decisions(String processInstanceId) {
    List<AuditEntry> entries = new ArrayList<>();
    for (HistoricDecisionInstance decision : history.createHistoricDecisionInstanceQuery()
        .processInstanceId(processInstanceId).includeOutputs().disableBinaryFetching()
        .disableCustomObjectDeserialization().orderByEvaluationTime().asc().list()) {
      List<HistoricDecisionOutputInstance> outputs = decision.getOutputs();
      String result = outputs.size() == 1 ? String.valueOf(outputs.get(0).getValue())
          : outputs.stream().map(o -> o.getVariableName() + " = " + o.getValue()).collect(Collectors.joining(", "));
      entries.add(new AuditEntry(instant(decision.getEvaluationTime()), decision.getUserId(), Kind.DECISION,
          decision.getDecisionDefinitionKey(), shorten(result)));
    }
    return entries;
  }

  /**
   * Each change of a contract variable, one query per variable name so that no other variable's value (a form's
   * free text) is ever read. By whom: the user of the operation that made it (the engine stamps a change with the
   * operation's id), none when the engine made it on its own.
   */
  private List<AuditEntry> variables(String processInstanceId, AuditedProcess process,
      Map<String, String> userByOperationId) {
    List<AuditEntry> entries = new ArrayList<>();
    for (String name : process.variables()) {
      String previous = null;
      boolean first = true;
      for (HistoricDetail detail : history.createHistoricDetailQuery().processInstanceId(processInstanceId)
          .variableUpdates().variableNameLike(name).disableBinaryFetching().disableCustomObjectDeserialization()
          .orderByTime().asc().orderPartiallyByOccurrence().asc().list()) {
        if (!(detail instanceof HistoricVariableUpdate update) || !name.equals(update.getVariableName())
            || update.getTaskId() != null || !processInstanceId.equals(update.getExecutionId())) {
          continue; // a LIKE match of another name, a task's local variable, or a variable of an inner scope
        }
        String who = update.getUserOperationId() == null ? null : userByOperationId.get(update.getUserOperationId());
        Instant time = instant(update.getTime());
        if (process.recordedOnly().contains(name)) {
          entries.add(new AuditEntry(time, who, Kind.VARIABLE_RECORDED, name, null));
          continue;
        }
        AuditEntry entry = valueEntry(time, who, name, update.getTypedValue());
        String shown = entry.kind() + ":" + entry.value();
        if (first || !shown.equals(previous)) {
          entries.add(entry);
        }
        previous = shown;
        first = false;
      }
    }
    return entries;
  }

  /** A value as the trail shows it: as it is, a Json list by its number of entries, other Json as "set". */
  static AuditEntry valueEntry(Instant time, String who, String name, TypedValue typed) {
    String text;
    if (typed instanceof SerializableValue serializable && !serializable.isDeserialized()) {
      text = serializable.getValueSerialized(); // read without deserializing (Json, as the query asks)
    } else {
      text = typed == null || typed.getValue() == null ? null : typed.getValue().toString();
    }
    boolean json = typed != null && typed.getType() != null && typed.getType().getName().equalsIgnoreCase("json");
    if (json) {
      try {
        JsonNode node = JSON.readTree(text == null ? "null" : text);
        if (node.isArray()) {
          return new AuditEntry(time, who, Kind.VARIABLE_LIST, name, Integer.toString(node.size()));
        }
      } catch (java.io.IOException | RuntimeException unreadable) {
        // not JSON after all: said to be set, not shown
      }
      return new AuditEntry(time, who, Kind.VARIABLE_RECORDED, name, null);
    }
    return new AuditEntry(time, who, Kind.VARIABLE_SET, name, text == null ? null : shorten(text));
  }

  private static String shorten(String text) {
    return text.length() <= LONGEST_VALUE ? text : text.substring(0, LONGEST_VALUE) + "…";
  }

  private static Instant instant(java.util.Date date) {
    return date.toInstant();
  }
}
