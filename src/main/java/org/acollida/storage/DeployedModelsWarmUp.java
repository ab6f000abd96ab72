package org.acollida.storage;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Loads the deployed process and decision models people will touch into the engine's cache before the
 * application says it is ready. The engine parses a model the first time a case of it is touched after a start;
 * without this the first people to complete tasks after a restart wait for that parsing (docs/benchmark.md, load
 * test). Those models are each process's latest version (new cases), every older version that still has running
 * cases, and the decisions of the latest versions and of those processes' deployments. An older version without
 * cases is left to first use: every change of a model adds a version, so loading them all would make each start
 * slower for good and, past the cache's size, push out the models in use. A failure is logged and start-up goes
 * on: the engine then parses the model on first use, as it would have.
 */
@Component
@Order(5)
public class DeployedModelsWarmUp implements ApplicationRunner {

  private static final Logger LOG = LoggerFactory.getLogger(DeployedModelsWarmUp.class);

  private final RepositoryService repository;
  private final RuntimeService runtime;

  public DeployedModelsWarmUp(RepositoryService repository, RuntimeService runtime) {
    this.repository = repository;
    this.runtime = runtime;
  }

  @Override
  public void run(ApplicationArguments args) {
    long start = System.nanoTime();
    List<ProcessDefinition> processes = processesInUse();
    Map<String, DecisionDefinition> decisions = new LinkedHashMap<>();
    repository.createDecisionDefinitionQuery().latestVersion().list()
        .forEach(definition -> decisions.put(definition.getId(), definition));
    for (String deployment : processes.stream().map(ProcessDefinition::getDeploymentId).collect(Collectors.toSet())) {
      repository.createDecisionDefinitionQuery().deploymentId(deployment).list()
          .forEach(definition -> decisions.put(definition.getId(), definition));
    }
    int processesLoaded = 0;
    int decisionsLoaded = 0;
    for (ProcessDefinition definition : processes) {
      processesLoaded += load(definition.getKey(), definition.getVersion(),
          () -> repository.getProcessDefinition(definition.getId()));
    }
    for (DecisionDefinition definition : decisions.values()) {
      decisionsLoaded += load(definition.getKey(), definition.getVersion(),
          () -> repository.getDecisionDefinition(definition.getId()));
    }
    LOG.info("Deployed models loaded: {} process and {} decision definitions in {} ms", processesLoaded,
        decisionsLoaded, (System.nanoTime() - start) / 1_000_000);
  }

  /** Each process's latest version, and the older ones whose running cases stay on the version they started with. */
  private List<ProcessDefinition> processesInUse() {
    List<ProcessDefinition> inUse = new ArrayList<>(repository.createProcessDefinitionQuery().latestVersion().list());
    Set<String> latest = inUse.stream().map(ProcessDefinition::getId).collect(Collectors.toSet());
    for (ProcessDefinition definition : repository.createProcessDefinitionQuery().list()) {
      if (!latest.contains(definition.getId())
          && runtime.createProcessInstanceQuery().processDefinitionId(definition.getId()).count() > 0) {
        inUse.add(definition);
      }
    }
    return inUse;
  }

  private static int load(String key, int version, Runnable loading) {
    try {
      loading.run();
      return 1;
    } catch (RuntimeException e) {
      LOG.warn("Model {} version {} not loaded at start-up (parsed on first use instead): {}", key, version,
          e.toString());
      return 0;
    }
  }
}
