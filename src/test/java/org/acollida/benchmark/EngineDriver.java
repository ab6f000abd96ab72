package org.acollida.benchmark;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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
  private final Map<String, String> activities = new ConcurrentHashMap<>();

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
      Task task = openTasks(processInstanceId).stream().findFirst().orElse(null);
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
      Task task = openTasks(processInstanceId).stream().filter(leaveOpen.negate()).findFirst().orElse(null);
      if (task == null) {
        return actions;
      }
      engine.getTaskService().complete(task.getId(), answers.apply(task));
    }
    throw new IllegalStateException("work kept coming for " + processInstanceId);
  }

  /**
   * The instance's open tasks, oldest first, and of those opened at the same moment (the engine clock stands still
   * on each date) by task definition key: the same order on every run and database. Their ids cannot decide it:
   * they are time-based UUIDs, whose text begins with the low bits of a clock that wraps every seven minutes.
   */
  private List<Task> openTasks(String processInstanceId) {
    return engine.getTaskService().createTaskQuery().processInstanceId(processInstanceId).list().stream()
        .sorted(Comparator.comparing(Task::getCreateTime).thenComparing(Task::getTaskDefinitionKey)
            .thenComparing(Task::getId))
        .toList();
  }

  /**
   * As the job executor would, one due job (of this instance) at a time: continuations first, then timers by due
   * date, and at the same date by activity, so that two jobs due together (a family's follow-up and its autonomy
   * assessment) run in the same order on every run and database; the query alone gives them in no set order.
   */
  private boolean executeNextDueJob(String processInstanceId) {
    Date now = ClockUtil.getCurrentTime();
    Job next = engine.getManagementService().createJobQuery().processInstanceId(processInstanceId).withRetriesLeft()
        .list().stream()
        .filter(job -> job.getDuedate() == null || !job.getDuedate().after(now))
        .sorted(Comparator.comparing(Job::getDuedate, Comparator.nullsFirst(Comparator.<Date>naturalOrder()))
            .thenComparing(this::activityOf).thenComparing(Job::getId))
        .findFirst().orElse(null);
    if (next == null) {
      return false;
    }
    engine.getManagementService().executeJob(next.getId());
    return true;
  }

  /** The activity a job belongs to, from its job definition (a handful, read once). */
  private String activityOf(Job job) {
    return job.getJobDefinitionId() == null ? "" : activities.computeIfAbsent(job.getJobDefinitionId(), id ->
        engine.getManagementService().createJobDefinitionQuery().jobDefinitionId(id).list().stream()
            .map(definition -> definition.getActivityId()).findFirst().orElse(""));
  }
}
