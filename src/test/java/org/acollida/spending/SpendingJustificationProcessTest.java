package org.acollida.spending;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.acollida.support.FlowNodeCoverage;
import org.acollida.support.ProcessTestSupport;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** spending-justification: started by an organisation's first expense under an agreement, one period after another, reviewed, chased when late. */
class SpendingJustificationProcessTest extends ProcessTestSupport {

  static final String PROCESS = "spending-justification";

  @RegisterExtension
  static FlowNodeCoverage coverage = new FlowNodeCoverage(PROCESS, 0.9);

  private String agreement;

  private void agreementFrom(String startDate) {
    agreement = "CS-J-" + UUID.randomUUID().toString().substring(0, 8);
    String id = runtimeService().startProcessInstanceByKey("sponsorship-agreement", agreement, Variables.createVariables()
        .putValue("agreementCode", agreement).putValue("startDate", startDate)
        .putValue("signatories", SpinValues.jsonValue("""
            [{"organisation":"gva","budgetEur":0},{"organisation":"sjm","budgetEur":100000},
             {"organisation":"caritas-valencia","budgetEur":50000}]""").create())).getId();
    executeDueJobs(id);
  }

  private ProcessInstance justification(String organisation) {
    return runtimeService().createProcessInstanceQuery().processDefinitionKey(PROCESS)
        .processInstanceBusinessKey(agreement + "/" + organisation).singleResult();
  }

  private Task task(ProcessInstance instance, String key) {
    List<Task> tasks = taskQuery().processInstanceId(instance.getId()).taskDefinitionKey(key).list();
    assertThat(tasks).as(key).hasSize(1);
    return tasks.get(0);
  }

  private void expense(String organisation, String date, double amount) {
    String id = runtimeService().startProcessInstanceByKey("record-expense", Variables.createVariables()
        .putValue("agreementCode", agreement).putValue("organisation", organisation).putValue("expenseDate", date)
        .putValue("amountEur", amount).putValue("category", "LANGUAGE")).getId();
    executeDueJobs(id);
  }

  @Test
  void eachSponsorJustifiesEachPeriodsExpensesAndTheRegionalGovernmentSendsBackOrAccepts() {
    today("2026-01-01");
    agreementFrom("2026-01-01");
    assertThat(justification("sjm")).as("nothing to justify before a first expense").isNull();
    today("2026-03-10");
    expense("sjm", "2026-02-10", 1200.5);
    expense("caritas-valencia", "2026-03-01", 999);
    ProcessInstance sjm = justification("sjm");
    assertThat(sjm).as("the first expense starts the organisation's justification").isNotNull();
    assertThat(justification("caritas-valencia")).isNotNull();
    assertThat(justification("gva")).isNull();
    assertThat(sjm.getTenantId()).isEqualTo("sjm");
    expense("sjm", "2026-03-01", 1);
    assertThat(runtimeService().createProcessInstanceQuery().processDefinitionKey(PROCESS)
        .processInstanceBusinessKey(agreement + "/sjm").count()).as("one per organisation and agreement").isEqualTo(1);
    executeDueJobs(sjm.getId());
    assertThat(sjm).isWaitingAt("PeriodEnds").variables().containsEntry("periodNumber", 1)
        .containsEntry("periodStart", "2026-01-01").containsEntry("periodEnd", "2026-06-30")
        .containsEntry("justificationDue", "2026-07-30");

    today("2026-07-01");
    expense("sjm", "2026-06-30", 300);
    expense("sjm", "2026-07-01", 50);
    executeDueJobs(sjm.getId());
    Task submit = task(sjm, "SubmitJustification");
    assertThat(submit).hasCandidateGroup("sjm");
    assertThat(submit.getDueDate()).isEqualTo(org.acollida.contract.ProgrammeCalendar.startOf("2026-07-30"));
    assertThat(sjm).variables().containsEntry("periodSpentEur", 1501.5).containsEntry("periodExpenses",
        "- 2026-02-10: 1200.50 EUR, LANGUAGE\n- 2026-03-01: 1.00 EUR, LANGUAGE\n- 2026-06-30: 300.00 EUR, LANGUAGE");

    assertRefused(() -> taskService().complete(submit.getId(), Map.of("justificationNarrative", " ")),
        "justificationNarrative");
    taskService().complete(submit.getId(), Map.of("justificationNarrative", "Language classes for FAM-X."));
    Task review = task(sjm, "ReviewJustification");
    assertThat(review).hasCandidateGroup("gva");
    assertRefused(() -> taskService().complete(review.getId(), Map.of("justificationAccepted", "false")),
        "sendBackReason");
    assertRefused(() -> taskService().complete(review.getId(), Map.of("justificationAccepted", "maybe")),
        "justificationAccepted");
    taskService().complete(review.getId(), Map.of("justificationAccepted", "false",
        "sendBackReason", "Attach the teacher's invoices."));
    Task again = task(sjm, "SubmitJustification");
    taskService().complete(again.getId(), Map.of("justificationNarrative", "Language classes for FAM-X; invoices sent."));
    taskService().complete(task(sjm, "ReviewJustification").getId(), Map.of("justificationAccepted", "true"));

    assertThat(sjm).hasPassed("SetNextJustificationPeriod").isWaitingAt("PeriodEnds").variables()
        .containsEntry("periodNumber", 2).containsEntry("periodStart", "2026-07-01").containsEntry("periodEnd", "2026-12-31");
  }

  @Test
  void aMissingJustificationIsOverdueAndTheCoordinatorChasesItWhileItStaysOpen() {
    today("2026-01-01");
    agreementFrom("2026-01-01");
    expense("caritas-valencia", "2026-01-01", 10);
    ProcessInstance caritas = justification("caritas-valencia");
    executeDueJobs(caritas.getId());
    today("2026-07-01");
    executeDueJobs(caritas.getId());
    Task submit = task(caritas, "SubmitJustification");
    assertThat(caritas).variables().containsEntry("periodExpenses", "- 2026-01-01: 10.00 EUR, LANGUAGE");

    today("2026-07-30");
    executeDueJobs(caritas.getId());
    Task chase = task(caritas, "ChaseMissingJustification");
    assertThat(chase).hasCandidateGroup("gva");
    assertThat(taskQuery().taskId(submit.getId()).singleResult()).as("still the sponsor's to do").isNotNull();
    assertRefused(() -> taskService().complete(chase.getId(), Map.of()), "chaseNotes");
    taskService().complete(chase.getId(), Map.of("chaseNotes", "Called the coordinator."));
    assertThat(caritas).hasPassed("MissingJustificationChased").isWaitingAt("SubmitJustification");
  }

  @Test
  void theLastPeriodEndsWithTheTermAndThenNothingIsLeftToJustify() {
    today("2026-01-01");
    agreementFrom("2026-01-01");
    expense("sjm", "2026-01-01", 10);
    ProcessInstance sjm = justification("sjm");
    executeDueJobs(sjm.getId());
    for (String periodEnd : List.of("2026-06-30", "2026-12-31", "2027-06-30", "2027-12-31")) {
      assertThat(sjm).variables().containsEntry("periodEnd", periodEnd);
      today(java.time.LocalDate.parse(periodEnd).plusDays(1).toString());
      executeDueJobs(sjm.getId());
      if (!periodEnd.equals("2026-06-30")) {
        assertThat(sjm).variables().containsEntry("periodExpenses", "No expense recorded in this period.");
      }
      taskService().complete(task(sjm, "SubmitJustification").getId(), Map.of("justificationNarrative", "Done."));
      taskService().complete(task(sjm, "ReviewJustification").getId(), Map.of("justificationAccepted", true));
    }
    assertThat(sjm).as("the term ended on 2028-01-01").hasPassed("AllPeriodsJustified").isEnded();
  }
}
