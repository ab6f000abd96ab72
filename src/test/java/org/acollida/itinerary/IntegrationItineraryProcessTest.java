package org.acollida.itinerary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.acollida.agreement.AgreementTasks;
import org.acollida.organisation.OpenCaseCodes;
import org.acollida.support.FlowNodeCoverage;
import org.camunda.bpm.engine.history.CleanableHistoricProcessInstanceReportResult;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/** Every path of a family's integration itinerary, with the engine clock moved. */
class IntegrationItineraryProcessTest extends ItineraryTestSupport {

  @RegisterExtension
  static FlowNodeCoverage coverage = new FlowNodeCoverage("integration-itinerary", 0.9);

  @Autowired OpenCaseCodes openCodes;

  @Test
  void aFamilyRegisteredAfterItArrivedCannotEndItsReceptionWithoutItsConsent() {
    today("2026-03-01");
    String agreement = agreementFrom("2026-01-01");
    ProcessInstance itinerary = register(agreement, "sjm", 2, 0, "2026-02-15");
    assertThat(itinerary).as("no reception task to ask for the consent").isWaitingAt(
        ItineraryTasks.REGISTER_IN_MUNICIPALITY, ItineraryTasks.OBTAIN_HEALTH_CARD, ItineraryTasks.OPEN_BANK_ACCOUNT);
    complete(itinerary, ItineraryTasks.REGISTER_IN_MUNICIPALITY, Map.of("registeredOn", "2026-02-20"));
    complete(itinerary, ItineraryTasks.OBTAIN_HEALTH_CARD, Map.of("healthCardsObtainedOn", "2026-02-21"));
    assertRefused(() -> complete(itinerary, ItineraryTasks.OPEN_BANK_ACCOUNT, Map.of("accountOpenedOn", "2026-02-22")),
        "familyConsent");
    assertThat(itinerary).as("the last formality waits, the reception phase goes on")
        .isWaitingAt(ItineraryTasks.OPEN_BANK_ACCOUNT).variables().containsEntry("itineraryStatus", "RECEPTION");
    attachFamilyConsent(itinerary.getId());
    complete(itinerary, ItineraryTasks.OPEN_BANK_ACCOUNT, Map.of("accountOpenedOn", "2026-02-22"));
    assertThat(itinerary).isWaitingAt(ItineraryTasks.AGREE_ITINERARY_PLAN);
  }

  @Test
  void fromReceptionToAutonomyAndClosure() {
    today("2026-01-10");
    String agreement = agreementFrom("2026-01-01");
    ProcessInstance itinerary = register(agreement, "sjm", 4, 2, "2026-02-01");

    assertThat(itinerary).isWaitingAt(ItineraryTasks.PREPARE_RECEPTION);
    assertThat(itinerary.getTenantId()).as("the sponsor's tenant").isEqualTo("sjm");
    assertThat(itinerary.getBusinessKey()).startsWith("FAM-T-");
    assertThat(itinerary).variables().containsEntry("itineraryStatus", "RECEPTION");
    assertThat(candidateGroup(task(itinerary, ItineraryTasks.PREPARE_RECEPTION))).isEqualTo("sjm");

    assertRefused(() -> complete(itinerary, ItineraryTasks.PREPARE_RECEPTION,
        Map.of("housingType", "SPONSOR_RENTED_FLAT", "housingReadyDate", "2026-02-02")), "housingReadyDate");
    // the reception cannot end without the family's consent among the case's documents (docs/documents.md)
    assertRefused(() -> complete(itinerary, ItineraryTasks.PREPARE_RECEPTION,
        Map.of("housingType", "SPONSOR_RENTED_FLAT", "housingReadyDate", "2026-01-30")), "familyConsent");
    taskService().createAttachment("meetingMinutes", null, itinerary.getId(), "not-a-consent.pdf", null,
        new java.io.ByteArrayInputStream(SMALL_PDF));
    assertRefused(() -> complete(itinerary, ItineraryTasks.PREPARE_RECEPTION,
        Map.of("housingType", "SPONSOR_RENTED_FLAT", "housingReadyDate", "2026-01-30")), "familyConsent");
    assertThat(itinerary).isWaitingAt(ItineraryTasks.PREPARE_RECEPTION);
    attachFamilyConsent(itinerary.getId());
    complete(itinerary, ItineraryTasks.PREPARE_RECEPTION, Map.of("housingType", "SPONSOR_RENTED_FLAT", "housingReadyDate", "2026-01-30"));
    assertThat(itinerary).isWaitingAt("FamilyArrives");

    today("2026-02-01");
    executeDueJobs(itinerary.getId());
    assertThat(itinerary).isWaitingAt(ItineraryTasks.REGISTER_IN_MUNICIPALITY, ItineraryTasks.OBTAIN_HEALTH_CARD, ItineraryTasks.OPEN_BANK_ACCOUNT,
        ItineraryTasks.ENROL_CHILDREN_IN_SCHOOL);
    assertRefused(() -> complete(itinerary, ItineraryTasks.ENROL_CHILDREN_IN_SCHOOL,
        Map.of("minorsBirthYears", "2014, 2017", "enrolledOn", "2026-02-01", "childrenEnrolled", 3)), "childrenEnrolled");
    assertRefused(() -> complete(itinerary, ItineraryTasks.ENROL_CHILDREN_IN_SCHOOL,
        Map.of("enrolledOn", "2026-02-01", "childrenEnrolled", 2)), "minorsBirthYears");
    assertRefused(() -> complete(itinerary, ItineraryTasks.ENROL_CHILDREN_IN_SCHOOL,
        Map.of("minorsBirthYears", "2014", "enrolledOn", "2026-02-01", "childrenEnrolled", 1)), "minorsBirthYears");
    assertRefused(() -> complete(itinerary, ItineraryTasks.OPEN_BANK_ACCOUNT, Map.of("accountOpenedOn", "2026-02-02")),
        "accountOpenedOn");

    today("2026-02-20");
    complete(itinerary, ItineraryTasks.REGISTER_IN_MUNICIPALITY, Map.of("registeredOn", "2026-02-03"));
    complete(itinerary, ItineraryTasks.OBTAIN_HEALTH_CARD, Map.of("healthCardsObtainedOn", "2026-02-10"));
    complete(itinerary, ItineraryTasks.OPEN_BANK_ACCOUNT, Map.of("accountOpenedOn", "2026-02-05"));
    assertThat(itinerary).isWaitingAt(ItineraryTasks.ENROL_CHILDREN_IN_SCHOOL);
    complete(itinerary, ItineraryTasks.ENROL_CHILDREN_IN_SCHOOL,
        Map.of("minorsBirthYears", "2014, 2017", "enrolledOn", "2026-02-12", "childrenEnrolled", 2));
    assertThat(itinerary).variables().containsEntry("minorsBirthYears", "2014, 2017").containsEntry("schoolAgeChildren", 2);

    assertThat(itinerary).isWaitingAt(ItineraryTasks.AGREE_ITINERARY_PLAN);
    assertThat(itinerary).variables().containsEntry("itineraryStatus", "PLANNING");
    assertRefused(() -> complete(itinerary, ItineraryTasks.AGREE_ITINERARY_PLAN, Map.of(
        "itineraryAreas", SpinValues.jsonValue("[\"LANGUAGE\",\"ASTROLOGY\"]").create(),
        "planGoals", "x", "agreedWithFamilyOn", "2026-02-20", "familyTookPart", true)), "itineraryAreas");
    complete(itinerary, ItineraryTasks.AGREE_ITINERARY_PLAN, Map.of(
        "itineraryAreas", SpinValues.jsonValue("[\"EMPLOYMENT_AND_TRAINING\",\"LANGUAGE\"]").create(),
        "planGoals", "Spanish to B1; a first job for the father.",
        "agreedWithFamilyOn", "2026-02-20", "familyTookPart", true));
    executeDueJobs(itinerary.getId());

    assertThat(itinerary).variables()
        .containsEntry("itineraryStatus", "IN_PROGRESS")
        .containsEntry("nextFollowUpDate", "2026-03-01")
        .containsEntry("nextAutonomyAssessmentDate", "2026-08-01");
    List<Task> areas = tasks(itinerary, ItineraryTasks.WORK_ON_AREA);
    assertThat(areas).extracting(Task::getName)
        .containsExactlyInAnyOrder("Work on area: Language", "Work on area: Employment and training");

    today("2026-03-01");
    executeDueJobs(itinerary.getId());
    complete(itinerary, ItineraryTasks.RECORD_FOLLOW_UP, Map.of("followUpDate", "2026-03-01",
        "followUpNotes", "Settling in well.", "sponsorshipBreakingDown", "false"));
    executeDueJobs(itinerary.getId());
    assertThat(itinerary).variables().containsEntry("followUpsRecorded", 1).containsEntry("nextFollowUpDate", "2026-04-01");

    for (Task area : tasks(itinerary, ItineraryTasks.WORK_ON_AREA)) {
      taskService().complete(area.getId(), Map.of("areaGoals", "Goals", "areaActions", "Classes twice a week",
          "areaOutcome", "GOALS_REACHED"));
    }
    assertThat(itinerary).hasPassed("AreasWorkedOn");
    assertThat(itinerary).variables().extractingByKey("areaOutcomes").asString()
        .contains("\"LANGUAGE\":\"GOALS_REACHED\"").contains("\"EMPLOYMENT_AND_TRAINING\":\"GOALS_REACHED\"");

    today("2026-08-01");
    executeDueJobs(itinerary.getId());
    assessAutonomy(itinerary, "BASIC", "PUBLIC_BENEFITS", "SHARED_OR_TEMPORARY", "true");
    assertThat(itinerary).variables().containsEntry("autonomyLevel", "PARTIAL")
        .containsEntry("nextAutonomyAssessmentDate", "2027-02-01").containsEntry("itineraryStatus", "IN_PROGRESS");

    today("2027-02-01");
    executeDueJobs(itinerary.getId());
    Task reassessment = task(itinerary, ItineraryTasks.ASSESS_AUTONOMY);
    assertThat(taskService().getVariables(reassessment.getId())).as("a new assessment starts blank")
        .containsEntry("languageLevel", null).containsEntry("incomeSource", null)
        .containsEntry("housingSituation", null).containsEntry("childrenInSchool", null);
    assertRefused(() -> taskService().complete(reassessment.getId(), Map.of("incomeSource", "EMPLOYMENT",
        "housingSituation", "OWN_RENTAL", "childrenInSchool", "true")), "languageLevel");
    assessAutonomy(itinerary, "INDEPENDENT", "EMPLOYMENT", "OWN_RENTAL", "true");
    assertThat(itinerary).hasPassed("FamilyAutonomous").isWaitingAt(ItineraryTasks.CLOSE_ITINERARY);
    assertThat(itinerary).variables().containsEntry("autonomyLevel", "AUTONOMOUS")
        .containsEntry("itineraryStatus", "CLOSING").containsEntry("closureReason", "AUTONOMOUS");
    assertThat(taskQuery().processInstanceId(itinerary.getId()).list()).extracting(Task::getTaskDefinitionKey)
        .as("follow-ups end with the itinerary").containsExactly(ItineraryTasks.CLOSE_ITINERARY);
    assertThat(candidateGroup(task(itinerary, ItineraryTasks.CLOSE_ITINERARY))).isEqualTo("gva");
    assertThat(openCodes.isOpen("family", itinerary.getBusinessKey())).isTrue();

    assertRefused(() -> complete(itinerary, ItineraryTasks.CLOSE_ITINERARY, Map.of()), "closureSummary");
    complete(itinerary, ItineraryTasks.CLOSE_ITINERARY, Map.of("closureSummary", "Autonomous: work, own flat, B1 Spanish.", "closureDecision", "APPROVE"));
    executeDueJobs(itinerary.getId());
    assertThat(itinerary).isEnded();
    assertThat(historicVariable(itinerary, "itineraryStatus")).isEqualTo("CLOSED");
    assertThat(openCodes.isOpen("family", itinerary.getBusinessKey())).as("the code is free again").isFalse();
  }

  @Test
  void aFailedSchedulingIsRetriedThenBecomesAnIncidentAndResumesWithTheFamilysWorkKept() {
    today("2026-03-01");
    String agreement = agreementFrom("2026-01-01");
    ProcessInstance family = register(agreement, "sjm", 2, 0, "2026-02-15");
    receiveAndPlan(family, "2026-03-01");
    // the arrival date is broken by hand; then the first follow-up falls due
    runtimeService().setVariable(family.getId(), "arrivalDate", "soon");
    today("2026-03-15");
    management.executeJob(management.createJobQuery().processInstanceId(family.getId()).activityId("FollowUpDue")
        .singleResult().getId());

    String schedule = management.createJobQuery().processInstanceId(family.getId())
        .activityId("ScheduleNextFollowUp").singleResult().getId();
    assertThat(failUntilIncident(schedule, "arrivalDate")).containsExactly(1L, 5L, 30L);
    assertThat(runtimeService().createIncidentQuery().processInstanceId(family.getId()).singleResult()
        .getIncidentMessage()).contains(family.getBusinessKey(), "arrivalDate", "'soon'");
    assertThat(tasks(family, ItineraryTasks.WORK_ON_AREA)).as("the family's work goes on meanwhile").isNotEmpty();

    runtimeService().setVariable(family.getId(), "arrivalDate", "2026-02-15");
    retryNow(family.getId(), schedule);
    assertThat(family).variables().containsEntry("nextFollowUpDate", "2026-04-15");
    assertThat(tasks(family, ItineraryTasks.RECORD_FOLLOW_UP)).hasSize(1);
    assertThat(runtimeService().createIncidentQuery().processInstanceId(family.getId()).count()).isZero();
  }

  @Test
  void schoolingOnlyWithMinorsAndAFamilyAlreadyArrivedSkipsThePreparation() {
    today("2026-03-01");
    String agreement = agreementFrom("2026-01-01");
    ProcessInstance withoutMinors = register(agreement, "caritas-valencia", 2, 0, "2026-02-15");
    assertThat(withoutMinors).isWaitingAt(ItineraryTasks.REGISTER_IN_MUNICIPALITY, ItineraryTasks.OBTAIN_HEALTH_CARD, ItineraryTasks.OPEN_BANK_ACCOUNT);
    assertThat(withoutMinors).hasNotPassed(ItineraryTasks.PREPARE_RECEPTION);
    assertThat(tasks(withoutMinors, ItineraryTasks.ENROL_CHILDREN_IN_SCHOOL)).isEmpty();
    assertThat(candidateGroup(task(withoutMinors, ItineraryTasks.OPEN_BANK_ACCOUNT))).isEqualTo("caritas-valencia");

    ProcessInstance withMinors = register(agreement, "caritas-valencia", 3, 1, "2026-02-15");
    assertThat(tasks(withMinors, ItineraryTasks.ENROL_CHILDREN_IN_SCHOOL)).hasSize(1);

    // without minors there is no schooling to assess: children in school counts as true
    receiveAndPlan(withoutMinors, "2026-03-01");
    today("2026-08-15");
    executeDueJobs(withoutMinors.getId());
    taskService().complete(task(withoutMinors, ItineraryTasks.ASSESS_AUTONOMY).getId(), Map.of(
        "languageLevel", "PROFICIENT", "incomeSource", "EMPLOYMENT", "housingSituation", "OWN_RENTAL"));
    executeDueJobs(withoutMinors.getId());
    assertThat(withoutMinors).variables().containsEntry("childrenInSchool", true)
        .containsEntry("autonomyLevel", "AUTONOMOUS");
    assertThat(withoutMinors).isWaitingAt(ItineraryTasks.CLOSE_ITINERARY);
  }

  @Test
  void aFamilyWithOnlyInfantsCompletesSchoolingTruthfullyAndCanBecomeAutonomous() {
    today("2026-03-01");
    String agreement = agreementFrom("2026-01-01");
    ProcessInstance infants = register(agreement, "caritas-valencia", 4, 2, "2026-02-15");
    arrivalFormalities(infants, "2026-03-01");
    // born 2022 and 2025: under school age in the school year 2025-26 (which takes the children born 2010 to 2019)
    complete(infants, ItineraryTasks.ENROL_CHILDREN_IN_SCHOOL, Map.of("minorsBirthYears", "2022, 2025",
        "childrenEnrolled", 0));
    assertThat(infants).variables().containsEntry("schoolAgeChildren", 0).containsEntry("minorsBirthYears", "2022, 2025");
    complete(infants, ItineraryTasks.AGREE_ITINERARY_PLAN, Map.of(
        "itineraryAreas", SpinValues.jsonValue("[\"LANGUAGE\"]").create(), "planGoals", "Spanish to B1.",
        "agreedWithFamilyOn", "2026-03-01", "familyTookPart", true));
    executeDueJobs(infants.getId());

    today("2026-08-15");
    executeDueJobs(infants.getId());
    taskService().complete(task(infants, ItineraryTasks.ASSESS_AUTONOMY).getId(), Map.of(
        "languageLevel", "PROFICIENT", "incomeSource", "EMPLOYMENT", "housingSituation", "OWN_RENTAL"));
    executeDueJobs(infants.getId());
    assertThat(infants).variables().as("no child of school age holds the family back")
        .containsEntry("childrenInSchool", true).containsEntry("autonomyLevel", "AUTONOMOUS");
  }

  @Test
  void aChildWhoHasGrownIntoSchoolAgeIsAskedAboutAtTheAssessment() {
    today("2026-03-01");
    String agreement = agreementFrom("2026-01-01");
    ProcessInstance family = register(agreement, "sjm", 3, 1, "2026-02-15");
    arrivalFormalities(family, "2026-03-01");
    assertRefused(() -> complete(family, ItineraryTasks.ENROL_CHILDREN_IN_SCHOOL, Map.of("minorsBirthYears", "2015",
        "childrenEnrolled", 0)), "childrenEnrolled");
    // born 2020: turns 6 in 2026, so of school age from September 2026
    complete(family, ItineraryTasks.ENROL_CHILDREN_IN_SCHOOL, Map.of("minorsBirthYears", "2020", "childrenEnrolled", 0));
    complete(family, ItineraryTasks.AGREE_ITINERARY_PLAN, Map.of(
        "itineraryAreas", SpinValues.jsonValue("[\"LANGUAGE\"]").create(), "planGoals", "Spanish to B1.",
        "agreedWithFamilyOn", "2026-03-01", "familyTookPart", true));
    executeDueJobs(family.getId());

    today("2026-09-01");
    executeDueJobs(family.getId());
    Task assessment = task(family, ItineraryTasks.ASSESS_AUTONOMY);
    assertRefused(() -> taskService().complete(assessment.getId(), Map.of("languageLevel", "PROFICIENT",
        "incomeSource", "EMPLOYMENT", "housingSituation", "OWN_RENTAL")), "childrenInSchool");
  }

  @Test
  void aBreakdownReportedInAFollowUpIsMediatedAndTheSponsorshipContinues() {
    today("2026-03-01");
    String agreement = agreementFrom("2026-01-01");
    ProcessInstance itinerary = register(agreement, "sjm", 3, 1, "2026-02-15");
    receiveAndPlan(itinerary, "2026-03-01");
    today("2026-03-15");
    executeDueJobs(itinerary.getId());

    assertRefused(() -> complete(itinerary, ItineraryTasks.RECORD_FOLLOW_UP, Map.of("followUpDate", "2026-03-15",
        "followUpNotes", "Tension at home", "sponsorshipBreakingDown", "true")), "breakdownDescription");
    complete(itinerary, ItineraryTasks.RECORD_FOLLOW_UP, Map.of("followUpDate", "2026-03-15", "followUpNotes", "Tension",
        "sponsorshipBreakingDown", "true", "breakdownDescription", "The family no longer trusts the group."));
    executeDueJobs(itinerary.getId());

    assertThat(itinerary).isWaitingAt(ItineraryTasks.MEDIATE_BREAKDOWN, ItineraryTasks.WORK_ON_AREA);
    assertThat(itinerary).variables().containsEntry("itineraryStatus", "BREAKDOWN")
        .containsEntry("breakdownDescription", "The family no longer trusts the group.")
        .containsEntry("breakdownsReported", 1);
    Task mediation = task(itinerary, ItineraryTasks.MEDIATE_BREAKDOWN);
    assertThat(candidateGroup(mediation)).isEqualTo("gva");

    assertRefused(() -> taskService().complete(mediation.getId(), Map.of("mediationOutcome", "GIVE_UP",
        "mediationNotes", "x")), "mediationOutcome");
    taskService().complete(mediation.getId(), Map.of("mediationOutcome", "CONTINUE",
        "mediationNotes", "Agreed a weekly meeting with a new volunteer."));

    assertThat(itinerary).hasPassed("SponsorshipContinues").isNotEnded();
    assertThat(itinerary).variables().containsEntry("itineraryStatus", "IN_PROGRESS");
    assertThat(tasks(itinerary, ItineraryTasks.WORK_ON_AREA)).as("the work goes on where it was").hasSize(2);
  }

  @Test
  void aBreakdownEndsInAHandOverToAnotherSponsorOfTheAgreement() {
    today("2026-03-01");
    String agreement = agreementFrom("2026-01-01");
    ProcessInstance itinerary = sjmFamilyWhoseGroupDissolved(agreement);
    String code = itinerary.getBusinessKey();
    assertThat(itinerary).variables().containsEntry("itineraryStatus", "BREAKDOWN");
    Task mediation = task(itinerary, ItineraryTasks.MEDIATE_BREAKDOWN);

    assertRefused(() -> taskService().complete(mediation.getId(), Map.of("mediationOutcome", "HAND_OVER",
        "mediationNotes", "x")), "newSponsorOrganisation");
    assertRefused(() -> taskService().complete(mediation.getId(), Map.of("mediationOutcome", "HAND_OVER",
        "mediationNotes", "x", "newSponsorOrganisation", "sjm")), "newSponsorOrganisation");
    assertRefused(() -> taskService().complete(mediation.getId(), Map.of("mediationOutcome", "HAND_OVER",
        "mediationNotes", "x", "newSponsorOrganisation", "caritas-orihuela-alicante")), "newSponsorOrganisation");
    taskService().complete(mediation.getId(), Map.of("mediationOutcome", "HAND_OVER",
        "mediationNotes", "Cáritas Valencia takes over.", "newSponsorOrganisation", "caritas-valencia",
        "newMunicipality", "València"));

    assertThat(itinerary).hasPassed("AskReceivingSponsor").isWaitingAt("ReceivingSponsorAnswered");
    ProcessInstance question = handOverQuestion(itinerary);
    assertThat(question.getTenantId()).as("the receiving sponsor's, who cannot see the family's itinerary")
        .isEqualTo("caritas-valencia");
    assertThat(candidateGroup(task(question, ItineraryTasks.ACCEPT_HAND_OVER))).isEqualTo("caritas-valencia");
    assertThat(question).variables().containsEntry("municipality", "València").containsEntry("currentSponsor", "sjm")
        .containsEntry("members", 5);
    assertRefused(() -> answerHandOver(itinerary, Map.of()), "handOverDecision");
    answerHandOver(itinerary, Map.of("handOverDecision", "ACCEPT"));

    assertThat(itinerary).hasPassed("AskReceivingSponsor", "HandOverAgreed", "HandOverDecided").isWaitingAt(ItineraryTasks.CLOSE_ITINERARY);
    assertThat(itinerary).variables().containsEntry("closureReason", "HANDED_OVER")
        .containsEntry("itineraryStatus", "CLOSING").containsEntry("handOverTo", "caritas-valencia");
    assertThat(taskQuery().processInstanceId(itinerary.getId()).count()).as("only the closure is left").isEqualTo(1);

    complete(itinerary, ItineraryTasks.CLOSE_ITINERARY, Map.of("closureSummary", "Handed over after the group dissolved.", "closureDecision", "APPROVE"));
    executeDueJobs(itinerary.getId());
    assertThat(itinerary).isEnded();

    ProcessInstance next = runtimeService().createProcessInstanceQuery().processDefinitionKey(PROCESS)
        .processInstanceBusinessKey(code).singleResult();
    assertThat(next).as("the family's new itinerary, same family code").isNotNull();
    assertThat(next.getTenantId()).isEqualTo("caritas-valencia");
    assertThat(next).variables()
        .containsEntry("previousFamilyItinerary", itinerary.getId())
        .containsEntry("handedOverFrom", "sjm")
        .containsEntry("sponsorOrganisation", "caritas-valencia")
        .containsEntry("municipality", "València")
        .containsEntry("members", 5)
        .containsEntry("itineraryStatus", "PLANNING");
    assertThat(next).as("its reception was done already").isWaitingAt(ItineraryTasks.AGREE_ITINERARY_PLAN);
    assertThat(candidateGroup(task(next, ItineraryTasks.AGREE_ITINERARY_PLAN))).isEqualTo("caritas-valencia");
    assertThat(historicVariable(itinerary, "nextFamilyItinerary")).isEqualTo(next.getId());
    assertThat(historicVariable(itinerary, "itineraryStatus")).isEqualTo("CLOSED");
    assertThat(openCodes.isOpen("family", code)).as("held by the new itinerary").isTrue();
    assertRefused(() -> register(family(code, agreement, "sjm", 5, 3, "2026-02-15")), "familyCode");
  }

  @Test
  void aReceivingSponsorThatRefusesTheFamilyLeavesItWithItsCurrentSponsor() {
    today("2026-03-01");
    ProcessInstance itinerary = sjmFamilyWhoseGroupDissolved(agreementFrom("2026-01-01"));
    complete(itinerary, ItineraryTasks.MEDIATE_BREAKDOWN, Map.of("mediationOutcome", "HAND_OVER",
        "mediationNotes", "Cáritas Valencia could take over.", "newSponsorOrganisation", "caritas-valencia"));
    assertRefused(() -> answerHandOver(itinerary, Map.of("handOverDecision", "REFUSE")), "handOverRefusalReason");
    answerHandOver(itinerary, Map.of("handOverDecision", "REFUSE",
        "handOverRefusalReason", "No host group free in València until autumn."));

    assertThat(itinerary).hasPassed("FamilyStaysWithSponsor").hasNotPassed("HandOverAgreed");
    assertThat(itinerary).variables().containsEntry("itineraryStatus", "IN_PROGRESS")
        .containsEntry("sponsorOrganisation", "sjm").containsEntry("handOverAccepted", false)
        .containsEntry("handOverRefusalReason", "No host group free in València until autumn.")
        .doesNotContainKey("closureReason");
    assertThat(tasks(itinerary, ItineraryTasks.CLOSE_ITINERARY)).isEmpty();
    assertThat(itinerary).isWaitingAt("FollowUpDue");
  }

  @Test
  void aHandOverWhoseAgreementEndsBeforeTheClosureIsApprovedClosesTheItineraryInstead() {
    today("2026-03-01");
    String agreement = agreementFrom("2026-01-01");
    ProcessInstance itinerary = sjmFamilyWhoseGroupDissolved(agreement);
    String code = itinerary.getBusinessKey();
    complete(itinerary, ItineraryTasks.MEDIATE_BREAKDOWN, Map.of("mediationOutcome", "HAND_OVER",
        "mediationNotes", "Cáritas Valencia takes over.", "newSponsorOrganisation", "caritas-valencia"));
    answerHandOver(itinerary, Map.of("handOverDecision", "ACCEPT"));
    assertThat(itinerary).isWaitingAt(ItineraryTasks.CLOSE_ITINERARY);

    ProcessInstance agreementInstance = agreementInstance(agreement);
    runtimeService().createMessageCorrelation("AgreementTerminated").processInstanceId(agreementInstance.getId())
        .setVariable("terminationReason", "Programme funding withdrawn").correlate();
    executeDueJobs(agreementInstance.getId());
    assertThat(itinerary).as("already out of the itinerary: the agreement's notice does not reach it")
        .isWaitingAt(ItineraryTasks.CLOSE_ITINERARY);

    complete(itinerary, ItineraryTasks.CLOSE_ITINERARY, Map.of("closureSummary", "Hand-over approved.", "closureDecision", "APPROVE"));
    executeDueJobs(itinerary.getId());

    assertThat(itinerary).hasPassed("AgreementEndedBeforeHandOver", "MarkItineraryClosed").isEnded();
    assertThat(runtimeService().createIncidentQuery().processInstanceId(itinerary.getId()).count())
        .as("a business outcome, not an incident").isZero();
    assertThat(historicVariable(itinerary, "closureReason")).isEqualTo("AGREEMENT_ENDED");
    assertThat(historicVariable(itinerary, "itineraryStatus")).isEqualTo("CLOSED");
    assertThat(historyService().createHistoricVariableInstanceQuery().processInstanceId(itinerary.getId())
        .variableName("nextFamilyItinerary").count()).isZero();
    assertThat(runtimeService().createProcessInstanceQuery().processDefinitionKey(PROCESS)
        .processInstanceBusinessKey(code).count()).as("no itinerary under the ended agreement").isZero();
    assertThat(openCodes.isOpen("family", code)).isFalse();
  }

  @Test
  void aClosedItinerarysHistoryIsKeptFiveYearsAfterItEndsAndOnlyThenIsCleanedUp() {
    // far beyond the other tests' dates, so that only this family crosses the five-year line below
    LocalDate closed = LocalDate.parse("2040-01-10");
    today(closed.toString());
    String agreement = agreementFrom("2040-01-01");
    ProcessInstance family = register(agreement, "sjm", 3, 0, "2040-01-05");
    ProcessInstance agreementInstance = agreementInstance(agreement);
    runtimeService().createMessageCorrelation("AgreementTerminated").processInstanceId(agreementInstance.getId())
        .setVariable("terminationReason", "Programme funding withdrawn").correlate();
    executeDueJobs(agreementInstance.getId());
    complete(family, ItineraryTasks.CLOSE_ITINERARY, Map.of("closureSummary", "The agreement was terminated.", "closureDecision", "APPROVE"));
    executeDueJobs(family.getId());
    assertThat(family).isEnded();

    long cleanableADayBefore = cleanableItineraries(closed.plusDays(1824));
    long cleanableAfterFiveYears = cleanableItineraries(closed.plusDays(1825));

    assertThat(cleanableAfterFiveYears - cleanableADayBefore)
        .as("this family's history: kept 1,825 days after its itinerary closed, then the nightly cleanup's")
        .isEqualTo(1);
    assertThat(historyService().createHistoricProcessInstanceQuery().processInstanceId(family.getId()).count())
        .as("still there until the cleanup runs").isEqualTo(1);
  }

  /** How many ended itineraries the nightly history cleanup would remove on that day. */
  private static long cleanableItineraries(LocalDate day) {
    today(day.toString());
    return historyService().createCleanableHistoricProcessInstanceReport().processDefinitionKeyIn(PROCESS).list()
        .stream().mapToLong(CleanableHistoricProcessInstanceReportResult::getCleanableProcessInstanceCount).sum();
  }

  /** An sjm family of the agreement, arrived 2026-02-15, its plan agreed, whose sponsor group has just dissolved. */
  private ProcessInstance sjmFamilyWhoseGroupDissolved(String agreement) {
    ProcessInstance itinerary = register(agreement, "sjm", 5, 3, "2026-02-15");
    receiveAndPlan(itinerary, "2026-03-01");
    runtimeService().createMessageCorrelation("SponsorshipBreakdownReported")
        .processInstanceBusinessKey(itinerary.getBusinessKey())
        .setVariable("breakdownDescription", "The sponsor group has dissolved.").correlate();
    return itinerary;
  }

  @Test
  void whenTheAgreementEndsItsOpenItinerariesGoToClosureAndTheCommissionSeesTheFamilies() {
    today("2026-01-10");
    String agreement = agreementFrom("2026-01-01");
    String otherAgreement = agreementFrom("2026-01-01");
    ProcessInstance arriving = register(agreement, "sjm", 4, 2, "2026-03-01");
    ProcessInstance inProgress = register(agreement, "caritas-valencia", 2, 0, "2026-01-05");
    receiveAndPlan(inProgress, "2026-01-10");
    ProcessInstance elsewhere = register(otherAgreement, "sjm", 3, 0, "2026-01-05");

    today("2026-07-01");
    ProcessInstance agreementInstance = agreementInstance(agreement);
    executeDueJobs(agreementInstance.getId());
    Task meeting = taskQuery().processInstanceId(agreementInstance.getId())
        .taskDefinitionKey(AgreementTasks.HOLD_MONITORING_MEETING).singleResult();
    assertThat(taskService().getVariablesLocal(meeting.getId())).as("counts the form puts in the reader's words")
        .containsEntry("familiesOpen", 2).containsEntry("familiesPeople", 6).containsEntry("familiesInAll", 2)
        .containsEntry("familiesReception", 1).containsEntry("familiesInProgress", 1).containsEntry("familiesClosed", 0)
        .containsEntry("familiesNotAssessed", 2).containsEntry("familiesAutonomous", 0);

    runtimeService().createMessageCorrelation("AgreementTerminated").processInstanceId(agreementInstance.getId())
        .setVariable("terminationReason", "Programme funding withdrawn").correlate();
    executeDueJobs(agreementInstance.getId());
    assertThat(agreementInstance).isWaitingAt(AgreementTasks.FINAL_EVALUATION);

    for (ProcessInstance family : List.of(arriving, inProgress)) {
      assertThat(family).hasPassed("AgreementEndedForFamily").isWaitingAt(ItineraryTasks.CLOSE_ITINERARY);
      assertThat(family).variables().containsEntry("closureReason", "AGREEMENT_ENDED")
          .containsEntry("itineraryStatus", "CLOSING");
      assertThat(taskQuery().processInstanceId(family.getId()).count()).isEqualTo(1);
    }
    assertThat(elsewhere).as("another agreement's family").isWaitingAt(ItineraryTasks.REGISTER_IN_MUNICIPALITY, ItineraryTasks.OBTAIN_HEALTH_CARD,
        ItineraryTasks.OPEN_BANK_ACCOUNT);

    complete(inProgress, ItineraryTasks.CLOSE_ITINERARY, Map.of("closureSummary", "The agreement was terminated.", "closureDecision", "APPROVE"));
    executeDueJobs(inProgress.getId());
    assertThat(inProgress).isEnded();
  }

  @Test
  void theCoordinatorSendsAClosureBackWithAReasonAndTheFollowUpsGoOn() {
    today("2026-03-10");
    ProcessInstance itinerary = register(agreementFrom("2026-01-01"), "sjm", 3, 0, "2026-02-01");
    receiveAndPlan(itinerary, "2026-02-20");
    runtimeService().createMessageCorrelation("FamilyLeftProgramme").processInstanceId(itinerary.getId())
        .setVariable("departureDate", "2026-03-09").setVariable("departureReason", "Moved away").correlate();
    assertThat(itinerary).hasPassed("FamilyLeftProgramme").isWaitingAt(ItineraryTasks.CLOSE_ITINERARY);
    assertThat(itinerary).variables().containsEntry("closureReason", "FAMILY_LEFT");

    assertRefused(() -> complete(itinerary, ItineraryTasks.CLOSE_ITINERARY,
        Map.of("closureSummary", "Not so fast.")), "closureDecision");
    assertRefused(() -> complete(itinerary, ItineraryTasks.CLOSE_ITINERARY,
        Map.of("closureSummary", "Not so fast.", "closureDecision", "SEND_BACK")), "sendBackReason");
    complete(itinerary, ItineraryTasks.CLOSE_ITINERARY, Map.of("closureSummary", "Not so fast.",
        "closureDecision", "SEND_BACK", "sendBackReason", "The family only went on holiday; it is back."));
    executeDueJobs(itinerary.getId());

    assertThat(itinerary).hasPassed("Gateway_ClosureApproved", "Gateway_ResumedAfterClosure", "Gateway_ResumeWork")
        .isWaitingAt("FollowUpDue", "AutonomyAssessmentDue");
    assertThat(itinerary).variables().containsEntry("itineraryStatus", "IN_PROGRESS")
        .doesNotContainKey("closureReason");
    assertThat(tasks(itinerary, ItineraryTasks.AGREE_ITINERARY_PLAN)).as("the plan is not agreed again").isEmpty();
    assertThat(historyService().createHistoricVariableInstanceQuery().processInstanceId(itinerary.getId())
        .variableName("sendBackReason").singleResult().getValue()).as("the reason stays in the itinerary's history")
        .isEqualTo("The family only went on holiday; it is back.");

    today("2026-04-01");
    executeDueJobs(itinerary.getId());
    assertThat(itinerary).isWaitingAt(ItineraryTasks.RECORD_FOLLOW_UP);

    runtimeService().createMessageCorrelation("FamilyLeftProgramme").processInstanceId(itinerary.getId())
        .setVariable("departureDate", "2026-04-01").setVariable("departureReason", "Left for good").correlate();
    complete(itinerary, ItineraryTasks.CLOSE_ITINERARY, Map.of("closureSummary", "Left for good.",
        "closureDecision", "APPROVE"));
    executeDueJobs(itinerary.getId());
    assertThat(itinerary).isEnded();
  }

  @Test
  void aClosureSentBackBeforeThePlanStartsTheItineraryAgainAndOneWhoseAgreementEndedCannotBe() {
    today("2026-01-10");
    String agreement = agreementFrom("2026-01-01");
    ProcessInstance itinerary = register(agreement, "sjm", 3, 0, "2026-02-01");
    runtimeService().createMessageCorrelation("FamilyLeftProgramme").processInstanceId(itinerary.getId())
        .setVariable("departureDate", "2026-01-10").setVariable("departureReason", "Never came").correlate();
    complete(itinerary, ItineraryTasks.CLOSE_ITINERARY, Map.of("closureSummary", "A mistake.",
        "closureDecision", "SEND_BACK", "sendBackReason", "The family's flight was only delayed."));
    executeDueJobs(itinerary.getId());
    assertThat(itinerary).isWaitingAt(ItineraryTasks.PREPARE_RECEPTION);
    assertThat(itinerary).variables().containsEntry("itineraryStatus", "RECEPTION");

    runtimeService().createMessageCorrelation("AgreementTerminated").processInstanceId(agreementInstance(agreement).getId())
        .setVariable("terminationReason", "Funding withdrawn").correlate();
    executeDueJobs(agreementInstance(agreement).getId());
    assertRefused(() -> complete(itinerary, ItineraryTasks.CLOSE_ITINERARY, Map.of("closureSummary", "Go on.",
        "closureDecision", "SEND_BACK", "sendBackReason", "Please")), "closureDecision");
  }

  @Test
  void registrationIsRefusedWhenTheAgreementIsNotInForceOrTheSponsorDidNotSignIt() {
    today("2026-01-10");
    String agreement = agreementFrom("2026-01-01");
    long before = runtimeService().createProcessInstanceQuery().processDefinitionKey(PROCESS).count();

    assertRefused(() -> register(family(familyCode(), "CS-NOWHERE", "sjm", 2, 0, "2026-02-01")), "agreementCode");
    assertRefused(() -> register(family(familyCode(), agreement, "caritas-orihuela-alicante", 2, 0, "2026-02-01")),
        "sponsorOrganisation");
    assertRefused(() -> register(family(familyCode(), agreement, "gva", 2, 0, "2026-02-01")), "sponsorOrganisation");
    assertRefused(() -> register(family(familyCode(), agreement, "sjm", 2, 3, "2026-02-01")), "minors");
    assertRefused(() -> register(family(familyCode(), agreement, "sjm", 0, 0, "2026-02-01")), "members");
    assertRefused(() -> register(family(familyCode(), agreement, "sjm", 2, 0, "01/02/2026")), "arrivalDate");
    Map<String, Object> noMunicipality = new HashMap<>(family(familyCode(), agreement, "sjm", 2, 0, "2026-02-01"));
    noMunicipality.remove("municipality");
    assertRefused(() -> runtimeService().startProcessInstanceByKey(PROCESS, noMunicipality), "municipality");

    runtimeService().createMessageCorrelation("AgreementTerminated")
        .processInstanceId(agreementInstance(agreement).getId())
        .setVariable("terminationReason", "Ended early").correlate();
    assertRefused(() -> register(family(familyCode(), agreement, "sjm", 2, 0, "2026-02-01")), "agreementCode");

    assertThat(runtimeService().createProcessInstanceQuery().processDefinitionKey(PROCESS).count()).isEqualTo(before);
  }

  @Test
  void theAutonomyDecisionTable() {
    assertThat(autonomy("INDEPENDENT", "EMPLOYMENT", "OWN_RENTAL", true)).isEqualTo("AUTONOMOUS");
    assertThat(autonomy("PROFICIENT", "EMPLOYMENT", "OWN_RENTAL", true)).isEqualTo("AUTONOMOUS");
    assertThat(autonomy("PROFICIENT", "EMPLOYMENT", "OWN_RENTAL", false)).as("children out of school").isEqualTo("LOW");
    assertThat(autonomy("NONE", "EMPLOYMENT", "OWN_RENTAL", true)).isEqualTo("LOW");
    assertThat(autonomy("BASIC", "SPONSOR_SUPPORT", "SPONSOR_PROVIDED", true)).isEqualTo("LOW");
    assertThat(autonomy("BASIC", "PUBLIC_BENEFITS", "SPONSOR_PROVIDED", true)).isEqualTo("PARTIAL");
    assertThat(autonomy("INDEPENDENT", "EMPLOYMENT", "SHARED_OR_TEMPORARY", true)).isEqualTo("PARTIAL");
    assertThat(autonomy("BASIC", "EMPLOYMENT", "OWN_RENTAL", true)).isEqualTo("PARTIAL");
  }

  // --- helpers

  private void assessAutonomy(ProcessInstance itinerary, String language, String income, String housing,
      String childrenInSchool) {
    complete(itinerary, ItineraryTasks.ASSESS_AUTONOMY, Map.of("languageLevel", language, "incomeSource", income,
        "housingSituation", housing, "childrenInSchool", childrenInSchool));
    executeDueJobs(itinerary.getId());
  }

  private String autonomy(String language, String income, String housing, boolean childrenInSchool) {
    return engine.getDecisionService().evaluateDecisionTableByKey("autonomy-level", Variables.createVariables()
            .putValue("languageLevel", language).putValue("incomeSource", income)
            .putValue("housingSituation", housing).putValue("childrenInSchool", childrenInSchool))
        .getSingleResult().getSingleEntry();
  }

  private Object historicVariable(ProcessInstance instance, String name) {
    return historyService().createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
        .variableName(name).list().stream()
        .filter(v -> instance.getId().equals(v.getActivityInstanceId()) || v.getActivityInstanceId() == null)
        .findFirst().orElseThrow().getValue();
  }
}
