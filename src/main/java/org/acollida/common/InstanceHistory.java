package org.acollida.common;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstanceQuery;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.repository.ProcessDefinition;

/** Reading a process instance's variables back from the history, running or finished alike. */
public final class InstanceHistory {

  private InstanceHistory() {}

  /**
   * The instances of every version of a process in the history: one query per version, by its definition's id. The
   * engine's query by key filters on the joined definition table, which H2 answers by reading the whole instance
   * history row by row, every family's included, even for a process with no instance at all (figures:
   * docs/benchmark.md); by definition id it reads the index on PROC_DEF_ID_. Call it without an authenticated user,
   * or as one who may read the process's definitions.
   */
  public static List<HistoricProcessInstance> instancesOf(RepositoryService repository, HistoryService history,
      String processDefinitionKey) {
    List<HistoricProcessInstance> instances = new ArrayList<>();
    for (ProcessDefinition version : versions(repository, processDefinitionKey)) {
      instances.addAll(history.createHistoricProcessInstanceQuery().processDefinitionId(version.getId()).list());
    }
    return instances;
  }

  private static List<ProcessDefinition> versions(RepositoryService repository, String processDefinitionKey) {
    return repository.createProcessDefinitionQuery().processDefinitionKey(processDefinitionKey).list();
  }

  /** The instance's own variables by name; task forms keep their fields locally, and those are left out. */
  public static Map<String, Object> processVariables(HistoryService history, String processInstanceId) {
    Map<String, Object> variables = new HashMap<>();
    for (HistoricVariableInstance variable : history.createHistoricVariableInstanceQuery()
        .processInstanceId(processInstanceId).list()) {
      if (processInstanceId.equals(variable.getExecutionId())) {
        variables.put(variable.getName(), variable.getValue());
      }
    }
    return variables;
  }

  /**
   * The named variables of many instances at once (a query per 500 instances, not one per instance), by instance
   * id then name; as above, only the instances' own.
   */
  public static Map<String, Map<String, Object>> processVariables(HistoryService history, Collection<String> ids,
      String... names) {
    Map<String, Map<String, Object>> byInstance = new HashMap<>();
    List<String> all = new ArrayList<>(ids);
    for (int from = 0; from < all.size(); from += 500) {
      String[] chunk = all.subList(from, Math.min(all.size(), from + 500)).toArray(String[]::new);
      for (HistoricVariableInstance variable : history.createHistoricVariableInstanceQuery()
          .processInstanceIdIn(chunk).variableNameIn(names).list()) {
        if (variable.getProcessInstanceId().equals(variable.getExecutionId())) {
          byInstance.computeIfAbsent(variable.getProcessInstanceId(), id -> new HashMap<>())
              .put(variable.getName(), variable.getValue());
        }
      }
    }
    return byInstance;
  }

  /**
   * The ids of the instances of a process that were deleted (cancelled in Cockpit, say) rather than ended, for the
   * given tenants (none: all), read by definition id as {@link #instancesOf} does. The tenants are kept here rather
   * than in the query: given both, H2 reads the tenant's index, every instance of the organisation's families
   * (figures: docs/benchmark.md). Camunda marks a deleted instance internally or externally terminated depending on
   * how it was deleted, so for a process without a terminate end event either means cancelled. Call it without an
   * authenticated user, or as one who may read the definitions.
   */
  public static Set<String> cancelled(RepositoryService repository, HistoryService history,
      String processDefinitionKey, String... tenantIds) {
    Set<String> tenants = Set.of(tenantIds);
    Set<String> cancelled = new HashSet<>();
    for (ProcessDefinition version : versions(repository, processDefinitionKey)) {
      Stream.concat(terminated(history, version).externallyTerminated().list().stream(),
              terminated(history, version).internallyTerminated().list().stream())
          .filter(instance -> tenants.isEmpty() || tenants.contains(instance.getTenantId()))
          .map(HistoricProcessInstance::getId).forEach(cancelled::add);
    }
    return cancelled;
  }

  private static HistoricProcessInstanceQuery terminated(HistoryService history, ProcessDefinition version) {
    return history.createHistoricProcessInstanceQuery().processDefinitionId(version.getId());
  }
}
