package org.acollida.benchmark;

import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.acollida.agreement.AgreementCalendar;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;

/**
 * Drives one process instance as people and the job executor would, with the engine clock moved:
 * on each date it runs the due jobs and completes the open tasks, one at a time, until nothing is left
 * to do that day. The same driver runs our processes and the baseline, so both pay the same queries.
 */
final class EngineDriver {

  private static final int MAX_ACTIONS_PER_DAY = 500;

  private final ProcessEngine engine;

  EngineDriver(ProcessEngine engine) {
    this.engine = engine;
  }

  static void today(LocalDate date) {
    ClockUtil.setCurrentTime(Date.from(date.atStartOfDay(AgreementCalendar.ZONE).toInstant()));
  }

  /** A line at every tenth of a long run, so that whoever waits sees it move. */
  static void progress(String what, int done, int total) {
    if (total >= 100 && done % (total / 10) == 0) {
      System.out.printf("%s %d of %d%n", what, done, total);
    }
  }

  /** Walks the instance through those dates; {@code answers} gives each task's completion variables. */
  void drive(String processInstanceId, List<LocalDate> dates, Function<Task, Map<String, Object>> answers) {
    for (LocalDate date : dates) {
      today(date);
      settle(processInstanceId, answers);
    }
    if (engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(processInstanceId).count() > 0) {
      throw new IllegalStateException("instance " + processInstanceId + " did not reach its end by " + dates.get(dates.size() - 1)
          + "; waiting in " + engine.getRuntimeService().getActiveActivityIds(processInstanceId));
    }
  }

  /** Runs due jobs and completes open tasks until the instance waits for a later date. */
  void settle(String processInstanceId, Function<Task, Map<String, Object>> answers) {
    for (int actions = 0; actions < MAX_ACTIONS_PER_DAY; actions++) {
      if (executeNextDueJob(processInstanceId)) {
        continue;
      }
      Task task = engine.getTaskService().createTaskQuery().processInstanceId(processInstanceId)
          .orderByTaskCreateTime().asc().orderByTaskId().asc().listPage(0, 1).stream().findFirst().orElse(null);
      if (task == null) {
        return;
      }
      engine.getTaskService().complete(task.getId(), answers.apply(task));
    }
    throw new IllegalStateException("work kept coming for " + processInstanceId);
  }

  /** As the job executor would, one due job (of this instance) at a time. */
  private boolean executeNextDueJob(String processInstanceId) {
    Date now = ClockUtil.getCurrentTime();
    Job next = engine.getManagementService().createJobQuery().processInstanceId(processInstanceId).withRetriesLeft()
        .list().stream()
        .filter(job -> job.getDuedate() == null || !job.getDuedate().after(now))
        .findFirst().orElse(null);
    if (next == null) {
      return false;
    }
    engine.getManagementService().executeJob(next.getId());
    return true;
  }
}
