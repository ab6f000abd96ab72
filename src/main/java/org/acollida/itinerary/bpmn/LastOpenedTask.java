package org.acollida.itinerary.bpmn;

import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import org.acollida.common.SystemAccess;
import org.acollida.contract.ProgrammeCalendar;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.springframework.stereotype.Component;

/**
 * The date of the last follow-up (or assessment) actually opened on an itinerary: its task's due date. A series
 * continues after it, not after the date last scheduled, whose timer may have been cancelled meanwhile (a closure
 * sent back resumes the follow-ups, and the date missed while the closure waited is not owed).
 */
@Component
class LastOpenedTask {

  private final HistoryService history;

  LastOpenedTask(HistoryService history) {
    this.history = history;
  }

  LocalDate dueDate(DelegateExecution execution, String taskKey) {
    // a few dozen at most (one a month); the latest in Java, as databases sort a missing due date differently
    List<HistoricTaskInstance> opened = SystemAccess.asSystem(() -> history.createHistoricTaskInstanceQuery()
        .processInstanceId(execution.getProcessInstanceId()).taskDefinitionKey(taskKey).list());
    return opened.stream().map(HistoricTaskInstance::getDueDate).filter(Objects::nonNull).max(Date::compareTo)
        .map(due -> LocalDate.ofInstant(due.toInstant(), ProgrammeCalendar.ZONE)).orElse(null);
  }
}
