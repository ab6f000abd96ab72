package org.acollida.benchmark;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricJobLog;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.builder.AbstractFlowNodeBuilder;
import org.camunda.bpm.model.bpmn.builder.ProcessBuilder;

/**
 * The floor: for each of our instances, a bare instance that takes the same steps and leaves the same
 * history. Each of our instances is read back from history; instances of the same {@link Shape} share one
 * generated bare process, a straight line of as many user tasks, service tasks (an expression, no
 * delegate), timers, and none events standing for our gateways and other events, with asyncBefore on as
 * many steps as we had async continuations, and completions that create and update as many variables.
 * No delegates, listeners, forms, decisions, JSON values, parallel branches or local variables.
 */
final class BaselineWorkload {

  static final String PROCESS_PREFIX = "benchmark-baseline-";
  private static final LocalDate START = LocalDate.parse("2026-01-01");
  private static final int START_VARIABLES = 4;

  /** What one instance asked of the engine, as its history shows it. */
  record Shape(int userTasks, int serviceSteps, int timers, int asyncJobs, int otherActivities, int newVariables,
      int variableUpdates) {

    /** Without user tasks to write them, all variables are given at the start. */
    int startVariables() {
      return userTasks == 0 ? newVariables : Math.min(newVariables, START_VARIABLES);
    }

    String processKey() {
      return PROCESS_PREFIX + Integer.toHexString(hashCode());
    }

    /**
     * The variables the i-th completion writes: first new ones, then rewrites of those already there (at
     * most one write per variable in a completion: the rest wait for the next).
     */
    Map<String, Object> completion(int task) {
      int created = startVariables();
      int pendingUpdates = 0;
      for (int t = 0; ; t++) {
        int creating = BaselineWorkload.share(newVariables - startVariables(), userTasks, t);
        pendingUpdates += BaselineWorkload.share(variableUpdates, userTasks, t);
        int updating = Math.min(pendingUpdates, created);
        if (t == task) {
          Map<String, Object> values = new HashMap<>();
          for (int v = 0; v < creating; v++) {
            values.put("value" + (created + v), "a value written on completion");
          }
          for (int u = 0; u < updating; u++) {
            values.put("value" + u, "a value rewritten on completion " + task);
          }
          return values;
        }
        pendingUpdates -= updating;
        created += creating;
      }
    }
  }

  private final ProcessEngine engine;
  private final EngineDriver driver;

  BaselineWorkload(ProcessEngine engine, EngineDriver driver) {
    this.engine = engine;
    this.driver = driver;
  }

  /** Our instances by shape, read from history (not timed: it runs between the two timed parts). */
  Map<Shape, Integer> shapesOf(List<String> processInstanceIds) {
    HistoryService history = engine.getHistoryService();
    Map<Shape, Integer> shapes = new LinkedHashMap<>();
    for (String id : processInstanceIds) {
      List<String> activityTypes = history.createHistoricActivityInstanceQuery().processInstanceId(id).list().stream()
          .map(HistoricActivityInstance::getActivityType).toList();
      List<String> jobTypes = history.createHistoricJobLogQuery().processInstanceId(id).successLog().list().stream()
          .map(HistoricJobLog::getJobDefinitionType).toList();
      int userTasks = (int) activityTypes.stream().filter("userTask"::equals).count();
      int serviceSteps = (int) activityTypes.stream().filter(StepCounts.SERVICE_STEP_TYPES::contains).count();
      int timers = (int) jobTypes.stream().filter(StepCounts.TIMER_JOB_TYPES::contains).count();
      int asyncJobs = (int) jobTypes.stream().filter(StepCounts.ASYNC_JOB_TYPE::equals).count();
      // the bare line has a start and an end event of its own
      int others = Math.max(0, activityTypes.size() - userTasks - serviceSteps - timers - 2);
      int variables = (int) history.createHistoricVariableInstanceQuery().processInstanceId(id).includeDeleted()
          .count();
      int writes = (int) history.createHistoricDetailQuery().processInstanceId(id).variableUpdates().count();
      shapes.merge(new Shape(userTasks, serviceSteps, timers, asyncJobs, others, variables, writes - variables), 1,
          Integer::sum);
    }
    deploy(shapes.keySet());
    return shapes;
  }

  /** The bare processes of those shapes, on a database that lacks them (the baseline's own fresh one). */
  void deploy(Collection<Shape> shapes) {
    for (Shape shape : shapes) {
      deploy(shape);
    }
  }

  private void deploy(Shape shape) {
    if (engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(shape.processKey())
        .count() == 0) {
      engine.getRepositoryService().createDeployment().name(shape.processKey())
          .addModelInstance(shape.processKey() + ".bpmn", bareProcess(shape)).deploy();
    }
  }

  /** Async continuations go first on the service tasks and none events, as ours sit on service tasks and ends. */
  static BpmnModelInstance bareProcess(Shape shape) {
    ProcessBuilder process = Bpmn.createExecutableProcess(shape.processKey()).name("Benchmark baseline")
        .camundaHistoryTimeToLive(1);
    AbstractFlowNodeBuilder<?, ?> line = process.startEvent("Started");
    int async = shape.asyncJobs();
    for (int s = 0; s < shape.serviceSteps(); s++) {
      line = line.serviceTask("Service" + s).camundaExpression("${true}").camundaAsyncBefore(async-- > 0);
    }
    for (int o = 0; o < shape.otherActivities(); o++) {
      line = line.intermediateThrowEvent("Pass" + o).camundaAsyncBefore(async-- > 0);
    }
    for (int u = 0; u < shape.userTasks(); u++) {
      line = line.userTask("User" + u).camundaCandidateGroups("gva").camundaAsyncBefore(async-- > 0);
    }
    for (int t = 0; t < shape.timers(); t++) {
      line = line.intermediateCatchEvent("Timer" + t).camundaAsyncBefore(async-- > 0).timerWithDuration("PT1H");
    }
    return line.endEvent("Ended").camundaAsyncBefore(async-- > 0).done();
  }

  /** As many bare instances of each shape as we had, each group through its dates together. */
  void run(Map<Shape, Integer> shapes) {
    for (Map.Entry<Shape, Integer> group : shapes.entrySet()) {
      Shape shape = group.getKey();
      EngineDriver.today(START);
      Map<String, Object> startVariables = new HashMap<>();
      for (int v = 0; v < shape.startVariables(); v++) {
        startVariables.put("value" + v, "a value given at the start");
      }
      List<String> ids = driver.forEach(group.getValue(), "baseline instances started",
          i -> engine.getRuntimeService().startProcessInstanceByKey(shape.processKey(), startVariables).getId());
      driver.drive(ids, dates(shape.timers()),
          task -> shape.completion(Integer.parseInt(task.getTaskDefinitionKey().substring("User".length()))));
    }
  }

  /** The i-th of n even shares of total. */
  static int share(long total, int n, int i) {
    return n == 0 ? 0 : (int) (total / n + (i < total % n ? 1 : 0));
  }

  /** A day per timer: each timer waits an hour. */
  private static List<LocalDate> dates(int timers) {
    List<LocalDate> dates = new ArrayList<>();
    for (int d = 0; d <= timers; d++) {
      dates.add(START.plusDays(d));
    }
    return dates;
  }
}
