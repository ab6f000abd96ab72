package org.acollida.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;

import java.util.List;
import java.util.Map;
import org.acollida.contract.ProgrammeCalendar;
import org.acollida.support.ProcessTestSupport;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;

/** The round's due dates, as Tasklist shows and sorts them. */
class ConsultationDueDatesProcessTest extends ProcessTestSupport {

  @Test
  void invitationsAreDueAtTheDeadlineAndAfterAnExtensionAtTheNewDeadline() {
    today("2026-03-01");
    ProcessInstance round = ConsultationRoundProcessTest.start(ConsultationRoundProcessTest.SIX_STAKEHOLDERS, "2026-03-20");
    assertThat(invitations(round)).hasSize(6).extracting(Task::getDueDate)
        .as("contributions close at the start of the deadline day").containsOnly(ProgrammeCalendar.startOf("2026-03-20"));

    Task first = invitations(round).get(0);
    taskService().complete(first.getId(), Map.of("contributionText", "More Spanish classes in the evening."));
    today("2026-03-20");
    executeDueJobs(round.getId());
    Task decision = task(round, ConsultationTasks.DECIDE_ON_QUORUM);
    assertThat(decision.getDueDate()).as("the pilot sets no time for the facilitator's decision").isNull();
    taskService().complete(decision.getId(), Map.of("extendDeadline", "true", "newContributionDeadline", "2026-04-03"));

    assertThat(invitations(round)).hasSize(5).extracting(Task::getDueDate).containsOnly(ProgrammeCalendar.startOf("2026-04-03"));
  }

  private static List<Task> invitations(ProcessInstance round) {
    return taskQuery().processInstanceId(round.getId()).taskDefinitionKey(ConsultationTasks.SUBMIT_CONTRIBUTION).list();
  }

  private static Task task(ProcessInstance round, String key) {
    return taskQuery().processInstanceId(round.getId()).taskDefinitionKey(key).singleResult();
  }
}
