package org.acollida.dashboard;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;

/**
 * Process instances of one process (running and finished) with their process-level variables,
 * read in one history query for all instances at once: a dashboard load costs the same few
 * queries with five families or five thousand. Runs as the viewer, so the engine leaves out what
 * the viewer may not read (authorizations) and other organisations' families (tenant checks).
 */
final class ProcessSnapshot {

  static final ZoneId ZONE = ZoneId.of("Europe/Madrid");

  /** One process instance: its variables and when each was first set. */
  record Instance(String processInstanceId, Map<String, Object> values, Map<String, Date> setAt) {

    String text(String name) {
      Object value = values.get(name);
      return value == null ? null : value.toString();
    }

    Integer integer(String name) {
      return values.get(name) instanceof Number n ? n.intValue() : null;
    }

    Double decimal(String name) {
      return values.get(name) instanceof Number n ? n.doubleValue() : null;
    }

    /** A date variable (yyyy-MM-dd); null when missing or not a date (changed by hand, say): one bad value does not break the dashboard. */
    LocalDate date(String name) {
      try {
        return values.get(name) instanceof String s ? LocalDate.parse(s) : null;
      } catch (java.time.format.DateTimeParseException e) {
        return null;
      }
    }

    /** The day (Europe/Madrid) the variable was first set. */
    LocalDate setOn(String name) {
      Date at = setAt.get(name);
      return at == null ? null : at.toInstant().atZone(ZONE).toLocalDate();
    }
  }

  private ProcessSnapshot() {}

  static Collection<Instance> read(HistoryService history, String processDefinitionKey, List<String> names) {
    List<HistoricVariableInstance> variables = history.createHistoricVariableInstanceQuery()
        .processDefinitionKey(processDefinitionKey)
        .variableNameIn(names.toArray(String[]::new))
        .list();
    Map<String, Instance> instances = new LinkedHashMap<>();
    for (HistoricVariableInstance variable : variables) {
      // a task's or a multi-instance's own variable of the same name is not the process's
      if (!variable.getProcessInstanceId().equals(variable.getExecutionId())) {
        continue;
      }
      Instance instance = instances.computeIfAbsent(variable.getProcessInstanceId(),
          id -> new Instance(id, new LinkedHashMap<>(), new LinkedHashMap<>()));
      instance.values().put(variable.getName(), variable.getValue());
      instance.setAt().put(variable.getName(), variable.getCreateTime());
    }
    return instances.values();
  }
}
