package org.acollida.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.acollida.document.Documents;
import org.acollida.support.ProcessTestSupport;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The demo's Valencian pilot: the agreement and its five families, created once. The test context
 * does not create demo process data at start-up (tests start their own), so this runs the same
 * runners by hand, twice, as two start-ups would.
 */
class DemoDataTest extends ProcessTestSupport {

  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired HistoryService history;
  @Autowired DemoItems items;
  @Autowired Documents documents;
  @Autowired org.camunda.bpm.engine.ManagementService management;

  @Test
  void thePilotAgreementAndItsFiveFamiliesAreCreatedOnce() throws Exception {
    for (int startUp = 1; startUp <= 2; startUp++) {
      new DemoPilotAgreement(runtime, history, items, documents).run(null);
      new DemoFamilies(runtime, tasks, history, items, documents).run(null);
    }

    List<ProcessInstance> pilot = runtime.createProcessInstanceQuery().processDefinitionKey("sponsorship-agreement")
        .processInstanceBusinessKey(DemoPilotAgreement.PILOT_CODE).list();
    assertThat(pilot).hasSize(1);
    assertThat(runtime.getVariable(pilot.get(0).getId(), "totalBudgetEur")).isEqualTo(250000.0);

    List<ProcessInstance> families = runtime.createProcessInstanceQuery().processDefinitionKey("integration-itinerary")
        .variableValueEquals("agreementCode", DemoPilotAgreement.PILOT_CODE).list();
    assertThat(families).extracting(ProcessInstance::getBusinessKey).containsExactlyInAnyOrder(
        "FAM-ALAQUAS", "FAM-ALMASSORA", "FAM-CALP", "FAM-COCENTAINA", "FAM-VALENCIA");
    int people = 0;
    for (ProcessInstance family : families) {
      assertThat(family.getTenantId()).isEqualTo(runtime.getVariable(family.getId(), "sponsorOrganisation"));
      people += (Integer) runtime.getVariable(family.getId(), "members");
    }
    assertThat(people).as("twenty-three people in all").isEqualTo(23);
    assertThat(families.stream().map(ProcessInstance::getTenantId).distinct()).as("shared among the four sponsors")
        .hasSize(4);

    // their documents, once: the signed agreement, and the consent of each family that has arrived
    assertThat(kinds(pilot.get(0).getId())).containsExactly("signedAgreement");
    for (ProcessInstance family : families) {
      assertThat(kinds(family.getId())).as(family.getBusinessKey()).isEqualTo(
          family.getBusinessKey().equals("FAM-COCENTAINA") ? List.of() : List.of("familyConsent"));
    }
    byte[] signed = tasks.getAttachmentContent(tasks.getProcessInstanceAttachments(pilot.get(0).getId()).get(0).getId())
        .readAllBytes();
    assertThat(new String(signed, java.nio.charset.StandardCharsets.US_ASCII)).startsWith("%PDF-1.4")
        .contains("(Community sponsorship agreement CS-VAL-PILOT) Tj").endsWith("%%EOF\n");
  }

  private List<String> kinds(String processInstanceId) {
    return tasks.getProcessInstanceAttachments(processInstanceId).stream().map(a -> a.getType()).toList();
  }

  @Test
  void thePublishedRoundsAdoptedContributionsHaveMeasuresInSeveralStatesCreatedOnce() {
    for (int startUp = 1; startUp <= 2; startUp++) {
      new DemoConsultationRounds(runtime, tasks, management, history, items).run(null);
      new DemoMeasures(runtime, tasks, management, items).run(null);
    }
    java.util.Map<String, Object> status = new java.util.TreeMap<>();
    history.createHistoricProcessInstanceQuery().processDefinitionKey("strategy-measure")
        .variableValueEquals("originConsultationCode", DemoConsultationRounds.PUBLISHED_ROUND).list()
        .forEach(m -> status.put(m.getBusinessKey(), history.createHistoricVariableInstanceQuery()
            .processInstanceId(m.getId()).variableName("measureStatus").singleResult().getValue()));
    String round = DemoConsultationRounds.PUBLISHED_ROUND;
    assertThat(status).as("five adopted contributions of six, one measure each").containsExactlyInAnyOrderEntriesOf(
        java.util.Map.of(round + "-1", "IN_PROGRESS", round + "-2", "IN_PROGRESS", round + "-3", "CLOSED",
            round + "-4", "PLANNED", round + "-5", "DONE"));
  }

  @Test
  void thePilotsSponsorsHaveRecordedTheirExpensesOnceAndOneRaisedAnAlert() {
    for (int startUp = 1; startUp <= 2; startUp++) {
      new DemoPilotAgreement(runtime, history, items, documents).run(null);
      new DemoExpenses(runtime, history, management, items).run(null);
    }
    for (String sponsor : DemoExpenses.SPONSORS) {
      List<org.camunda.bpm.engine.history.HistoricProcessInstance> expenses = history.createHistoricProcessInstanceQuery()
          .processDefinitionKey("record-expense").tenantIdIn(sponsor)
          .variableValueEquals("agreementCode", DemoPilotAgreement.PILOT_CODE).list();
      assertThat(expenses).as(sponsor + ": one expense every two months, or front-loaded").hasSizeBetween(11, 12);
      assertThat(expenses).extracting(org.camunda.bpm.engine.history.HistoricProcessInstance::getBusinessKey)
          .as("recorded once").doesNotHaveDuplicates();
    }
    List<org.camunda.bpm.engine.task.Task> alerts = tasks.createTaskQuery().processDefinitionKey("record-expense")
        .taskDefinitionKey("ReviewOverrunAlert").tenantIdIn("caritas-segorbe-castellon")
        .processVariableValueEquals("agreementCode", DemoPilotAgreement.PILOT_CODE).list();
    assertThat(alerts).as("WATCH, then ALERT: one task each for the regional government").hasSize(2);
    assertThat(tasks.createTaskQuery().processDefinitionKey("record-expense").taskDefinitionKey("ReviewOverrunAlert")
        .tenantIdIn("sjm", "caritas-valencia", "caritas-orihuela-alicante")
        .processVariableValueEquals("agreementCode", DemoPilotAgreement.PILOT_CODE).count()).as("the others spend in step")
        .isZero();
    assertThat(alerts).extracting(t -> runtime.getVariable(t.getProcessInstanceId(), "alertLevel"))
        .containsExactlyInAnyOrder("WATCH", "ALERT");
    for (String sponsor : DemoExpenses.SPONSORS) {
      assertThat(tasks.createTaskQuery().processDefinitionKey("spending-justification")
          .processInstanceBusinessKey(DemoPilotAgreement.PILOT_CODE + "/" + sponsor).taskDefinitionKey("SubmitJustification")
          .count()).as(sponsor + ": the first period's justification, overdue").isEqualTo(1);
    }
  }
}
