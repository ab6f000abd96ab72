package org.acollida.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.acollida.support.ProcessTestSupport;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A process's instances read from the history by its definitions' ids: every version's, and no other process's. */
class InstanceHistoryTest extends ProcessTestSupport {

  private static final String KEY = "instance-history-versions";

  @Autowired RepositoryService repository;
  @Autowired RuntimeService runtime;
  @Autowired HistoryService history;

  private final List<String> deployments = new ArrayList<>();

  @AfterEach
  void removeDeployments() {
    deployments.forEach(id -> repository.deleteDeployment(id, true));
  }

  @Test
  void theInstancesOfEveryVersionAndNoneOfAnotherProcess() {
    String first = runtime.startProcessInstanceById(deploy("Version one")).getId();
    String second = runtime.startProcessInstanceById(deploy("Version two")).getId();
    String running = runtime.startProcessInstanceById(deploy("Version three", true)).getId();

    assertThat(InstanceHistory.instancesOf(repository, history, KEY)).extracting(HistoricProcessInstance::getId)
        .containsExactlyInAnyOrder(first, second, running);
    assertThat(repository.createProcessDefinitionQuery().processDefinitionKey(KEY).count()).isEqualTo(3);
    assertThat(InstanceHistory.instancesOf(repository, history, KEY + "-none")).isEmpty();
  }

  private String deploy(String name) {
    return deploy(name, false);
  }

  /** A version of a one-step process (ended at once, or waiting at a receive task); returns its definition id. */
  private String deploy(String name, boolean waits) {
    BpmnModelInstance model = waits
        ? Bpmn.createExecutableProcess(KEY).name(name).camundaHistoryTimeToLive(180).startEvent().receiveTask("Wait").endEvent().done()
        : Bpmn.createExecutableProcess(KEY).name(name).camundaHistoryTimeToLive(180).startEvent().endEvent().done();
    String deployment = repository.createDeployment().name(name).addModelInstance(KEY + ".bpmn", model).deploy().getId();
    deployments.add(deployment);
    return repository.createProcessDefinitionQuery().deploymentId(deployment).singleResult().getId();
  }
}
