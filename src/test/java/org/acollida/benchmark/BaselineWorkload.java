package org.acollida.benchmark;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;

/**
 * The floor: {@code benchmark/baseline.bpmn} run as many times as our workload started instances, with
 * its user tasks, async continuations, service steps and timers spread over them so the totals match,
 * and about as many variable writes (plain strings on completion, beside the engine's own loop variables). No delegates, no listeners.
 */
final class BaselineWorkload {

  static final String PROCESS = "benchmark-baseline";
  private static final LocalDate START = LocalDate.parse("2026-01-01");

  private final ProcessEngine engine;
  private final EngineDriver driver;

  BaselineWorkload(ProcessEngine engine) {
    this.engine = engine;
    this.driver = new EngineDriver(engine);
  }

  void deploy() {
    if (engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(PROCESS).count() == 0) {
      engine.getRepositoryService().createDeployment().name("benchmark-baseline")
          .addClasspathResource("benchmark/baseline.bpmn").deploy();
    }
  }

  /** Runs the same numbers of steps as {@code ours}. */
  void run(StepCounts ours) {
    int instances = (int) ours.instances();
    long asyncSteps = ours.asyncJobs();
    long syncSteps = Math.max(0, ours.serviceSteps() - asyncSteps);
    for (int i = 0; i < instances; i++) {
      int userTasks = share(ours.userTasks(), instances, i);
      int timers = share(ours.timers(), instances, i);
      int asyncShare = share(asyncSteps, instances, i);
      int syncShare = share(syncSteps, instances, i);
      // the engine's own writes here: 4 start variables, 3 per multi-instance body, 2 per step (loop counter
      // and completed count); the completions carry the rest of our writes
      int variables = Math.max(0, share(ours.variableWrites(), instances, i)
          - 4 - 3 * 4 - 2 * (userTasks + asyncShare + syncShare + timers));
      ProcessInstance instance = engine.getRuntimeService().startProcessInstanceByKey(PROCESS,
          Variables.createVariables()
              .putValue("userTasks", userTasks)
              .putValue("asyncSteps", asyncShare)
              .putValue("syncSteps", syncShare)
              .putValue("timers", timers));
      List<Map<String, Object>> completions = completions(variables, userTasks);
      int[] next = {0};
      driver.drive(instance.getId(), dates(timers),
          task -> next[0] < completions.size() ? completions.get(next[0]++) : Map.of());
      EngineDriver.progress("baseline instances", i + 1, instances);
    }
  }

  /** The i-th of n even shares of total. */
  static int share(long total, int n, int i) {
    return (int) (total / n + (i < total % n ? 1 : 0));
  }

  /** A day per timer: each step's timer waits an hour. */
  private static List<LocalDate> dates(int timers) {
    List<LocalDate> dates = new ArrayList<>();
    for (int d = 0; d <= timers; d++) {
      dates.add(START.plusDays(d));
    }
    return dates;
  }

  /** The variables spread over the user tasks' completions. */
  private static List<Map<String, Object>> completions(int variables, int userTasks) {
    List<Map<String, Object>> completions = new ArrayList<>();
    for (int t = 0; t < userTasks; t++) {
      Map<String, Object> values = new HashMap<>();
      for (int v = 0; v < share(variables, userTasks, t); v++) {
        values.put("value" + v, "a value written on completion");
      }
      completions.add(values);
    }
    return completions;
  }
}
