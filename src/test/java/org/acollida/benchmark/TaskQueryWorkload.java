package org.acollida.benchmark;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;

/**
 * A sponsor's Tasklist at scale: open tasks spread over the four sponsors (families in their arrival
 * formalities, four tasks each), then the "My organisation" filter's query as Tasklist runs it (first
 * page of 15, newest first, and the count) for sponsor-sjm with authorization and tenant checks, against
 * the same query without an authenticated user (no checks).
 */
final class TaskQueryWorkload {

  static final String SPONSOR_USER = "sponsor-sjm";
  static final List<String> SPONSOR_GROUPS = List.of("sjm");
  private static final int TASKS_PER_FAMILY = 4;

  private final ProcessEngine engine;
  private final EngineDriver driver;
  private final ProgrammeWorkload programme;
  private final List<String> started = new ArrayList<>();

  TaskQueryWorkload(ProcessEngine engine, EngineDriver driver, String prefix) {
    this.engine = engine;
    this.driver = driver;
    this.programme = new ProgrammeWorkload(engine, driver, prefix);
  }

  /** Registers families until at least {@code openTasks} tasks are open; returns the open task count. */
  long prepare(int openTasks) {
    EngineDriver.today(ProgrammeWorkload.AGREEMENTS_SIGNED);
    String agreement = programme.agreementCode(0);
    started.add(programme.registerAgreement(agreement).getId());
    EngineDriver.today(ProgrammeWorkload.FAMILIES_REGISTERED);
    int families = (openTasks + TASKS_PER_FAMILY - 1) / TASKS_PER_FAMILY;
    started.addAll(driver.forEach(families, "families waiting in their arrival formalities", f -> programme
        .registerFamily(f, agreement, ProgrammeWorkload.SPONSORS.get(f % ProgrammeWorkload.SPONSORS.size())).getId()));
    return engine.getTaskService().createTaskQuery().count();
  }

  /** Deletes what {@code prepare} started (on a shared test database). */
  void clear() {
    // families first: the agreement's end would notify them
    for (int i = started.size() - 1; i >= 0; i--) {
      engine.getRuntimeService().deleteProcessInstanceIfExists(started.get(i), "benchmark over", true, true, true, false);
    }
    started.clear();
  }

  Map<String, Object> measure(int warmUps, int repetitions) {
    IdentityService identity = engine.getIdentityService();
    List<String> tenants = List.of("sjm");
    long[] checked = new long[repetitions];
    long[] unchecked = new long[repetitions];
    long[] seen = new long[2];
    for (int i = 0; i < warmUps + repetitions; i++) {
      identity.setAuthentication(SPONSOR_USER, SPONSOR_GROUPS, tenants);
      long start = System.nanoTime();
      try {
        seen[0] = runFilter();
      } finally {
        identity.clearAuthentication();
      }
      long mid = System.nanoTime();
      seen[1] = runFilter();
      long end = System.nanoTime();
      if (i >= warmUps) {
        checked[i - warmUps] = mid - start;
        unchecked[i - warmUps] = end - mid;
      }
    }
    if (seen[0] != seen[1]) {
      throw new IllegalStateException("the checked query saw " + seen[0] + " tasks, the unchecked one " + seen[1]);
    }
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("openTasks", engine.getTaskService().createTaskQuery().count());
    result.put("sponsorTasks", seen[0]);
    result.put("repetitions", repetitions);
    result.put("checkedMedianMs", medianMs(checked));
    result.put("uncheckedMedianMs", medianMs(unchecked));
    result.put("ratio", round(medianMs(checked) / medianMs(unchecked)));
    return result;
  }

  /** Tasklist's "My organisation" filter: candidate group in the user's groups, assigned too, newest first. */
  private long runFilter() {
    TaskQuery query = engine.getTaskService().createTaskQuery().taskCandidateGroupIn(new ArrayList<>(SPONSOR_GROUPS))
        .includeAssignedTasks();
    List<Task> page = query.orderByTaskCreateTime().desc().listPage(0, 15);
    long count = engine.getTaskService().createTaskQuery().taskCandidateGroupIn(new ArrayList<>(SPONSOR_GROUPS))
        .includeAssignedTasks().count();
    if (page.isEmpty() && count > 0) {
      throw new IllegalStateException("a count without a page");
    }
    return count;
  }

  static double medianMs(long[] nanos) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    return round(sorted[sorted.length / 2] / 1_000_000.0);
  }

  static double round(double value) {
    return Math.round(value * 1000) / 1000.0;
  }
}
