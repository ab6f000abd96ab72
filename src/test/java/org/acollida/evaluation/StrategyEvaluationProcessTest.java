package org.acollida.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.acollida.accountability.AccountabilityReport;
import org.acollida.accountability.PublishedEvaluation;
import org.acollida.support.FlowNodeCoverage;
import org.acollida.support.ProcessTestSupport;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/** The Joint Commission's strategy evaluation: yearly or on request, figures taken, conclusions published. */
class StrategyEvaluationProcessTest extends ProcessTestSupport {

  static final String PROCESS = "strategy-evaluation";

  @RegisterExtension
  static FlowNodeCoverage coverage = new FlowNodeCoverage(PROCESS, 0.9);

  @Autowired AccountabilityReport accountability;

  @Test
  void anEvaluationRequestedByTheCommissionShowsTheFiguresAndPublishesItsConclusions() throws Exception {
    today("2026-06-01");
    String measure = "M-EVAL-" + System.nanoTime();
    runtimeService().startProcessInstanceByKey("strategy-measure", measure, Map.of("measureCode", measure,
        "title", "Training on protection procedures", "objective", "1.3", "responsibleOrganisation", "gva",
        "dueDate", "2026-12-31"));
    ProcessInstance evaluation = evaluationDue();
    assertThat(evaluation).hasPassed("EvaluationDue", "PrepareStrategyEvaluation").isWaitingAt(EvaluationTasks.EVALUATE_STRATEGY);
    assertThat(evaluation).variables().containsEntry("figuresDate", "2026-06-01");
    JsonNode figures = new ObjectMapper().readTree(runtimeService().getVariable(evaluation.getId(), "evaluationFigures").toString());
    assertThat(figures).hasSize(5);
    JsonNode objective13 = figures.get(0).path("objectives").get(2);
    assertThat(objective13.path("objective").asText()).isEqualTo("1.3");
    assertThat(objective13.path("measuresByStatus").path("PLANNED").asLong()).isPositive();
    assertThat((String) runtimeService().getVariable(evaluation.getId(), "evaluationSummary")).contains("objective 1.3");

    Task task = taskQuery().processInstanceId(evaluation.getId()).singleResult();
    assertThat(task).hasCandidateGroup("joint-commission");
    assertRefused(() -> taskService().complete(task.getId(), Map.of("conclusions", " ")), "conclusions");
    String conclusions = "Objective 1.3 advances; measures on housing (3.2) are still missing " + System.nanoTime();
    taskService().complete(task.getId(), Map.of("conclusions", conclusions));
    assertThat(accountability.latestEvaluation().map(PublishedEvaluation::conclusions)).as("not before publication")
        .isNotEqualTo(java.util.Optional.of(conclusions));
    executeDueJobs(evaluation.getId());
    assertThat(evaluation).hasPassed("PublishStrategyEvaluation", "EvaluationPublished").isEnded();
    PublishedEvaluation published = accountability.latestEvaluation().orElseThrow();
    assertThat(published.conclusions()).isEqualTo(conclusions);
    assertThat(published.figuresDate()).isEqualTo("2026-06-01");
    String page = new org.springframework.boot.test.web.client.TestRestTemplate()
        .getForObject("http://localhost:" + port + "/reports/accountability", String.class);
    assertThat(page).as("published with the accountability page").contains(conclusions);
  }

  /** The yearly timer start's job, run as the job executor would when it is due; then the next year's waits. */
  private ProcessInstance evaluationDue() {
    Job timer = management.createJobQuery().processDefinitionKey(PROCESS).timers().singleResult();
    assertThat(timer).as("the yearly timer start").isNotNull();
    java.util.Set<String> before = new java.util.HashSet<>();
    runtimeService().createProcessInstanceQuery().processDefinitionKey(PROCESS).list().forEach(p -> before.add(p.getId()));
    management.executeJob(timer.getId());
    assertThat(management.createJobQuery().processDefinitionKey(PROCESS).timers().count()).as("the next year's").isEqualTo(1);
    return runtimeService().createProcessInstanceQuery().processDefinitionKey(PROCESS).list().stream()
        .filter(p -> !before.contains(p.getId())).findFirst().orElseThrow();
  }
}
