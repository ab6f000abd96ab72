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
import org.camunda.bpm.model.bpmn.builder.StartEventBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A process's instances read from the history by its definitions' ids: every version's, and no other process's; its
 * cancelled ones, for the tenants asked.
 */
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
    String first = runtime.startProcessInstanceById(deploy("Version one", false, null)).getId();
    String second = runtime.startProcessInstanceById(deploy("Version two", false, null)).getId();
    String running = runtime.startProcessInstanceById(deploy("Version three", true, null)).getId();

    assertThat(InstanceHistory.instancesOf(repository, history, KEY)).extracting(HistoricProcessInstance::getId)
        .containsExactlyInAnyOrder(first, second, running);
    assertThat(repository.createProcessDefinitionQuery().processDefinitionKey(KEY).count()).isEqualTo(3);
    assertThat(InstanceHistory.instancesOf(repository, history, KEY + "-none")).isEmpty();
  }

  @Test
  void theCancelledInstancesOfEveryVersionOfTheTenantsAsked() {
    String older = deploy("Version one", true, "org-a");
    String newer = deploy("Version two", true, "org-a");
    String otherTenant = deploy("Version one of org-b", true, "org-b");
    String cancelledOlder = runtime.startProcessInstanceById(older).getId();
    String cancelledNewer = runtime.startProcessInstanceById(newer).getId();
    String stillRunning = runtime.startProcessInstanceById(newer).getId();
    String ended = runtime.startProcessInstanceById(newer).getId();
    String cancelledElsewhere = runtime.startProcessInstanceById(otherTenant).getId();
    List.of(cancelledOlder, cancelledNewer, cancelledElsewhere)
        .forEach(id -> runtime.deleteProcessInstance(id, "cancelled in Cockpit"));
    runtime.createMessageCorrelation("Go").processInstanceId(ended).correlate();

    assertThat(InstanceHistory.cancelled(repository, history, KEY, "org-a"))
        .containsExactlyInAnyOrder(cancelledOlder, cancelledNewer).doesNotContain(stillRunning, ended);
    assertThat(InstanceHistory.cancelled(repository, history, KEY))
        .containsExactlyInAnyOrder(cancelledOlder, cancelledNewer, cancelledElsewhere);
    assertThat(InstanceHistory.cancelled(repository, history, KEY + "-none")).isEmpty();
  }

  /**
   * A version of a one-step process, for a tenant or none: ended at once, or waiting at a receive task for the
   * message {@code Go}. Returns its definition id.
   */
  private String deploy(String name, boolean waits, String tenant) {
    StartEventBuilder start = Bpmn.createExecutableProcess(KEY).name(name).camundaHistoryTimeToLive(180).startEvent();
    BpmnModelInstance model = waits ? start.receiveTask("Wait").message("Go").endEvent().done() : start.endEvent().done();
    String deployment = repository.createDeployment().name(name).tenantId(tenant)
        .addModelInstance(KEY + ".bpmn", model).deploy().getId();
    deployments.add(deployment);
    return repository.createProcessDefinitionQuery().deploymentId(deployment).singleResult().getId();
  }
}
