package org.acollida.benchmark;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.function.Predicate;
import org.acollida.contract.ProgrammeCalendar;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;

/**
 * Drives process instances as people and the job executor would, with the engine clock moved: on each
 * date it runs the due jobs and completes the open tasks of each instance, one at a time, until nothing
 * is left to do that day. Instances move through the dates together, as a programme does, spread over
 * a few worker threads (the engine clock is one for all). The same driver runs our processes and the
 * baseline, so both pay the same queries.
 */
final class EngineDriver {

  private static final int MAX_ACTIONS_PER_DAY = 500;

  private final ProcessEngine engine;
  private final int threads;

  EngineDriver(ProcessEngine engine, int threads) {
    this.engine = engine;
    this.threads = threads;
  }

  static void today(LocalDate date) {
    ClockUtil.setCurrentTime(Date.from(date.atStartOfDay(ProgrammeCalendar.ZONE).toInstant()));
  }

  /** A line at every tenth of a long run, so that whoever waits sees it move. */
  static void progress(String what, int done, int total) {
    if (total >= 100 && done % (total / 10) == 0) {
      System.out.printf("%s %d of %d%n", what, done, total);
    }
  }

  /** Runs {@code work} for 0..n-1 over the worker threads, in order of submission; the first failure is thrown. */
  <T> List<T> forEach(int n, String what, Function<Integer, T> work) {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<T>> futures = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        int index = i;
        futures.add(pool.submit(() -> work.apply(index)));
      }
      List<T> results = new ArrayList<>();
      for (Future<T> future : futures) {
        results.add(future.get());
        progress(what, results.size(), n);
      }
      return results;
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } finally {
      pool.shutdownNow();
    }
  }

  /** Walks the instances through those dates together; {@code answers} gives each task's completion variables. */
  void drive(List<String> processInstanceIds, List<LocalDate> dates, Function<Task, Map<String, Object>> answers) {
    for (LocalDate date : dates) {
      today(date);
      forEach(processInstanceIds.size(), "  " + date + ": instances settled",
          i -> settle(processInstanceIds.get(i), answers));
    }
    for (String id : processInstanceIds) {
      if (engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(id).count() > 0) {
        throw new IllegalStateException("instance " + id + " did not reach its end by " + dates.get(dates.size() - 1)
            + "; waiting in " + engine.getRuntimeService().getActiveActivityIds(id));
      }
    }
  }

  /** Runs due jobs and completes open tasks until the instance waits for a later date; returns the actions taken. */
  int settle(String processInstanceId, Function<Task, Map<String, Object>> answers) {
    for (int actions = 0; actions < MAX_ACTIONS_PER_DAY; actions++) {
      if (executeNextDueJob(processInstanceId)) {
        continue;
      }
      Task task = engine.getTaskService().createTaskQuery().processInstanceId(processInstanceId)
          .orderByTaskCreateTime().asc().orderByTaskId().asc().listPage(0, 1).stream().findFirst().orElse(null);
      if (task == null) {
        return actions;
      }
      engine.getTaskService().complete(task.getId(), answers.apply(task));
    }
    throw new IllegalStateException("work kept coming for " + processInstanceId);
  }

  /**
   * Like {@link #settle} but leaves open the tasks {@code leaveOpen} names (a load test's starting point: work that
   * waits for someone); returns the actions taken.
   */
  int settleLeaving(String processInstanceId, Function<Task, Map<String, Object>> answers, Predicate<Task> leaveOpen) {
    for (int actions = 0; actions < MAX_ACTIONS_PER_DAY; actions++) {
      if (executeNextDueJob(processInstanceId)) {
        continue;
      }
      Task task = engine.getTaskService().createTaskQuery().processInstanceId(processInstanceId)
          .orderByTaskCreateTime().asc().orderByTaskId().asc().list().stream().filter(leaveOpen.negate())
          .findFirst().orElse(null);
      if (task == null) {
        return actions;
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
