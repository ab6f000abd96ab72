package org.acollida.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.acollida.contract.Messages;
import org.acollida.contract.ProgrammeCalendar;
import org.acollida.support.FlowNodeCoverage;
import org.acollida.support.ProcessTestSupport;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every path of a strategy measure, with the engine clock moved. */
class StrategyMeasureProcessTest extends ProcessTestSupport {

  static final String PROCESS = "strategy-measure";

  @RegisterExtension
  static FlowNodeCoverage coverage = new FlowNodeCoverage(PROCESS, 0.9);

  @Test
  void aMeasureIsReportedEveryPeriodByItsOrganisationAndClosedOnceTheCommissionConfirmsIt() {
    today("2026-03-01");
    ProcessInstance measure = start(Map.of("responsibleOrganisation", "caritas-valencia"));
    assertThat(measure).isWaitingAt(MeasureTasks.REPORT_PROGRESS);
    assertThat(measure).variables().containsEntry("measureStatus", "PLANNED").containsEntry("progress", 0)
        .containsEntry("objective", "3.2").containsEntry("reportDueDate", "2026-06-01")
        .doesNotContainKey("originConsultationCode");
    Task report = task(measure, MeasureTasks.REPORT_PROGRESS);
    assertThat(report).hasCandidateGroup("caritas-valencia");
    assertThat(report.getDueDate()).isEqualTo(ProgrammeCalendar.startOf("2026-06-01"));

    assertRefused(() -> complete(report, "IN_PROGRESS", 140, "Two flats found"), "reportProgress");
    assertRefused(() -> complete(report, "CLOSED", 40, "Two flats found"), "reportStatus");
    assertRefused(() -> complete(report, "IN_PROGRESS", 40, " "), "evidence");
    assertRefused(() -> complete(report, "DROPPED", 40, "No landlord answered"), "dropReason");
    assertRefused(() -> complete(report, "DONE", 90, "Almost"), "reportProgress");
    assertThat(measure).variables().as("a refused report changes nothing").containsEntry("measureStatus", "PLANNED");

    today("2026-04-10");
    complete(report, "IN_PROGRESS", 40, "Two flats found with the housing office");
    assertThat(measure).variables().containsEntry("measureStatus", "IN_PROGRESS").containsEntry("progress", 40)
        .containsEntry("evidence", "Two flats found with the housing office").containsEntry("reportDueDate", "2026-09-01");
    Task next = task(measure, MeasureTasks.REPORT_PROGRESS);
    assertThat(next.getDueDate()).isEqualTo(ProgrammeCalendar.startOf("2026-09-01"));

    complete(next, "DONE", 100, "Eight families housed; agreement with the housing office signed");
    assertThat(measure).isWaitingAt(MeasureTasks.CONFIRM_CLOSURE).variables().containsEntry("measureStatus", "DONE");
    Task confirm = task(measure, MeasureTasks.CONFIRM_CLOSURE);
    assertThat(confirm).hasCandidateGroup("joint-commission");
    assertRefused(() -> taskService().complete(confirm.getId(), Map.of("closureConfirmed", "false")), "closureComments");
    taskService().complete(confirm.getId(), Map.of("closureConfirmed", "false",
        "closureComments", "Attach the signed agreement"));
    assertThat(measure).isWaitingAt(MeasureTasks.REPORT_PROGRESS).variables()
        .containsEntry("measureStatus", "IN_PROGRESS").containsEntry("closureComments", "Attach the signed agreement");

    complete(task(measure, MeasureTasks.REPORT_PROGRESS), "DONE", 100, "Agreement signed on 2026-04-02, reference GVA/2026/118");
    taskService().complete(task(measure, MeasureTasks.CONFIRM_CLOSURE).getId(), Map.of("closureConfirmed", "true"));
    assertThat(measure).isWaitingAt("CloseMeasure");
    executeDueJobs(measure.getId());
    assertThat(measure).hasPassed("CloseMeasure").isEnded();
    assertThat(historicVariable(measure, "measureStatus")).isEqualTo("CLOSED");
    assertThat(historicVariable(measure, "closedAs")).isEqualTo("DONE");
  }

  @Test
  void aReportNotMadeByThePeriodsEndGoesToTheJointCommissionAndStaysOpen() {
    today("2026-03-01");
    ProcessInstance measure = start(Map.of());
    today("2026-06-01");
    executeDueJobs(measure.getId());
    assertThat(measure).isWaitingAt(MeasureTasks.REPORT_PROGRESS, MeasureTasks.FOLLOW_UP_OVERDUE_REPORT);
    assertThat(measure).variables().containsEntry("overdueReports", 1);
    Task followUp = task(measure, MeasureTasks.FOLLOW_UP_OVERDUE_REPORT);
    assertThat(followUp).hasCandidateGroup("joint-commission");
    assertRefused(() -> taskService().complete(followUp.getId(), Map.of()), "overdueNote");
    taskService().complete(followUp.getId(), Map.of("overdueNote", "Wrote to the Generalitat on 2026-06-03"));
    assertThat(measure).hasPassed("OverdueFollowedUp").isWaitingAt(MeasureTasks.REPORT_PROGRESS);

    today("2026-06-20");
    complete(task(measure, MeasureTasks.REPORT_PROGRESS), "DROPPED", 10, "Budget line withdrawn",
        "The 2026 budget withdrew the line that funded it");
    assertThat(measure).variables().containsEntry("dropReason", "The 2026 budget withdrew the line that funded it")
        .as("the next period runs on from the one that was late").containsEntry("reportDueDate", "2026-09-01");
    taskService().complete(task(measure, MeasureTasks.CONFIRM_CLOSURE).getId(), Map.of("closureConfirmed", true));
    executeDueJobs(measure.getId());
    assertThat(measure).isEnded();
    assertThat(historicVariable(measure, "closedAs")).isEqualTo("DROPPED");
  }

  @Test
  void aContributionJoinedByAnotherRoundBecomesOneMoreOrigin() {
    today("2026-03-01");
    String code = "M-" + UUID.randomUUID().toString().substring(0, 8);
    ProcessInstance measure = runtimeService().startProcessInstanceByKey(PROCESS, code, Variables.createVariables()
        .putValue("measureCode", code).putValue("title", "Mediators who speak Wolof").putValue("objective", "2.1")
        .putValue("responsibleOrganisation", "gva").putValue("dueDate", "2027-03-01")
        .putValue("originConsultationCode", "CONS-A").putValue("originStakeholder", "asoc-senegalesa"));
    assertThat(measure).variables().containsEntry("originConsultationCode", "CONS-A")
        .containsEntry("originStakeholder", "asoc-senegalesa");
    runtimeService().createMessageCorrelation(Messages.MEASURE_CONTRIBUTION_JOINED).processInstanceBusinessKey(code)
        .setVariable("joinedConsultationCode", "CONS-B").setVariable("joinedStakeholder", "cepaim").correlate();
    assertThat(measure).hasPassed("RecordJoinedContribution", "ContributionRecorded").isWaitingAt(MeasureTasks.REPORT_PROGRESS);
    assertThat(runtimeService().getVariable(measure.getId(), "origins").toString())
        .contains("CONS-A", "asoc-senegalesa", "CONS-B", "cepaim");
    assertThat(measure).variables().doesNotContainKey("joinedConsultationCode");
  }

  @Test
  void badStartsAreRefusedNamingTheFieldAndLeaveNothingBehind() {
    today("2026-03-01");
    long before = runtimeService().createProcessInstanceQuery().processDefinitionKey(PROCESS).count();
    assertRefused(() -> start(Map.of("objective", "6.1")), "objective");
    assertRefused(() -> start(Map.of("responsibleOrganisation", "stakeholders-unknown")), "responsibleOrganisation");
    assertRefused(() -> start(Map.of("dueDate", "2026-02-28")), "dueDate");
    assertRefused(() -> start(Map.of("measureCode", "no spaces")), "measureCode");
    assertRefused(() -> start(Map.of("title", "")), "title");
    assertRefused(() -> start(Map.of("startedBy", "facilitator", "originConsultationCode", "CONS-A",
        "originStakeholder", "x")), "originConsultationCode");
    ProcessInstance first = start(Map.of("measureCode", "M-TWICE-" + UUID.randomUUID().toString().substring(0, 6)));
    String code = (String) runtimeService().getVariable(first.getId(), "measureCode");
    assertRefused(() -> start(Map.of("measureCode", code)), "measureCode");
    assertThat(runtimeService().createProcessInstanceQuery().processDefinitionKey(PROCESS).count()).isEqualTo(before + 1);
    runtimeService().deleteProcessInstance(first.getId(), "test");
    assertThat(start(Map.of("measureCode", code))).as("a closed measure's code is free again").isNotNull();
  }

  private ProcessInstance start(Map<String, Object> overrides) {
    Map<String, Object> variables = new HashMap<>(Map.of(
        "measureCode", "M-" + UUID.randomUUID().toString().substring(0, 8),
        "title", "Housing for sponsored families in Valencia", "objective", "3.2",
        "responsibleOrganisation", "gva", "dueDate", "2026-12-31"));
    variables.putAll(overrides);
    return runtimeService().startProcessInstanceByKey(PROCESS, (String) variables.get("measureCode"), variables);
  }

  private static void complete(Task task, String status, int progress, String evidence) {
    complete(task, status, progress, evidence, null);
  }

  private static void complete(Task task, String status, int progress, String evidence, String dropReason) {
    Map<String, Object> form = new HashMap<>();
    form.put("reportStatus", status);
    form.put("reportProgress", progress);
    form.put("evidence", evidence);
    form.put("dropReason", dropReason);
    taskService().complete(task.getId(), form);
  }

  private static Task task(ProcessInstance instance, String key) {
    return taskQuery().processInstanceId(instance.getId()).taskDefinitionKey(key).singleResult();
  }

  private Object historicVariable(ProcessInstance instance, String name) {
    return engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
        .variableName(name).singleResult().getValue();
  }
}
