package org.acollida.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.acollida.support.ProcessTestSupport;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.deploy.cache.DeploymentCache;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;

/** After a start, every deployed model is parsed before the first person touches a case of it. */
class DeployedModelsWarmUpTest extends ProcessTestSupport {

  @Autowired DeployedModelsWarmUp warmUp;

  @Test
  void everyDeployedProcessAndDecisionIsInTheEnginesCacheAfterTheWarmUp() {
    DeploymentCache cache = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getDeploymentCache();
    List<ProcessDefinition> processes = engine.getRepositoryService().createProcessDefinitionQuery().list();
    List<DecisionDefinition> decisions = engine.getRepositoryService().createDecisionDefinitionQuery().list();
    // as after a restart on a database whose models are deployed already: nothing parsed
    cache.discardProcessDefinitionCache();
    cache.discardDecisionDefinitionCache();
    assertThat(cache.getProcessDefinitionCache().get(processes.get(0).getId())).isNull();

    warmUp.run(new DefaultApplicationArguments());

    assertThat(processes).hasSizeGreaterThanOrEqualTo(12);
    assertThat(processes).allSatisfy(definition ->
        assertThat(cache.getProcessDefinitionCache().get(definition.getId())).as(definition.getKey()).isNotNull());
    assertThat(decisions).isNotEmpty().allSatisfy(definition ->
        assertThat(cache.getDecisionDefinitionCache().get(definition.getId())).as(definition.getKey()).isNotNull());
  }
}
