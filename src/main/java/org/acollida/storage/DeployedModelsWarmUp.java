package org.acollida.storage;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Loads every deployed process and decision model into the engine's cache before the application says it is ready.
 * The engine parses a model the first time a case of it is touched after a start; without this the first people
 * to complete tasks after a restart wait for that parsing (docs/benchmark.md, load test). A failure is logged
 * and start-up goes on: the engine then parses the model on first use, as it would have.
 */
@Component
@Order(5)
public class DeployedModelsWarmUp implements ApplicationRunner {

  private static final Logger LOG = LoggerFactory.getLogger(DeployedModelsWarmUp.class);

  private final RepositoryService repository;

  public DeployedModelsWarmUp(RepositoryService repository) {
    this.repository = repository;
  }

  @Override
  public void run(ApplicationArguments args) {
    long start = System.nanoTime();
    int processes = 0;
    int decisions = 0;
    // every version, not only the latest: running cases stay on the version they started with
    for (ProcessDefinition definition : repository.createProcessDefinitionQuery().list()) {
      processes += load(definition.getKey(), definition.getVersion(), () -> repository.getProcessDefinition(definition.getId()));
    }
    for (DecisionDefinition definition : repository.createDecisionDefinitionQuery().list()) {
      decisions += load(definition.getKey(), definition.getVersion(),
          () -> repository.getDecisionDefinition(definition.getId()));
    }
    LOG.info("Deployed models loaded: {} process and {} decision definitions in {} ms", processes, decisions,
        (System.nanoTime() - start) / 1_000_000);
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
