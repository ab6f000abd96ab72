package org.acollida.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.acollida.contract.ProgrammeCalendar;
import org.acollida.support.FlowNodeCoverage;
import org.acollida.support.ProcessTestSupport;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
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
  @RegisterExtension
  static FlowNodeCoverage proposalCoverage = new FlowNodeCoverage("propose-agreement-extension", 0.9);

  static final String PROCESS = "sponsorship-agreement";
  static final String PROPOSAL = "propose-agreement-extension";
  static final String THREE_SIGNATORIES = """
      [{"organisation":"gva","budgetEur":0},{"organisation":"sjm","budgetEur":100000},
       {"organisation":"caritas-valencia","budgetEur":50000.5}]""";

  @Test
  void unanimousTwiceThenNoThirdVoteAndEndAfterSixYears() {
    today("2026-01-01");
    ProcessInstance agreement = register("2026-01-01");
    assertThat(agreement).as("the lead time, or a signatory's proposal before it")
        .isWaitingAt("Gateway_LeadTimeOrProposal", "MonitoringMeetingDue");
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
    assertThat(agreement).isWaitingAt("LastTermEnds");
    assertThat(agreement).variables().containsEntry("agreementStatus", "IN_FORCE");
    assertRefused(() -> propose("sponsor-sjm", "sjm", agreement), "agreementCode");

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
  void aYesCarriesTheVotersBudgetForTheNextTwoYearsAddedToItsLineWhenTheExtensionIsGranted() throws Exception {
    today("2026-01-01");
    ProcessInstance agreement = register("2026-01-01");
    today("2027-10-01");
    executeDueJobs(agreement.getId());
    List<Task> votes = votes(agreement);
    Task gva = votes.stream().filter(t -> candidateGroup(t).equals("gva")).findFirst().orElseThrow();
    Task sjm = votes.stream().filter(t -> candidateGroup(t).equals("sjm")).findFirst().orElseThrow();
    Task caritas = votes.stream().filter(t -> candidateGroup(t).equals("caritas-valencia")).findFirst().orElseThrow();

    assertRefused(() -> taskService().complete(sjm.getId(), Map.of("extensionApproved", true)), "budgetEur");
    assertRefused(() -> taskService().complete(sjm.getId(), Map.of("extensionApproved", true, "budgetEur", 0)),
        "budgetEur");
    assertRefused(() -> taskService().complete(sjm.getId(), Map.of("extensionApproved", true, "budgetEur", 10.001)),
        "budgetEur");
    assertRefused(() -> taskService().complete(sjm.getId(), Map.of("extensionApproved", true, "budgetEur", "lots")),
        "budgetEur");
    assertThat(votes(agreement)).as("a yes without its budget stays open").hasSize(3);
    taskService().complete(gva.getId(), Map.of("extensionApproved", true, "budgetEur", 0));
    taskService().complete(sjm.getId(), Map.of("extensionApproved", true, "budgetEur", 120000));
    taskService().complete(caritas.getId(), Map.of("extensionApproved", true, "budgetEur", 60000.25));
    executeDueJobs(agreement.getId());

    assertThat(agreement).hasPassed("ExtendAgreementTerm");
    JsonNode lines = new ObjectMapper().readTree(runtimeService().getVariable(agreement.getId(), "signatories").toString());
    Map<String, String> budgets = new java.util.TreeMap<>();
    lines.forEach(line -> budgets.put(line.path("organisation").asText(), line.path("budgetEur").decimalValue()
        .stripTrailingZeros().toPlainString()));
    assertThat(budgets).containsExactlyEntriesOf(new java.util.TreeMap<>(Map.of("gva", "0", "sjm", "220000",
        "caritas-valencia", "110000.75")));
    assertThat(agreement).variables().containsEntry("totalBudgetEur", 330000.75);
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
    assertThat(taskService().getVariableLocal(sjm.getId(), "voterOrganisationName"))
        .as("the form names the organisation, not its id").isEqualTo("Servicio Jesuita a Migrantes de España");
    assertThatThrownBy(() -> taskService().complete(sjm.getId(), Map.of("extensionApproved", false)))
        .as("a no says why").hasMessageContaining("extensionRefusalReason");
    assertRefused(() -> taskService().complete(sjm.getId(), Map.of("extensionApproved", false,
        "extensionRefusalReason", "x".repeat(4001))), "extensionRefusalReason");
    assertThat(votes(agreement)).as("the vote without its reason stays open").hasSize(3);
    taskService().complete(sjm.getId(), Map.of("extensionApproved", false,
        "extensionRefusalReason", "Our budget for the next two years is not approved yet."));

    assertThat(votes(agreement)).as("one no closes the vote for everyone").isEmpty();
    executeDueJobs(agreement.getId());
    assertThat(agreement).hasPassed("RecordExtensionRefused")
        .isWaitingAt("Gateway_ProposalOrTermEnd", "MonitoringMeetingDue");
    assertThat(agreement).variables()
        .containsEntry("agreementStatus", "IN_FORCE")
        .containsEntry("lastExtensionVoteOutcome", "REFUSED")
        .containsEntry("extensionRefusedBy", "sjm")
        .containsEntry("extensionRefusalReason", "Our budget for the next two years is not approved yet.")
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
    taskService().complete(votes(agreement).get(0).getId(), Map.of("extensionApproved", true, "budgetEur", 1000));
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
  void aMeetingOffersTheCommissionsMembersAsAttendeesAndTakesNoOneElse() {
    today("2026-01-01");
    ProcessInstance agreement = register("2026-01-01");
    today("2026-07-01");
    executeDueJobs(agreement.getId());
    Task meeting = meetings(agreement).get(0);

    Object offered = taskService().getVariableLocal(meeting.getId(), "commissionMembers");
    assertThat(offered.toString()).as("the form's checklist options: the commission's members, by name")
        .contains("{\"label\":\"Joint Commission Member\",\"value\":\"commission-member\"}")
        .contains("{\"label\":\"Regional Coordinator\",\"value\":\"coordinator-gva\"}")
        .doesNotContain("sponsor-sjm");
    assertRefused(() -> taskService().complete(meeting.getId(), Map.of("meetingDate", "2026-07-01",
        "meetingMinutes", "Going well.", "meetingAttendees", SpinValues.jsonValue("[\"commission-member\",\"sponsor-sjm\"]")
            .create())), "meetingAttendees");
    assertRefused(() -> taskService().complete(meeting.getId(), Map.of("meetingDate", "2026-07-01",
        "meetingMinutes", "Going well.", "meetingAttendees", "gva, sjm")), "meetingAttendees");
    assertThat(meetings(agreement)).hasSize(1);

    taskService().complete(meeting.getId(), Map.of("meetingDate", "2026-07-01", "meetingMinutes", "Going well.",
        "meetingAttendees", SpinValues.jsonValue("[\"commission-member\",\"coordinator-gva\"]").create()));
    assertThat(agreement).variables().containsEntry("monitoringMeetingsHeld", 1);
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
  void aMeetingTimerExecutedEarlyNeverOpensTheSameMeetingTwice() {
    today("2026-01-01");
    ProcessInstance agreement = register("2026-01-01");
    assertThat(agreement).variables().containsEntry("nextMonitoringMeetingDate", "2026-07-01");

    // a REST client can execute the timer's job before it is due (POST /job/{id}/execute), twice
    management.executeJob(meetingTimer(agreement).getId());
    management.executeJob(meetingTimer(agreement).getId());

    assertThat(meetings(agreement)).extracting(Task::getDueDate).as("two meetings of the series, each on its own date")
        .containsExactlyInAnyOrder(ProgrammeCalendar.startOf("2026-07-01"), ProgrammeCalendar.startOf("2027-01-01"));
    assertThat(agreement).variables().containsEntry("nextMonitoringMeetingNumber", 3)
        .containsEntry("nextMonitoringMeetingDate", "2027-07-01");
    assertThat(meetingTimer(agreement).getDuedate()).isEqualTo(ProgrammeCalendar.startOf("2027-07-01"));

    // when their dates come, the meetings already open are not opened again
    today("2027-01-01");
    executeDueJobs(agreement.getId());
    assertThat(meetings(agreement)).hasSize(2);
  }

  @Test
  void votesAreDueAtTheTermEndMeetingsOnTheirDateAndTheFinalEvaluationAMonthAfterTheEnd() {
    today("2026-01-01");
    ProcessInstance agreement = register("2026-01-01");
    today("2027-10-01");
    executeDueJobs(agreement.getId());

    assertThat(votes(agreement)).hasSize(3).extracting(Task::getDueDate).as("a vote still open at the term end counts as no")
        .containsOnly(ProgrammeCalendar.startOf("2028-01-01"));
    assertThat(meetings(agreement)).extracting(Task::getDueDate).containsExactlyInAnyOrder(
        ProgrammeCalendar.startOf("2026-07-01"), ProgrammeCalendar.startOf("2027-01-01"), ProgrammeCalendar.startOf("2027-07-01"));

    today("2028-01-01");
    executeDueJobs(agreement.getId());
    Task evaluation = taskQuery().processInstanceId(agreement.getId()).taskDefinitionKey(AgreementTasks.FINAL_EVALUATION).singleResult();
    assertThat(evaluation.getDueDate()).isEqualTo(ProgrammeCalendar.startOf("2028-02-01"));
  }

  @Test
  void theFinalEvaluationOfATerminatedAgreementIsDueAMonthAfterTheTermination() {
    today("2026-01-01");
    ProcessInstance agreement = register("2026-01-01");
    today("2026-03-15");
    runtimeService().createMessageCorrelation("AgreementTerminated").processInstanceId(agreement.getId())
        .setVariable("terminationReason", "Funding line withdrawn").correlate();
    executeDueJobs(agreement.getId());
    Task evaluation = taskQuery().processInstanceId(agreement.getId()).taskDefinitionKey(AgreementTasks.FINAL_EVALUATION).singleResult();
    assertThat(evaluation.getDueDate()).isEqualTo(ProgrammeCalendar.startOf("2026-04-15"));
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

  @Test
  void anySignatoryMayProposeTheVoteBeforeTheLeadTime() {
    today("2026-01-01");
    ProcessInstance agreement = register("2026-01-01");
    assertThat(agreement).isWaitingAt("Gateway_LeadTimeOrProposal", "MonitoringMeetingDue");

    today("2026-09-15");
    ProcessInstance request = propose("sponsor-sjm", "sjm", agreement);
    assertThat(request).isEnded().hasPassed("ProposeExtension");
    assertThat(agreement).variables().containsEntry("agreementStatus", "EXTENSION_VOTE")
        .containsEntry("extensionVoteProposedBy", "sponsor-sjm")
        .containsEntry("extensionVoteProposalReason", "Our next budget is approved; let us settle the extension now.");
    assertThat(votes(agreement)).as("every signatory votes, from now").hasSize(3);

    voteAll(agreement, true);
    executeDueJobs(agreement.getId());
    assertThat(agreement).variables().containsEntry("agreementStatus", "IN_FORCE")
        .containsEntry("extensionsGranted", 1)
        .containsEntry("termEndDate", "2030-01-01")
        .containsEntry("extensionVoteOpensDate", "2029-10-01");
    assertThat(agreement).as("the early vote replaced the one at the lead time")
        .isWaitingAt("Gateway_LeadTimeOrProposal", "MonitoringMeetingDue");

    today("2029-10-01");
    executeDueJobs(agreement.getId());
    assertThat(agreement).variables().containsEntry("agreementStatus", "EXTENSION_VOTE")
        .as("a vote the lead time opens was proposed by no one").containsEntry("extensionVoteProposedBy", null);
  }

  @Test
  void afterANoASignatoryMayProposeAgainWhileTheTermRuns() {
    today("2026-01-01");
    ProcessInstance agreement = register("2026-01-01");
    today("2027-10-01");
    executeDueJobs(agreement.getId());
    taskService().complete(votes(agreement).get(0).getId(), Map.of("extensionApproved", false,
        "extensionRefusalReason", "Not yet."));
    executeDueJobs(agreement.getId());
    assertThat(agreement).isWaitingAt("Gateway_ProposalOrTermEnd", "MonitoringMeetingDue");

    today("2027-11-20");
    propose("coordinator-gva", "gva", agreement);
    assertThat(agreement).variables().containsEntry("agreementStatus", "EXTENSION_VOTE")
        .containsEntry("extensionVoteProposedBy", "coordinator-gva");
    voteAll(agreement, true);
    executeDueJobs(agreement.getId());
    assertThat(agreement).variables().containsEntry("extensionsGranted", 1).containsEntry("termEndDate", "2030-01-01")
        .containsEntry("lastExtensionVoteOutcome", "APPROVED");
  }

  @Test
  void aProposalIsRefusedWhenTheAgreementCannotTakeOneAndNothingIsStarted() {
    today("2026-01-01");
    ProcessInstance agreement = register("2026-01-01");
    long requestsBefore = runtimeService().createProcessInstanceQuery()
        .processDefinitionKey(PROPOSAL).count();

    assertRefused(() -> propose("sponsor-caritas-orihuela-alicante", "caritas-orihuela-alicante", agreement),
        "agreementCode");
    assertRefused(() -> proposeCode("sponsor-sjm", "sjm", "CS-NO-SUCH-AGREEMENT", null), "agreementCode");
    assertRefused(() -> proposeCode(null, null, agreementCode(agreement), null), "agreementCode");
    assertRefused(() -> proposeCode("sponsor-sjm", "sjm", agreementCode(agreement), "x".repeat(4001)), "proposalReason");
    assertThat(agreement).variables().containsEntry("agreementStatus", "IN_FORCE");

    propose("sponsor-sjm", "sjm", agreement);
    assertRefused(() -> propose("sponsor-caritas-valencia", "caritas-valencia", agreement), "agreementCode");
    assertThat(votes(agreement)).as("one vote at a time").hasSize(3);

    // a vote left unfinished at the term end counts as no; the term has ended, so no new proposal
    today("2028-01-01");
    executeDueJobs(agreement.getId());
    assertRefused(() -> propose("sponsor-sjm", "sjm", agreement), "agreementCode");
    assertThat(runtimeService().createProcessInstanceQuery().processDefinitionKey(PROPOSAL).count())
        .isEqualTo(requestsBefore);
  }

  // --- helpers

  private ProcessInstance propose(String user, String group, ProcessInstance agreement) {
    return proposeCode(user, group, agreementCode(agreement),
        "Our next budget is approved; let us settle the extension now.");
  }

  private ProcessInstance proposeCode(String user, String group, String code, String reason) {
    if (user != null) {
      engine.getIdentityService().setAuthentication(user, List.of(group));
    }
    try {
      return runtimeService().startProcessInstanceByKey(PROPOSAL, Variables.createVariables()
          .putValue("agreementCode", code).putValue("proposalReason", reason));
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  private String agreementCode(ProcessInstance agreement) {
    return (String) runtimeService().getVariable(agreement.getId(), "agreementCode");
  }

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

  private Job meetingTimer(ProcessInstance agreement) {
    return management.createJobQuery().processInstanceId(agreement.getId()).activityId("MonitoringMeetingDue").singleResult();
  }

  private List<Task> meetings(ProcessInstance agreement) {
    return taskQuery().processInstanceId(agreement.getId()).taskDefinitionKey(AgreementTasks.HOLD_MONITORING_MEETING).list();
  }

  private void voteAll(ProcessInstance agreement, boolean approved) {
    List<Task> votes = votes(agreement);
    assertThat(votes).hasSize(3);
    votes.forEach(vote -> taskService().complete(vote.getId(), approved ? Map.of("extensionApproved", true, "budgetEur", 1000)
        : Map.of("extensionApproved", false, "extensionRefusalReason", "Not this time.")));
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
