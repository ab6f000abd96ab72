package org.acollida.common;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;

/** Reading a process instance's variables back from the history, running or finished alike. */
public final class InstanceHistory {

  private InstanceHistory() {}

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
}
