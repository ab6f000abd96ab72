package org.acollida.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashMap;
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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Every path of a consultation round, with the engine clock moved. */
class ConsultationRoundProcessTest extends ProcessTestSupport {

  @Autowired private JdbcTemplate jdbc;

  @RegisterExtension
  static FlowNodeCoverage coverage = new FlowNodeCoverage("consultation-round", 0.9);

  static final String PROCESS = "consultation-round";
  /** Two migrant associations of six: 33%, above the 30% threshold. */
  static final String SIX_STAKEHOLDERS = """
      [{"id":"asoc-senegalesa","name":"Asociación de Senegaleses de Valencia","category":"MIGRANT_ASSOCIATION","user":"stakeholder-1"},
       {"id":"mujeres-migrantes","name":"Mujeres Migrantes en Acción","category":"MIGRANT_ASSOCIATION","user":"stakeholder-2"},
       {"id":"cepaim","name":"Fundación CEPAIM","category":"NGO","user":"stakeholder-3"},
       {"id":"accem","name":"Accem","category":"NGO","user":"stakeholder-4"},
       {"id":"ayto-valencia","name":"Ajuntament de València","category":"PUBLIC_ADMINISTRATION","user":"stakeholder-5"},
       {"id":"oim","name":"OIM España","category":"INTERNATIONAL_ORGANISATION","user":"stakeholder-6"}]""";
  /** One migrant association of four: 25%, below the threshold. */
  static final String FOUR_STAKEHOLDERS_FEW_MIGRANTS = """
      [{"id":"asoc-senegalesa","name":"Asociación de Senegaleses de Valencia","category":"MIGRANT_ASSOCIATION","user":"stakeholder-1"},
       {"id":"cepaim","name":"Fundación CEPAIM","category":"NGO","user":"stakeholder-3"},
       {"id":"accem","name":"Accem","category":"NGO","user":"stakeholder-4"},
       {"id":"ayto-valencia","name":"Ajuntament de València","category":"PUBLIC_ADMINISTRATION","user":"stakeholder-5"}]""";

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void enoughMigrantAssociationsGoStraightToOneInvitationPerStakeholder() {
    today("2026-03-01");
    ProcessInstance round = start(SIX_STAKEHOLDERS, "2026-03-20");
    assertThat(round).hasPassed("CheckRepresentation", "OpenContributions").hasNotPassed(ConsultationTasks.IMPROVE_REPRESENTATION)
        .isWaitingAt(ConsultationTasks.SUBMIT_CONTRIBUTION);
    assertThat(round).variables()
        .containsEntry("roundStatus", "OPEN_FOR_CONTRIBUTIONS")
        .containsEntry("migrantAssociationShare", 2.0 / 6)
        .containsEntry("representationSufficient", true)
        .containsEntry("reminderDate", "2026-03-17")
        .containsEntry("reminderSent", false);
    List<Task> invitations = invitations(round);
    assertThat(invitations).extracting(Task::getAssignee)
        .containsExactlyInAnyOrder("stakeholder-1", "stakeholder-2", "stakeholder-3", "stakeholder-4", "stakeholder-5",
            "stakeholder-6");
    assertThat(taskService().getIdentityLinksForTask(invitations.get(0).getId()))
        .as("an invitation is its stakeholder's alone: no candidate group").allMatch(link -> link.getGroupId() == null);
  }

  @Test
  void tooFewMigrantAssociationsMakeTheFacilitatorInviteMoreBeforeInvitationsGoOut() {
    today("2026-03-01");
    ProcessInstance round = start(FOUR_STAKEHOLDERS_FEW_MIGRANTS, "2026-03-20");
    assertThat(round).isWaitingAt(ConsultationTasks.IMPROVE_REPRESENTATION);
    assertThat(round).task().hasCandidateGroup("consultation-facilitators");
    assertThat(round).variables().containsEntry("roundStatus", "REPRESENTATION_CHECK")
        .containsEntry("migrantAssociationShare", 0.25).containsEntry("representationSufficient", false)
        .as("the numbers the form says in the reader's words").containsEntry("migrantAssociationsInvited", 1)
        .containsEntry("stakeholdersInvited", 4).containsEntry("migrantAssociationPercent", 25);
    assertThat(invitations(round)).as("no invitation before the check passes").isEmpty();

    Task improve = task(round, ConsultationTasks.IMPROVE_REPRESENTATION);
    assertRefused(() -> taskService().complete(improve.getId(), Map.of(
        "stakeholders", SpinValues.jsonValue(FOUR_STAKEHOLDERS_FEW_MIGRANTS).create())), "justification");

    String withOneMore = FOUR_STAKEHOLDERS_FEW_MIGRANTS.replace("]", ",{\"id\":\"asoc-rumanos\",\"name\":\"Asociación de Rumanos\","
        + "\"category\":\"MIGRANT_ASSOCIATION\",\"user\":\"stakeholder-2\"}]");
    taskService().complete(improve.getId(), Map.of("stakeholders", withOneMore));
    assertThat(round).isWaitingAt(ConsultationTasks.SUBMIT_CONTRIBUTION);
    assertThat(round).variables().containsEntry("migrantAssociationShare", 0.4).containsEntry("representationJustified", false);
    assertThat(invitations(round)).hasSize(5).extracting(Task::getAssignee).contains("stakeholder-2");
  }

  @Test
  void aJustificationLetsTheRoundGoOnBelowTheThreshold() {
    today("2026-03-01");
    ProcessInstance round = start(FOUR_STAKEHOLDERS_FEW_MIGRANTS, "2026-03-20");
    taskService().complete(task(round, ConsultationTasks.IMPROVE_REPRESENTATION).getId(), Map.of(
        "justification", "Only one migrant association works on housing in this district; two more were invited and declined."));
    assertThat(round).hasPassed(ConsultationTasks.IMPROVE_REPRESENTATION).isWaitingAt(ConsultationTasks.SUBMIT_CONTRIBUTION);
    assertThat(round).variables().containsEntry("representationJustified", true)
        .containsEntry("migrantAssociationShare", 0.25)
        .containsEntry("representationJustification",
            "Only one migrant association works on housing in this district; two more were invited and declined.");
    assertThat(invitations(round)).hasSize(4);
  }

  @Test
  void aReminderGoesOutDaysBeforeTheDeadlineAndOpenInvitationsCloseAtItAsNoResponse() {
    today("2026-03-01");
    ProcessInstance round = start(SIX_STAKEHOLDERS, "2026-03-20");
    contribute(round, "stakeholder-1", "Municipal registration offices need mediators who speak Wolof.");
    contribute(round, "stakeholder-3", "Extend the reception programme to six months.");
    assertThat(invitations(round)).hasSize(4);
    assertThat(json(round, "contributions").findValuesAsText("stakeholderId"))
        .containsExactly("asoc-senegalesa", "cepaim");
    assertThat(json(round, "contributions").findValues("text")).as("sealed while the round collects")
        .allMatch(JsonNode::isNull);
    assertThat(sealedTexts(round)).isEqualTo(2);

    today("2026-03-16");
    executeDueJobs(round.getId());
    assertThat(round).variables().containsEntry("reminderSent", false);

    today("2026-03-17");
    executeDueJobs(round.getId());
    assertThat(round).hasPassed("ContributionReminderDue", "RecordContributionReminder").isWaitingAt(ConsultationTasks.SUBMIT_CONTRIBUTION);
    assertThat(round).variables().containsEntry("reminderSent", true);
    assertThat(invitations(round)).hasSize(4).allMatch(t -> t.getFollowUpDate() != null);

    contribute(round, "stakeholder-5", "The city will open two more intercultural mediation points.");
    contribute(round, "stakeholder-4", "Housing guarantees for families leaving reception.");

    today("2026-03-19");
    executeDueJobs(round.getId());
    assertThat(invitations(round)).as("open until the start of the deadline day").hasSize(2);

    today("2026-03-20");
    executeDueJobs(round.getId());
    assertThat(invitations(round)).isEmpty();
    assertThat(round).hasPassed("ContributionDeadlineReached", "CloseContributions", "PrepareSynthesis")
        .isWaitingAt(ConsultationTasks.SYNTHESISE_CONTRIBUTIONS);
    assertThat(round).variables()
        .containsEntry("roundStatus", "SYNTHESIS")
        .containsEntry("responseRate", 4.0 / 6)
        .containsEntry("migrantResponseShare", 0.25)
        .containsEntry("quorumMet", true)
        .containsEntry("responseCount", 4);
    JsonNode contributions = json(round, "contributions");
    assertThat(contributions).hasSize(4);
    assertThat(contributions.findValuesAsText("stakeholderId"))
        .containsExactlyInAnyOrder("asoc-senegalesa", "cepaim", "ayto-valencia", "accem");
    assertThat(contributions.get(0).get("category").asText()).isEqualTo("MIGRANT_ASSOCIATION");
    assertThat(contributions.get(0).get("submittedAt").asText()).startsWith("2026-02-28T23:00");
    assertThat(contributions.get(0).get("text").asText())
        .isEqualTo("Municipal registration offices need mediators who speak Wolof.");
    assertThat(json(round, "synthesis").findValuesAsText("text"))
        .contains("Extend the reception programme to six months.");
    assertThat(sealedTexts(round)).as("unsealed into the round's variables").isZero();
    assertThat(task(round, ConsultationTasks.SYNTHESISE_CONTRIBUTIONS)).isNotNull();
  }

  @Test
  void belowQuorumTheFacilitatorExtendsOnceAndOnlyThoseWhoHaveNotAnsweredAreInvitedAgain() {
    today("2026-03-01");
    ProcessInstance round = start(SIX_STAKEHOLDERS, "2026-03-20");
    contribute(round, "stakeholder-2", "Women's networks should be consulted on the employment plan.");
    today("2026-03-20");
    executeDueJobs(round.getId());
    assertThat(round).isWaitingAt(ConsultationTasks.DECIDE_ON_QUORUM);
    assertThat(round).task().hasCandidateGroup("consultation-facilitators");
    assertThat(round).variables().containsEntry("quorumMet", false).containsEntry("responseRate", 1.0 / 6)
        .containsEntry("migrantResponseShare", 1.0).containsEntry("roundStatus", "CONTRIBUTIONS_CLOSED");

    Task decision = task(round, ConsultationTasks.DECIDE_ON_QUORUM);
    assertRefused(() -> taskService().complete(decision.getId(), Map.of("extendDeadline", "true")), "newContributionDeadline");
    assertRefused(() -> taskService().complete(decision.getId(), Map.of("extendDeadline", "true",
        "newContributionDeadline", "2026-03-19")), "newContributionDeadline");
    taskService().complete(decision.getId(), Map.of("extendDeadline", "true", "newContributionDeadline", "2026-04-03"));

    assertThat(round).isWaitingAt(ConsultationTasks.SUBMIT_CONTRIBUTION);
    assertThat(round).variables().containsEntry("contributionDeadline", "2026-04-03")
        .containsEntry("originalContributionDeadline", "2026-03-20").containsEntry("deadlineExtended", true)
        .containsEntry("roundStatus", "OPEN_FOR_CONTRIBUTIONS").containsEntry("reminderDate", "2026-03-31");
    assertThat(invitations(round)).extracting(Task::getAssignee).hasSize(5).doesNotContain("stakeholder-2");

    contribute(round, "stakeholder-3", "More Spanish classes in the evening.");
    contribute(round, "stakeholder-6", "Recognition of foreign qualifications.");
    today("2026-04-03");
    executeDueJobs(round.getId());
    assertThat(round).as("extended once only: no second decision").isWaitingAt(ConsultationTasks.SYNTHESISE_CONTRIBUTIONS);
    assertThat(round).variables().containsEntry("responseRate", 0.5).containsEntry("quorumMet", true);
    assertThat(json(round, "synthesis")).hasSize(3);
  }

  @Test
  void belowQuorumTheFacilitatorMayGoOnWithTheAnswersReceived() {
    today("2026-03-01");
    ProcessInstance round = start(SIX_STAKEHOLDERS, "2026-03-20");
    contribute(round, "stakeholder-2", "Women's networks should be consulted.");
    today("2026-03-20");
    executeDueJobs(round.getId());
    taskService().complete(task(round, ConsultationTasks.DECIDE_ON_QUORUM).getId(), Map.of("extendDeadline", false));
    executeDueJobs(round.getId());
    assertThat(round).isWaitingAt(ConsultationTasks.SYNTHESISE_CONTRIBUTIONS);
    assertThat(round).variables().containsEntry("contributionDeadline", "2026-03-20").containsEntry("extendDeadline", false);
  }

  @Test
  void everyContributionNeedsAnAnswerAndAReasonAndTheCommissionMaySendTheSynthesisBack() throws Exception {
    today("2026-03-01");
    ProcessInstance round = roundAtSynthesis();
    Task synthesis = task(round, ConsultationTasks.SYNTHESISE_CONTRIBUTIONS);
    assertThat(synthesis).isNotNull();
    assertThat(round).task().hasCandidateGroup("consultation-facilitators");

    List<Map<String, Object>> answers = answers(round, "ACCEPTED", "PARTIALLY_ACCEPTED", "REJECTED");
    assertRefused(() -> taskService().complete(synthesis.getId(), synthesisVariables(answers.subList(0, 2))), "synthesis");
    List<Map<String, Object>> noReason = copy(answers);
    noReason.get(1).put("reason", " ");
    assertRefused(() -> taskService().complete(synthesis.getId(), synthesisVariables(noReason)), "synthesis[1].reason");
    List<Map<String, Object>> noAnswer = copy(answers);
    noAnswer.get(2).put("answer", null);
    assertRefused(() -> taskService().complete(synthesis.getId(), synthesisVariables(noAnswer)), "synthesis[2].answer");
    List<Map<String, Object>> rewritten = copy(answers);
    rewritten.get(0).put("text", "Words the stakeholder never wrote");
    assertThat(round).isWaitingAt(ConsultationTasks.SYNTHESISE_CONTRIBUTIONS);

    taskService().complete(synthesis.getId(), synthesisVariables(rewritten));
    assertThat(round).isWaitingAt(ConsultationTasks.APPROVE_SYNTHESIS);
    assertThat(round).task().hasCandidateGroup("joint-commission");
    assertThat(round).variables().containsEntry("roundStatus", "APPROVAL");
    JsonNode stored = json(round, "synthesis");
    assertThat(stored.findValuesAsText("text")).as("the stakeholders' texts as received").doesNotContain("Words the stakeholder never wrote");
    assertThat(stored.findValuesAsText("answer")).containsExactly("ACCEPTED", "PARTIALLY_ACCEPTED", "REJECTED");

    Task approval = task(round, ConsultationTasks.APPROVE_SYNTHESIS);
    assertRefused(() -> taskService().complete(approval.getId(), Map.of("synthesisApproved", "false")), "approvalComments");
    taskService().complete(approval.getId(), Map.of("synthesisApproved", "false",
        "approvalComments", "Explain why the evening classes are rejected."));
    assertThat(round).hasPassed("Gateway_SynthesisApproved").isWaitingAt(ConsultationTasks.SYNTHESISE_CONTRIBUTIONS);
    assertThat(round).variables().containsEntry("roundStatus", "SYNTHESIS")
        .containsEntry("approvalComments", "Explain why the evening classes are rejected.");
    assertThat(json(round, "synthesis").findValuesAsText("answer")).as("the revision starts from the answers given")
        .containsExactly("ACCEPTED", "PARTIALLY_ACCEPTED", "REJECTED");

    List<Map<String, Object>> revised = copy(answers);
    revised.get(2).put("reason", "Evening classes are funded by the State programme, not this strategy.");
    taskService().complete(task(round, ConsultationTasks.SYNTHESISE_CONTRIBUTIONS).getId(), synthesisVariables(revised));
    Task secondApproval = task(round, ConsultationTasks.APPROVE_SYNTHESIS);
    assertThat(taskService().getVariable(secondApproval.getId(), "synthesisApproved")).as("a new approval starts empty").isNull();
    taskService().complete(secondApproval.getId(), Map.of("synthesisApproved", "true"));
    executeDueJobs(round.getId());
    assertThat(round).hasPassed("PublishResults").isWaitingAt(ConsultationTasks.DECIDE_NEXT_ROUND);
    assertThat(round).variables().containsEntry("roundStatus", "PUBLISHED")
        .containsEntry("reportPath", "/reports/consultations/" + round.getBusinessKey());
    JsonNode openPoints = json(round, "openPoints");
    assertThat(openPoints).hasSize(2);
    assertThat(openPoints.get(1).asText()).contains("Rejected: Evening classes are funded by the State programme");
  }

  @Test
  void aPublishedRoundCallsTheNextRoundOnTheSameTopicCarryingForwardItsOpenPoints() {
    today("2026-03-01");
    ProcessInstance round = roundAtSynthesis();
    taskService().complete(task(round, ConsultationTasks.SYNTHESISE_CONTRIBUTIONS).getId(),
        synthesisVariables(answers(round, "ACCEPTED", "PARTIALLY_ACCEPTED", "REJECTED")));
    taskService().complete(task(round, ConsultationTasks.APPROVE_SYNTHESIS).getId(), Map.of("synthesisApproved", true));
    executeDueJobs(round.getId());

    Task decide = task(round, ConsultationTasks.DECIDE_NEXT_ROUND);
    assertRefused(() -> taskService().complete(decide.getId(), Map.of("callNextRound", "true",
        "nextConsultationCode", round.getBusinessKey(), "nextContributionDeadline", "2026-06-01")), "nextConsultationCode");
    assertRefused(() -> taskService().complete(decide.getId(), Map.of("callNextRound", "true",
        "nextConsultationCode", round.getBusinessKey() + "-2")), "nextContributionDeadline");
    String nextCode = round.getBusinessKey() + "-2";
    taskService().complete(decide.getId(), Map.of("callNextRound", "true",
        "nextConsultationCode", nextCode, "nextContributionDeadline", "2026-06-01"));
    executeDueJobs(round.getId());
    assertThat(round).hasPassed("StartNextRound", "CloseRound").isEnded();

    ProcessInstance next = runtimeService().createProcessInstanceQuery().processDefinitionKey(PROCESS)
        .processInstanceBusinessKey(nextCode).singleResult();
    assertThat(next).isWaitingAt(ConsultationTasks.SUBMIT_CONTRIBUTION);
    assertThat(next).variables()
        .containsEntry("previousConsultationCode", round.getBusinessKey())
        .containsEntry("topic", "Access to decent housing for migrant families")
        .containsEntry("strategyPriority", 3)
        .containsEntry("contributionDeadline", "2026-06-01");
    JsonNode carried = json(next, "carriedForwardPoints");
    assertThat(carried).hasSize(2);
    assertThat(carried.get(0).asText()).contains("Partially accepted");
    assertThat(invitations(next)).hasSize(6);
    assertThat(historic(round, "roundStatus")).isEqualTo("CLOSED");

    // the first round's code is free again once it is closed
    assertThat(start(round.getBusinessKey(), SIX_STAKEHOLDERS, "2026-06-01")).isActive();
  }

  @Test
  void aRoundCanCloseWithoutANextRoundAndItsCodeIsUniqueWhileOpen() {
    today("2026-03-01");
    ProcessInstance round = roundAtSynthesis();
    assertRefused(() -> start(round.getBusinessKey(), SIX_STAKEHOLDERS, "2026-06-01"), "consultationCode");
    taskService().complete(task(round, ConsultationTasks.SYNTHESISE_CONTRIBUTIONS).getId(),
        synthesisVariables(answers(round, "ACCEPTED", "ACCEPTED", "ACCEPTED")));
    taskService().complete(task(round, ConsultationTasks.APPROVE_SYNTHESIS).getId(), Map.of("synthesisApproved", true));
    executeDueJobs(round.getId());
    assertThat(json(round, "openPoints")).isEmpty();
    taskService().complete(task(round, ConsultationTasks.DECIDE_NEXT_ROUND).getId(), Map.of("callNextRound", false));
    executeDueJobs(round.getId());
    assertThat(round).hasPassed("CloseRound").hasNotPassed("StartNextRound").isEnded();
    assertThat(historic(round, "roundStatus")).isEqualTo("CLOSED");
  }

  @Test
  void publicationStartsAMeasurePerAdoptedContributionOrJoinsTheOpenMeasureNamed() {
    today("2026-03-01");
    String existing = "M-HOUSING-" + UUID.randomUUID().toString().substring(0, 6);
    ProcessInstance measure = runtimeService().startProcessInstanceByKey("strategy-measure", existing,
        Variables.createVariables().putValue("measureCode", existing).putValue("title", "Rental guarantee fund")
            .putValue("objective", "3.2").putValue("responsibleOrganisation", "gva").putValue("dueDate", "2027-01-31"));
    ProcessInstance round = roundAtSynthesis();
    Task synthesis = task(round, ConsultationTasks.SYNTHESISE_CONTRIBUTIONS);
    List<Map<String, Object>> answers = answers(round, "ACCEPTED", "PARTIALLY_ACCEPTED", "REJECTED");
    answers.get(2).put("objective", "3.1");
    assertRefused(() -> taskService().complete(synthesis.getId(), synthesisVariables(answers)), "synthesis[2].objective");
    answers.get(2).remove("objective");
    answers.get(0).put("objective", "9.9");
    assertRefused(() -> taskService().complete(synthesis.getId(), synthesisVariables(answers)), "synthesis[0].objective");
    answers.get(0).put("objective", "2.1");
    answers.get(0).put("responsibleOrganisation", "sjm");
    answers.get(1).put("joinMeasureCode", "NO-SUCH-MEASURE");
    assertRefused(() -> taskService().complete(synthesis.getId(), synthesisVariables(answers)), "synthesis[1].joinMeasureCode");
    answers.get(1).put("joinMeasureCode", existing);
    taskService().complete(synthesis.getId(), synthesisVariables(answers));
    assertThat(runtimeService().createProcessInstanceQuery().processDefinitionKey("strategy-measure")
        .variableValueEquals("originConsultationCode", round.getBusinessKey()).count()).as("nothing before publication")
        .isZero();

    taskService().complete(task(round, ConsultationTasks.APPROVE_SYNTHESIS).getId(), Map.of("synthesisApproved", true));
    executeDueJobs(round.getId());
    assertThat(round).hasPassed("PublishResults");
    List<ProcessInstance> started = runtimeService().createProcessInstanceQuery().processDefinitionKey("strategy-measure")
        .variableValueEquals("originConsultationCode", round.getBusinessKey()).list();
    assertThat(started).as("one new measure: the accepted one; the partial one joined, the rejected one none").hasSize(1);
    Map<String, Object> created = runtimeService().getVariables(started.get(0).getId());
    assertThat(created).containsEntry("measureCode", round.getBusinessKey() + "-1").containsEntry("objective", "2.1")
        .containsEntry("responsibleOrganisation", "sjm").containsEntry("originStakeholder", "asoc-senegalesa")
        .containsEntry("measureStatus", "PLANNED").containsEntry("dueDate", "2027-03-20")
        .containsEntry("title", "Mediators who speak Wolof at the registration office.");
    assertThat(runtimeService().getVariable(measure.getId(), "origins").toString()).contains(round.getBusinessKey(), "cepaim");
    assertThat(json(round, "synthesis").findValuesAsText("measureCode"))
        .containsExactly(round.getBusinessKey() + "-1", existing, "null");
  }

  @Test
  void aRoundCancelledWhileCollectingLeavesNoContributionTextBehind() {
    today("2026-03-01");
    ProcessInstance round = start(SIX_STAKEHOLDERS, "2026-03-20");
    contribute(round, "stakeholder-1", "Municipal registration offices need mediators who speak Wolof.");
    assertThat(sealedTexts(round)).isEqualTo(1);
    runtimeService().deleteProcessInstance(round.getId(), "cancelled by the facilitator");
    assertThat(sealedTexts(round)).isZero();

    // cancelled skipping the end listeners: the texts go when the next round reaches its synthesis
    ProcessInstance skipped = start(SIX_STAKEHOLDERS, "2026-03-20");
    contribute(skipped, "stakeholder-1", "Municipal registration offices need mediators who speak Wolof.");
    runtimeService().deleteProcessInstance(skipped.getId(), "cancelled skipping listeners", true);
    assertThat(sealedTexts(skipped)).isEqualTo(1);
    roundAtSynthesis();
    assertThat(sealedTexts(skipped)).isZero();
  }

  @Test
  void aFailedPublicationIsRetriedThenBecomesAnIncidentAndResumesWithTheApprovalKept() {
    today("2026-03-01");
    ProcessInstance round = roundAtSynthesis();
    taskService().complete(task(round, ConsultationTasks.SYNTHESISE_CONTRIBUTIONS).getId(),
        synthesisVariables(answers(round, "ACCEPTED", "PARTIALLY_ACCEPTED", "REJECTED")));
    String approved = runtimeService().getVariable(round.getId(), "synthesis").toString();
    // the stored synthesis is broken by hand just before the Joint Commission approves it
    runtimeService().setVariable(round.getId(), "synthesis", "{not json");
    taskService().complete(task(round, ConsultationTasks.APPROVE_SYNTHESIS).getId(), Map.of("synthesisApproved", true));
    assertThat(round).hasPassed(ConsultationTasks.APPROVE_SYNTHESIS).isWaitingAt("PublishResults");

    String publish = management.createJobQuery().processInstanceId(round.getId()).activityId("PublishResults")
        .singleResult().getId();
    assertThat(failUntilIncident(publish, "synthesis")).containsExactly(1L, 5L, 30L);
    assertThat(runtimeService().createIncidentQuery().processInstanceId(round.getId()).singleResult()
        .getIncidentMessage()).contains(round.getBusinessKey(), "synthesis", "correct it in Cockpit");
    assertThat(round).variables().as("the approval is kept").containsEntry("synthesisApproved", true);

    runtimeService().setVariable(round.getId(), "synthesis", SpinValues.jsonValue(approved).create());
    retryNow(round.getId(), publish);
    assertThat(round).hasPassed("PublishResults").isWaitingAt(ConsultationTasks.DECIDE_NEXT_ROUND);
    assertThat(round).variables().containsEntry("roundStatus", "PUBLISHED");
    assertThat(runtimeService().createIncidentQuery().processInstanceId(round.getId()).count()).isZero();
  }

  @Test
  void aStartWithBadInputIsRefusedNamingTheField() {
    today("2026-03-01");
    assertRefused(() -> start(SIX_STAKEHOLDERS, "2026-03-01"), "contributionDeadline");
    assertRefused(() -> start(SIX_STAKEHOLDERS.replace("stakeholder-6", "nobody-here"), "2026-03-20"), "stakeholders[5].user");
    assertRefused(() -> start(SIX_STAKEHOLDERS.replace("\"oim\"", "\"cepaim\""), "2026-03-20"), "stakeholders[5].id");
    assertRefused(() -> start(SIX_STAKEHOLDERS.replace("INTERNATIONAL_ORGANISATION", "CHURCH"), "2026-03-20"),
        "stakeholders[5].category");
    assertRefused(() -> start("[]", "2026-03-20"), "stakeholders");
  }

  // --- the representation-check decision table

  @Test
  void theRepresentationCheckRequiresThirtyPercentMigrantAssociationsUnlessJustified() {
    assertThat(representationSufficient(0.3, false)).isTrue();
    assertThat(representationSufficient(1.0, false)).isTrue();
    assertThat(representationSufficient(0.29, false)).isFalse();
    assertThat(representationSufficient(0.0, false)).isFalse();
    assertThat(representationSufficient(0.1, true)).isTrue();
    assertThat(representationSufficient(0.5, true)).isTrue();
  }

  // --- helpers

  private boolean representationSufficient(double share, boolean justified) {
    return engine.getDecisionService().evaluateDecisionTableByKey("representation-check",
        Variables.createVariables().putValue("migrantAssociationShare", share).putValue("representationJustified", justified))
        .getSingleResult().getSingleEntry();
  }

  /** Three contributions (a migrant association, an NGO, the city) and the deadline passed. */
  private ProcessInstance roundAtSynthesis() {
    ProcessInstance round = start(SIX_STAKEHOLDERS, "2026-03-20");
    contribute(round, "stakeholder-1", "Mediators who speak Wolof at the registration office.");
    contribute(round, "stakeholder-3", "A rental guarantee fund <b>for</b> families leaving reception.");
    contribute(round, "stakeholder-5", "Evening Spanish classes in every district.");
    today("2026-03-20");
    executeDueJobs(round.getId());
    assertThat(round).isWaitingAt(ConsultationTasks.SYNTHESISE_CONTRIBUTIONS);
    return round;
  }

  private List<Map<String, Object>> answers(ProcessInstance round, String... answers) {
    JsonNode synthesis = json(round, "synthesis");
    List<Map<String, Object>> list = new ArrayList<>();
    for (int i = 0; i < synthesis.size(); i++) {
      Map<String, Object> entry = JSON.convertValue(synthesis.get(i), Map.class);
      entry.put("answer", answers[i]);
      entry.put("reason", "Reason " + i + " for " + answers[i]);
      list.add(entry);
    }
    return list;
  }

  private static List<Map<String, Object>> copy(List<Map<String, Object>> answers) {
    return answers.stream().map(m -> (Map<String, Object>) new HashMap<>(m)).toList();
  }

  private static Map<String, Object> synthesisVariables(List<Map<String, Object>> answers) {
    try {
      return Map.of("synthesis", SpinValues.jsonValue(JSON.writeValueAsString(answers)).create());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static ProcessInstance start(String stakeholders, String deadline) {
    return start("CR-" + UUID.randomUUID().toString().substring(0, 8), stakeholders, deadline);
  }

  static ProcessInstance start(String code, String stakeholders, String deadline) {
    return runtimeService().startProcessInstanceByKey(PROCESS, code, Variables.createVariables()
        .putValue("consultationCode", code)
        .putValue("topic", "Access to decent housing for migrant families")
        .putValue("strategyPriority", 3)
        .putValue("stakeholders", SpinValues.jsonValue(stakeholders).create())
        .putValue("contributionDeadline", deadline));
  }

  private int sealedTexts(ProcessInstance round) {
    return jdbc.queryForObject("select count(*) from ACOLLIDA_SEALED_CONTRIBUTION where PROC_INST_ID_ = ?",
        Integer.class, round.getId());
  }

  private void contribute(ProcessInstance round, String user, String text) {
    Task invitation = taskQuery().processInstanceId(round.getId()).taskDefinitionKey(ConsultationTasks.SUBMIT_CONTRIBUTION)
        .taskAssignee(user).singleResult();
    taskService().complete(invitation.getId(), Map.of("contributionText", text));
  }

  private static List<Task> invitations(ProcessInstance round) {
    return taskQuery().processInstanceId(round.getId()).taskDefinitionKey(ConsultationTasks.SUBMIT_CONTRIBUTION).list();
  }

  private static Task task(ProcessInstance round, String key) {
    return taskQuery().processInstanceId(round.getId()).taskDefinitionKey(key).singleResult();
  }

  private static JsonNode json(ProcessInstance round, String variable) {
    try {
      return JSON.readTree(runtimeService().getVariable(round.getId(), variable).toString());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private Object historic(ProcessInstance round, String variable) {
    return engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(round.getId())
        .variableName(variable).singleResult().getValue();
  }
}
