package org.acollida.benchmark;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;

/**
 * What a run asked of the engine, read from its history: instances, user tasks, timers fired, async
 * continuations, service steps (service, send and business-rule tasks), all activity rows (gateways and
 * events too), variables created and variable writes.
 */
record StepCounts(long instances, long userTasks, long timers, long asyncJobs, long serviceSteps,
    long activityInstances, long variables, long variableWrites) {

  static final List<String> TIMER_JOB_TYPES = List.of("timer-intermediate-transition", "timer-transition",
      "timer-start-event", "timer-start-event-subprocess", "timer-task-listener");
  static final String ASYNC_JOB_TYPE = "async-continuation";
  static final List<String> SERVICE_STEP_TYPES = List.of("serviceTask", "sendTask", "businessRuleTask",
      "scriptTask");

  static StepCounts of(HistoryService history) {
    long timers = TIMER_JOB_TYPES.stream()
        .mapToLong(type -> history.createHistoricJobLogQuery().successLog().jobDefinitionType(type).count()).sum();
    long services = SERVICE_STEP_TYPES.stream()
        .mapToLong(type -> history.createHistoricActivityInstanceQuery().activityType(type).count()).sum();
    return new StepCounts(
        history.createHistoricProcessInstanceQuery().count(),
        history.createHistoricTaskInstanceQuery().count(),
        timers,
        history.createHistoricJobLogQuery().successLog().jobDefinitionType(ASYNC_JOB_TYPE).count(),
        services,
        history.createHistoricActivityInstanceQuery().count(),
        history.createHistoricVariableInstanceQuery().includeDeleted().count(),
        history.createHistoricDetailQuery().variableUpdates().count());
  }

  StepCounts minus(StepCounts before) {
    return new StepCounts(instances - before.instances, userTasks - before.userTasks, timers - before.timers,
        asyncJobs - before.asyncJobs, serviceSteps - before.serviceSteps,
        activityInstances - before.activityInstances, variables - before.variables,
        variableWrites - before.variableWrites);
  }

  Map<String, Object> asMap() {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("processInstances", instances);
    map.put("userTasks", userTasks);
    map.put("timers", timers);
    map.put("asyncContinuations", asyncJobs);
    map.put("serviceSteps", serviceSteps);
    map.put("activityInstances", activityInstances);
    map.put("variablesCreated", variables);
    map.put("variableWrites", variableWrites);
    return map;
  }
}
