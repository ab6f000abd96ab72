package org.acollida.spending;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.acollida.contract.ProgrammeCalendar;
import org.acollida.support.FlowNodeCoverage;
import org.acollida.support.ProcessTestSupport;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** record-expense through the engine: validation at the start, counting, the overrun alert once per level. */
class RecordExpenseProcessTest extends ProcessTestSupport {

  static final String PROCESS = "record-expense";
  static final String SIGNATORIES = """
      [{"organisation":"gva","budgetEur":0},{"organisation":"sjm","budgetEur":100000},
       {"organisation":"caritas-valencia","budgetEur":50000}]""";

  @RegisterExtension
  static FlowNodeCoverage coverage = new FlowNodeCoverage(PROCESS, 0.9);

  private String agreement;
  private LocalDate start;

  @BeforeEach
  void agreementInItsFirstMonth() {
    today("2026-03-01");
    start = LocalDate.parse("2026-02-01");
    agreement = agreement(SIGNATORIES, start);
  }

  @Test
  void aSmallExpenseIsCountedAndRaisesNothing() {
    ProcessInstance expense = record("sponsor-sjm", List.of("sjm"), expense(agreement, "2026-02-10", 1500.5, "HOUSING"));

    assertThat(expense.getTenantId()).isEqualTo("sjm");
    assertThat(expense).isWaitingAt("ExpenseRecorded");
    executeDueJobs(expense.getId());
    assertThat(expense).hasPassed("AssessSpending", "DecideOverrunAlert", "NoteOverrunAlert", "ExpenseCounted").isEnded();
    Map<String, Object> values = historicValues(expense);
    assertThat(values).containsEntry("organisation", "sjm").containsEntry("amountEur", 1500.5)
        .containsEntry("recordedBy", "sponsor-sjm").containsEntry("allocatedEur", 100000.0)
        .containsEntry("spentEur", 1500.5).containsEntry("alertLevel", "NONE").containsEntry("newAlert", false);
    assertThat((Double) values.get("termElapsedShare")).isBetween(0.0, 0.05);
  }

  @Test
  void spendingAheadOfTimeRaisesEachLevelOnceForTheRegionalGovernment() {
    ProcessInstance watch = counted("sjm", "2026-02-20", 30000);
    assertThat(watch).isWaitingAt("ReviewOverrunAlert");
    Task review = taskQuery().processInstanceId(watch.getId()).singleResult();
    assertThat(review).hasCandidateGroup("gva");
    assertThat(historicValues(watch)).containsEntry("alertLevel", "WATCH")
        .containsEntry("raisedAlert", agreement + "/sjm/WATCH");

    ProcessInstance stillWatch = counted("sjm", "2026-02-21", 1000);
    assertThat(stillWatch).as("the same level again raises nothing").hasPassed("ExpenseCounted").isEnded();
    assertThat(historicValues(stillWatch)).containsEntry("alertLevel", "WATCH").containsEntry("newAlert", false);

    ProcessInstance otherSponsor = counted("caritas-valencia", "2026-02-21", 100);
    assertThat(otherSponsor).as("another organisation's line is its own").isEnded();

    assertRefused(() -> taskService().complete(review.getId(), Map.of("alertResponse", " ")), "alertResponse");
    taskService().complete(review.getId(), Map.of("alertResponse", "Asked SJM for its spending plan."));
    assertThat(watch).hasPassed("AlertReviewed").isEnded();

    ProcessInstance alert = counted("sjm", "2026-02-25", 20000);
    assertThat(alert).as("half the allocation in the first month").isWaitingAt("ReviewOverrunAlert");
    assertThat(historicValues(alert)).containsEntry("alertLevel", "ALERT").containsEntry("spentEur", 51000.0);
  }

  @Test
  void aCancelledExpenseCountsNoMore() {
    ProcessInstance mistaken = counted("sjm", "2026-02-20", 30000);
    assertThat(mistaken).as("counted, its alert awaiting review").isWaitingAt("ReviewOverrunAlert");
    runtimeService().deleteProcessInstance(mistaken.getId(), "recorded twice");

    ProcessInstance next = counted("sjm", "2026-02-21", 1000);
    assertThat(historicValues(next)).as("the cancelled 30,000 is left out").containsEntry("spentEur", 1000.0);
  }

  @Test
  void theRegionalGovernmentRecordsForAnOrganisationASponsorOnlyForItself() {
    ProcessInstance byGva = record("coordinator-gva", List.of("gva", "joint-commission"),
        with(expense(agreement, "2026-02-12", 80, "TRANSPORT"), "organisation", "caritas-valencia"));
    assertThat(byGva.getTenantId()).isEqualTo("caritas-valencia");

    assertRefused(() -> record("coordinator-gva", List.of("gva"), expense(agreement, "2026-02-12", 80, "TRANSPORT")),
        "organisation");
    assertRefused(() -> record("sponsor-sjm", List.of("sjm"),
        with(expense(agreement, "2026-02-12", 80, "TRANSPORT"), "organisation", "caritas-valencia")), "organisation");
    ProcessInstance naming = record("sponsor-sjm", List.of("sjm"),
        with(expense(agreement, "2026-02-12", 80, "TRANSPORT"), "organisation", "sjm"));
    assertThat(naming.getTenantId()).isEqualTo("sjm");
  }

  @Test
  void badExpensesAreRefusedNamingTheFieldAndNothingIsStored() {
    long before = expenses();
    String sjm = "sponsor-sjm";
    List<String> groups = List.of("sjm");
    assertRefused(() -> record(sjm, groups, expense(agreement, "2026-03-02", 10, "HOUSING")), "expenseDate");
    assertRefused(() -> record(sjm, groups, expense(agreement, "2026-01-31", 10, "HOUSING")), "expenseDate");
    assertRefused(() -> record(sjm, groups, expense(agreement, "2026-02-31", 10, "HOUSING")), "expenseDate");
    assertRefused(() -> record(sjm, groups, expense(agreement, "2026-02-10", 0, "HOUSING")), "amountEur");
    assertRefused(() -> record(sjm, groups, expense(agreement, "2026-02-10", -5, "HOUSING")), "amountEur");
    assertRefused(() -> record(sjm, groups, expense(agreement, "2026-02-10", 10.005, "HOUSING")), "amountEur");
    assertRefused(() -> record(sjm, groups, with(expense(agreement, "2026-02-10", 1, "HOUSING"), "amountEur", "12")),
        "amountEur");
    assertRefused(() -> record(sjm, groups, expense(agreement, "2026-02-10", 10, "CHOCOLATE")), "category");
    assertRefused(() -> record(sjm, groups, expense("CS-NOT-REGISTERED", "2026-02-10", 10, "HOUSING")), "agreementCode");
    String unsigned = agreement("[{\"organisation\":\"gva\",\"budgetEur\":0},{\"organisation\":\"caritas-valencia\",\"budgetEur\":10}]", start);
    assertRefused(() -> record(sjm, groups, expense(unsigned, "2026-02-10", 10, "HOUSING")), "agreementCode");
    assertRefused(() -> record(sjm, groups,
        with(expense(agreement, "2026-02-10", 10, "HOUSING"), "familyCode", "FAM-OF-NOBODY")), "familyCode");
    assertRefused(() -> record(sjm, groups,
        with(expense(agreement, "2026-02-10", 10, "HOUSING"), "receipt", file("receipt.pdf", "application/pdf",
            "#!/bin/sh\nrm -rf /".getBytes()))), "receipt");
    assertRefused(() -> record(sjm, groups,
        with(expense(agreement, "2026-02-10", 10, "HOUSING"), "receipt", file("receipt.html", "text/html",
            "<html>".getBytes()))), "receipt");
    byte[] large = new byte[5 * 1024 * 1024 + 1];
    System.arraycopy(Receipts.PDF, 0, large, 0, Receipts.PDF.length);
    assertRefused(() -> record(sjm, groups,
        with(expense(agreement, "2026-02-10", 10, "HOUSING"), "receipt", file("big.pdf", "application/pdf", large))),
        "receipt");
    assertRefused(() -> record(sjm, groups,
        with(expense(agreement, "2026-02-10", 10, "HOUSING"), "receipt", "not a file")), "receipt");
    assertThat(expenses()).as("nothing stored").isEqualTo(before);

    ProcessInstance withReceipt = record(sjm, groups, with(expense(agreement, "2026-02-10", 12.3, "HEALTH"),
        "receipt", file("receipt.png", "image/png", Receipts.PNG)));
    assertThat(engine.getRuntimeService().getVariableTyped(withReceipt.getId(), "receipt").getValue()).isNotNull();
    assertThat(expenses()).isEqualTo(before + 1);
  }

  // helpers

  String agreement(String signatories, LocalDate startDate) {
    String code = "CS-X-" + UUID.randomUUID().toString().substring(0, 8);
    String id = runtimeService().startProcessInstanceByKey("sponsorship-agreement", code, Variables.createVariables()
        .putValue("agreementCode", code).putValue("startDate", startDate.toString())
        .putValue("signatories", SpinValues.jsonValue(signatories).create())).getId();
    executeDueJobs(id);
    return code;
  }

  static VariableMap expense(String agreementCode, String date, Number amount, String category) {
    return Variables.createVariables().putValue("agreementCode", agreementCode).putValue("expenseDate", date)
        .putValue("amountEur", amount).putValue("category", category);
  }

  static VariableMap with(VariableMap variables, String name, Object value) {
    return Variables.fromMap(variables).putValue(name, value);
  }

  static Object file(String name, String type, byte[] content) {
    return Variables.fileValue(name).file(content).mimeType(type).create();
  }

  ProcessInstance record(String user, List<String> groups, VariableMap variables) {
    engine.getIdentityService().setAuthentication(user, groups, groups);
    try {
      return runtimeService().startProcessInstanceByKey(PROCESS, variables);
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  /** An expense the organisation's sponsor records, counted (its job run). */
  ProcessInstance counted(String organisation, String date, Number amount) {
    String user = organisation.equals("sjm") ? "sponsor-sjm" : "sponsor-" + organisation;
    ProcessInstance expense = record(user, List.of(organisation), expense(agreement, date, amount, "SUBSISTENCE"));
    executeDueJobs(expense.getId());
    return expense;
  }

  Map<String, Object> historicValues(ProcessInstance instance) {
    Map<String, Object> values = new java.util.HashMap<>();
    engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(instance.getId()).list()
        .forEach(v -> values.put(v.getName(), v.getValue()));
    return values;
  }

  long expenses() {
    return engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey(PROCESS).count();
  }

  static LocalDate today() {
    return ProgrammeCalendar.today();
  }
}
