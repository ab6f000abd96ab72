package org.acollida.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.acollida.support.ProcessTestSupport;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.deploy.cache.DeploymentCache;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;

/**
 * After a start, the models people will touch are parsed before the first person touches a case of them: each
 * process's latest version and the older versions with running cases; an older version without cases is not.
 */
class DeployedModelsWarmUpTest extends ProcessTestSupport {

  private static final String MODEL = "WarmUpTestModel";

  @Autowired DeployedModelsWarmUp warmUp;

  @AfterEach
  void removeTheTestModel() {
    RepositoryService repository = engine.getRepositoryService();
    repository.createDeploymentQuery().deploymentName(MODEL).list()
        .forEach(deployment -> repository.deleteDeployment(deployment.getId(), true));
  }

  @Test
  void theLatestVersionsAndTheVersionsWithRunningCasesAreInTheEnginesCacheAfterTheWarmUp() {
    RepositoryService repository = engine.getRepositoryService();
    String withCases = deployVersion("first");
    engine.getRuntimeService().startProcessInstanceById(withCases);
    String withoutCases = deployVersion("second");
    String latest = deployVersion("third");
    DeploymentCache cache = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getDeploymentCache();
    List<ProcessDefinition> latestProcesses = repository.createProcessDefinitionQuery().latestVersion().list();
    List<DecisionDefinition> decisions = repository.createDecisionDefinitionQuery().latestVersion().list();
    // as after a restart on a database whose models are deployed already: nothing parsed
    cache.discardProcessDefinitionCache();
    cache.discardDecisionDefinitionCache();
    assertThat(cache.getProcessDefinitionCache().get(latest)).isNull();

    warmUp.run(new DefaultApplicationArguments());

    assertThat(latestProcesses).hasSizeGreaterThanOrEqualTo(13).extracting(ProcessDefinition::getId).contains(latest)
        .doesNotContain(withCases, withoutCases);
    assertThat(latestProcesses).allSatisfy(definition ->
        assertThat(cache.getProcessDefinitionCache().get(definition.getId())).as(definition.getKey()).isNotNull());
    assertThat(cache.getProcessDefinitionCache().get(withCases)).as("older version with a running case").isNotNull();
    assertThat(cache.getProcessDefinitionCache().get(withoutCases)).as("older version without cases").isNull();
    assertThat(decisions).isNotEmpty().allSatisfy(definition ->
        assertThat(cache.getDecisionDefinitionCache().get(definition.getId())).as(definition.getKey()).isNotNull());
  }

  private String deployVersion(String taskName) {
    BpmnModelInstance model = Bpmn.createExecutableProcess(MODEL).camundaHistoryTimeToLive(1)
        .startEvent().userTask("Wait").name(taskName).endEvent().done();
    String deployment = engine.getRepositoryService().createDeployment().name(MODEL)
        .addModelInstance(MODEL + ".bpmn", model).deploy().getId();
    return engine.getRepositoryService().createProcessDefinitionQuery().deploymentId(deployment).singleResult().getId();
  }
}
