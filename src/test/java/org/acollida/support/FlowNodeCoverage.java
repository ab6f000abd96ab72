package org.acollida.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Fails a process's test class when its instances passed fewer than the given share of the
 * process's flow nodes, and writes what was missed to target/flow-node-coverage/. Counts only the
 * instances the class itself started, so processes other classes use along the way do not blur it.
 * (camunda-process-test-coverage draws the paths as HTML under target/process-test-coverage/.)
 */
public class FlowNodeCoverage implements BeforeAllCallback, AfterAllCallback {

  private final String processKey;
  private final double atLeast;
  private Set<String> instancesBefore;

  public FlowNodeCoverage(String processKey, double atLeast) {
    this.processKey = processKey;
    this.atLeast = atLeast;
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    instancesBefore = instanceIds(engine(context).getHistoryService());
  }

  @Override
  public void afterAll(ExtensionContext context) throws IOException {
    ProcessEngine engine = engine(context);
    HistoryService history = engine.getHistoryService();
    Set<String> ours = instanceIds(history);
    ours.removeAll(instancesBefore);

    ProcessDefinition definition = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey(processKey).latestVersion().singleResult();
    BpmnModelInstance model = engine.getRepositoryService().getBpmnModelInstance(definition.getId());
    Set<String> nodes = model.getModelElementsByType(FlowNode.class).stream()
        .map(FlowNode::getId).collect(Collectors.toCollection(TreeSet::new));
    Set<String> passed = new TreeSet<>();
    for (String instance : ours) {
      history.createHistoricActivityInstanceQuery().processInstanceId(instance).list().stream()
          .map(HistoricActivityInstance::getActivityId).forEach(passed::add);
    }
    passed.retainAll(nodes);
    Set<String> missed = new TreeSet<>(nodes);
    missed.removeAll(passed);
    double coverage = (double) passed.size() / nodes.size();

    Path report = Path.of("target", "flow-node-coverage", processKey + ".txt");
    Files.createDirectories(report.getParent());
    Files.writeString(report, String.format("%s: %d of %d flow nodes (%.0f%%) by %s%nmissed: %s%n",
        processKey, passed.size(), nodes.size(), coverage * 100, context.getDisplayName(), missed));
    assertThat(coverage).as(processKey + " flow-node coverage; missed " + missed).isGreaterThanOrEqualTo(atLeast);
  }

  private Set<String> instanceIds(HistoryService history) {
    return history.createHistoricProcessInstanceQuery().processDefinitionKey(processKey).list().stream()
        .map(HistoricProcessInstance::getId).collect(Collectors.toCollection(TreeSet::new));
  }

  private static ProcessEngine engine(ExtensionContext context) {
    return SpringExtension.getApplicationContext(context).getBean(ProcessEngine.class);
  }
}
