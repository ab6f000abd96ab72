package org.acollida.common;

import java.util.HashMap;
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
}
