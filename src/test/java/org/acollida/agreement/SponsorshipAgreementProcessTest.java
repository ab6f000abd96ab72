package org.acollida.agreement;

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
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every path of the sponsorship agreement, with the engine clock moved. */
class SponsorshipAgreementProcessTest extends ProcessTestSupport {

  @RegisterExtension
  static FlowNodeCoverage coverage = new FlowNodeCoverage("sponsorship-agreement", 0.9);

  static final String PROCESS = "sponsorship-agreement";
  static final String THREE_SIGNATORIES = """
      [{"organisation":"gva","budgetEur":0},{"organisation":"sjm","budgetEur":100000},
       {"organisation":"caritas-valencia","budgetEur":50000.5}]""";

  @Test
  void unanimousTwiceThenNoThirdVoteAndEndAfterSixYears() {
    today("2026-01-01");
    ProcessInstance agreement = register("2026-01-01");
    assertThat(agreement).isWaitingAt("ExtensionVoteOpens", "MonitoringMeetingDue");
    assertThat(agreement).variables()
        .containsEntry("agreementStatus", "IN_FORCE")
        .containsEntry("termEndDate", "2028-01-01")
        .containsEntry("extensionsGranted", 0)
        .containsEntry("extensionVoteOpensDate", "2027-10-01")
        .containsEntry("totalBudgetEur", 150000.5);

    today("2027-10-01");
    executeDueJobs(agreement.getId());
    assertThat(agreement).variables().containsEntry("agreementStatus", "EXTENSION_VOTE");
    voteAll(agreement, true);
    executeDueJobs(agreement.getId());
    assertThat(agreement).variables()
        .containsEntry("agreementStatus", "IN_FORCE")
        .containsEntry("extensionsGranted", 1)
        .containsEntry("termEndDate", "2030-01-01")
        .containsEntry("lastExtensionVoteOutcome", "APPROVED")
        .containsEntry("extensionVoteOpensDate", "2029-10-01");

    today("2029-10-01");
    executeDueJobs(agreement.getId());
    voteAll(agreement, true);
    executeDueJobs(agreement.getId());
    assertThat(agreement).variables()
        .containsEntry("extensionsGranted", 2)
        .containsEntry("termEndDate", "2032-01-01")
        .containsEntry("extensionVoteOpensDate", null);

    // four extra years granted: no third vote, ever
    today("2031-12-31");
    executeDueJobs(agreement.getId());
    assertThat(votes(agreement)).isEmpty();
    assertThat(agreement).isWaitingAt("TermEnds");
    assertThat(agreement).variables().containsEntry("agreementStatus", "IN_FORCE");

    today("2032-01-01");
    executeDueJobs(agreement.getId());
    assertThat(agreement).hasPassed("TermEnded", "MarkAgreementEnded", "NotifyOpenItineraries")
        .isWaitingAt(AgreementTasks.FINAL_EVALUATION);
    assertThat(agreement).variables().containsEntry("agreementStatus", "ENDED");
    assertThat(agreement).task().hasCandidateGroup("joint-commission");
    assertThat(taskQuery().processInstanceId(agreement.getId()).taskDefinitionKey(AgreementTasks.HOLD_MONITORING_MEETING).count())
        .as("open meetings end with the term").isZero();

    completeFinalEvaluation(agreement);
    assertThat(agreement).isEnded().hasPassed("CloseAgreement");
    assertThat(historicStatus(agreement)).isEqualTo("CLOSED");
  }

  @Test
  void oneNoEndsTheVoteAndTheTermIsNotExtended() {
    today("2026-01-01");
    ProcessInstance agreement = register("2026-01-01");
    today("2027-10-01");
    executeDueJobs(agreement.getId());

    List<Task> votes = votes(agreement);
    assertThat(votes).hasSize(3);
    assertThat(votes.stream().map(this::candidateGroup))
        .containsExactlyInAnyOrder("gva", "sjm", "caritas-valencia");
    Task sjm = votes.stream().filter(t -> candidateGroup(t).equals("sjm")).findFirst().orElseThrow();
    taskService().complete(sjm.getId(), Map.of("extensionApproved", false));

    assertThat(votes(agreement)).as("one no closes the vote for everyone").isEmpty();
    executeDueJobs(agreement.getId());
    assertThat(agreement).hasPassed("RecordExtensionRefused").isWaitingAt("TermEnds", "MonitoringMeetingDue");
    assertThat(agreement).variables()
        .containsEntry("agreementStatus", "IN_FORCE")
        .containsEntry("lastExtensionVoteOutcome", "REFUSED")
        .containsEntry("extensionRefusedBy", "sjm")
        .containsEntry("extensionsGranted", 0)
        .containsEntry("termEndDate", "2028-01-01");

    today("2028-01-01");
    executeDueJobs(agreement.getId());
    assertThat(agreement).isWaitingAt(AgreementTasks.FINAL_EVALUATION);
    assertThat(agreement).variables().containsEntry("agreementStatus", "ENDED");
  }

  @Test
  void aVoteNotFinishedWhenTheTermEndsCountsAsNo() {
    today("2026-01-01");
    ProcessInstance agreement = register("2026-01-01");
    today("2027-10-01");
    executeDueJobs(agreement.getId());
    taskService().complete(votes(agreement).get(0).getId(), Map.of("extensionApproved", true));
    assertThat(votes(agreement)).hasSize(2);

    today("2027-12-31");
    executeDueJobs(agreement.getId());
    assertThat(votes(agreement)).as("the vote stays open until the term ends").hasSize(2);

    today("2028-01-01");
    executeDueJobs(agreement.getId());
    assertThat(agreement).hasPassed("VoteUnfinishedAtTermEnd", "RecordExtensionRefused", "TermEnded")
        .isWaitingAt(AgreementTasks.FINAL_EVALUATION);
    assertThat(agreement).variables()
        .containsEntry("agreementStatus", "ENDED")
        .containsEntry("lastExtensionVoteOutcome", "EXPIRED")
        .containsEntry("extensionsGranted", 0);
    assertThat(votes(agreement)).isEmpty();
  }

  @Test
  void monitoringMeetingsEverySixMonthsWhileInForceAndNoneAtTheTermEnd() {
    today("2026-01-01");
    ProcessInstance agreement = register("2026-01-01");
    assertThat(agreement).variables().containsEntry("nextMonitoringMeetingDate", "2026-07-01");

    today("2026-06-30");
    executeDueJobs(agreement.getId());
    assertThat(meetings(agreement)).isEmpty();

    for (String due : List.of("2026-07-01", "2027-01-01", "2027-07-01")) {
      today(due);
      executeDueJobs(agreement.getId());
      List<Task> meetings = meetings(agreement);
      assertThat(meetings).as("meeting due " + due).hasSize(1);
      assertThat(meetings.get(0)).isNotNull();
      assertThat(candidateGroup(meetings.get(0))).isEqualTo("joint-commission");
      taskService().complete(meetings.get(0).getId(), Map.of(
          "meetingDate", due, "meetingMinutes", "Families progressing; budget on track."));
    }
    assertThat(agreement).variables().containsEntry("monitoringMeetingsHeld", 3)
        .containsEntry("nextMonitoringMeetingDate", "2028-01-01");

    // the vote opened meanwhile and nobody voted: at the term end the final evaluation replaces the meeting
    today("2028-01-01");
    executeDueJobs(agreement.getId());
    assertThat(meetings(agreement)).isEmpty();
    assertThat(agreement).isWaitingAt(AgreementTasks.FINAL_EVALUATION);
  }

  @Test
  void aMeetingWithoutMinutesIsRefusedAndStaysOpen() {
    today("2026-01-01");
    ProcessInstance agreement = register("2026-01-01");
    today("2026-07-01");
    executeDueJobs(agreement.getId());
    Task meeting = meetings(agreement).get(0);

    assertRefused(() -> taskService().complete(meeting.getId(), Map.of("meetingDate", "2026-07-01")), "meetingMinutes");
    assertThat(meetings(agreement)).hasSize(1);
    assertThat(agreement).variables().doesNotContainKey("monitoringMeetingsHeld");
  }

  @Test
  void earlyTerminationNeedsAReasonThenLeadsToTheFinalEvaluation() {
    today("2026-01-01");
    ProcessInstance agreement = register("2026-01-01");
    today("2026-07-01");
    executeDueJobs(agreement.getId());
    assertThat(meetings(agreement)).hasSize(1);

    assertRefused(() -> runtimeService().createMessageCorrelation("AgreementTerminated")
        .processInstanceId(agreement.getId()).correlate(), "terminationReason");
    assertThat(agreement).isWaitingAt(AgreementTasks.HOLD_MONITORING_MEETING);
    assertThat(agreement).variables().containsEntry("agreementStatus", "IN_FORCE");

    runtimeService().createMessageCorrelation("AgreementTerminated").processInstanceId(agreement.getId())
        .setVariable("terminationReason", "Funding line withdrawn").correlate();
    assertThat(agreement).variables().containsEntry("agreementStatus", "TERMINATED");
    // the family itineraries are told in a job of its own
    assertThat(agreement).isWaitingAt("NotifyOpenItineraries");
    executeDueJobs(agreement.getId());
    assertThat(agreement).hasPassed("AgreementTerminatedEarly", "RecordAgreementTermination", "NotifyOpenItineraries")
        .isWaitingAt(AgreementTasks.FINAL_EVALUATION);
    assertThat(agreement).variables().containsEntry("agreementStatus", "TERMINATED")
        .containsEntry("terminationReason", "Funding line withdrawn");
    assertThat(meetings(agreement)).isEmpty();
    assertThat(management.createJobQuery().processInstanceId(agreement.getId()).timers().count()).isZero();

    completeFinalEvaluation(agreement);
    assertThat(agreement).isEnded();
  }

  @Test
  void aBackDatedAgreementWhoseVoteIsAlreadyOpenOnlyGetsMeetingsStillToCome() {
    today("2026-11-23");
    ProcessInstance agreement = register("2025-01-01");
    assertThat(agreement).variables()
        .containsEntry("termEndDate", "2027-01-01")
        .containsEntry("extensionVoteOpensDate", "2026-10-01")
        .containsEntry("nextMonitoringMeetingDate", "2027-01-01");

    executeDueJobs(agreement.getId());
    assertThat(votes(agreement)).hasSize(3);
    assertThat(meetings(agreement)).as("past meetings are not held retroactively").isEmpty();
    assertThat(agreement).variables().containsEntry("agreementStatus", "EXTENSION_VOTE");

    voteAll(agreement, true);
    executeDueJobs(agreement.getId());
    assertThat(agreement).variables().containsEntry("termEndDate", "2029-01-01").containsEntry("extensionsGranted", 1);

    // the term now runs past 2027-01-01, so that meeting is held
    today("2027-01-01");
    executeDueJobs(agreement.getId());
    assertThat(meetings(agreement)).hasSize(1);
  }

  @Test
  void theCodeCanBeRegisteredAgainOnlyOnceTheAgreementIsClosed() {
    today("2026-01-01");
    String code = "CS-" + UUID.randomUUID().toString().substring(0, 8);
    ProcessInstance first = register(code, "2026-01-01");
    assertRefused(() -> register(code, "2026-01-01"), "agreementCode");

    runtimeService().createMessageCorrelation("AgreementTerminated").processInstanceId(first.getId())
        .setVariable("terminationReason", "Replaced by a new agreement").correlate();
    executeDueJobs(first.getId());
    completeFinalEvaluation(first);
    assertThat(first).isEnded();

    ProcessInstance second = register(code, "2026-01-01");
    assertThat(second).isActive();
  }

  @Test
  void anAgreementCancelledWithoutItsListenersDoesNotKeepItsCode() {
    today("2026-01-01");
    String code = "CS-" + UUID.randomUUID().toString().substring(0, 8);
    ProcessInstance first = register(code, "2026-01-01");
    // Cockpit's "skip custom listeners": the end listener that releases the code does not run
    runtimeService().deleteProcessInstance(first.getId(), "registered by mistake", true);

    ProcessInstance second = register(code, "2026-01-01");
    assertThat(second).isActive();
    assertRefused(() -> register(code, "2026-01-01"), "agreementCode");
  }

  @Test
  void aTechnicalFailureIsRetriedOnItsCycleThenBecomesAnIncidentAndResumesWithTheVotesKept() {
    today("2026-01-01");
    ProcessInstance agreement = register("2026-01-01");
    today("2027-10-01");
    executeDueJobs(agreement.getId());
    // the stored term end date was broken by hand; the votes are cast before anyone notices
    runtimeService().setVariable(agreement.getId(), "termEndDate", "soon");
    voteAll(agreement, true);
    assertThat(agreement).isWaitingAt("ExtendAgreementTerm");
    assertThat(votes(agreement)).as("the votes are committed before the extension runs").isEmpty();

    String extend = management.createJobQuery().processInstanceId(agreement.getId())
        .activityId("ExtendAgreementTerm").singleResult().getId();
    assertThat(failUntilIncident(extend, "termEndDate")).as("retried after 1, 5 and 30 minutes, not at once")
        .containsExactly(1L, 5L, 30L);
    Incident incident = runtimeService().createIncidentQuery().processInstanceId(agreement.getId()).singleResult();
    assertThat(incident.getActivityId()).isEqualTo("ExtendAgreementTerm");
    assertThat(incident.getIncidentMessage()).contains("Agreement", "termEndDate", "'soon'");

    // the administrator corrects the variable and retries the job now, as in Cockpit
    runtimeService().setVariable(agreement.getId(), "termEndDate", "2028-01-01");
    retryNow(agreement.getId(), extend);
    assertThat(agreement).variables()
        .containsEntry("votesInFavour", 3)
        .containsEntry("extensionsGranted", 1)
        .containsEntry("termEndDate", "2030-01-01");
    assertThat(runtimeService().createIncidentQuery().processInstanceId(agreement.getId()).count()).isZero();
  }

  // --- helpers

  private ProcessInstance register(String startDate) {
    return register("CS-" + UUID.randomUUID().toString().substring(0, 8), startDate);
  }

  private ProcessInstance register(String code, String startDate) {
    return runtimeService().startProcessInstanceByKey(PROCESS, code, Variables.createVariables()
        .putValue("agreementCode", code)
        .putValue("startDate", startDate)
        .putValue("signatories", SpinValues.jsonValue(THREE_SIGNATORIES).create()));
  }

  private List<Task> votes(ProcessInstance agreement) {
    return taskQuery().processInstanceId(agreement.getId()).taskDefinitionKey(AgreementTasks.VOTE_ON_EXTENSION).list();
  }

  private List<Task> meetings(ProcessInstance agreement) {
    return taskQuery().processInstanceId(agreement.getId()).taskDefinitionKey(AgreementTasks.HOLD_MONITORING_MEETING).list();
  }

  private void voteAll(ProcessInstance agreement, boolean approved) {
    List<Task> votes = votes(agreement);
    assertThat(votes).hasSize(3);
    votes.forEach(vote -> taskService().complete(vote.getId(), Map.of("extensionApproved", approved)));
  }

  private String candidateGroup(Task task) {
    return taskService().getIdentityLinksForTask(task.getId()).stream()
        .filter(link -> link.getGroupId() != null).findFirst().orElseThrow().getGroupId();
  }

  private void completeFinalEvaluation(ProcessInstance agreement) {
    Task evaluation = taskQuery().processInstanceId(agreement.getId()).taskDefinitionKey(AgreementTasks.FINAL_EVALUATION).singleResult();
    taskService().complete(evaluation.getId(), Map.of(
        "objectivesMet", "PARTIALLY_MET", "evaluationSummary", "Five families reached partial autonomy."));
    executeDueJobs(agreement.getId());
  }

  private String historicStatus(ProcessInstance agreement) {
    return (String) engine.getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(agreement.getId()).variableName("agreementStatus").singleResult().getValue();
  }
}
