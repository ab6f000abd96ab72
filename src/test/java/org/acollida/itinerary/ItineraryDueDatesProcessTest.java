package org.acollida.itinerary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;

import java.util.List;
import java.util.Map;
import org.acollida.contract.ProgrammeCalendar;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;

/** The itinerary's due dates, as Tasklist shows and sorts them. */
class ItineraryDueDatesProcessTest extends ItineraryTestSupport {

  @Test
  void theReceptionIsDueOnArrivalAndEachFollowUpAndAssessmentOnItsScheduledDate() {
    today("2026-01-10");
    String agreement = agreementFrom("2026-01-01");
    ProcessInstance itinerary = register(agreement, "sjm", 2, 0, "2026-02-01");
    assertThat(task(itinerary, ItineraryTasks.PREPARE_RECEPTION).getDueDate()).isEqualTo(ProgrammeCalendar.startOf("2026-02-01"));
    attachFamilyConsent(itinerary.getId());
    complete(itinerary, ItineraryTasks.PREPARE_RECEPTION, Map.of("housingType", "SPONSOR_RENTED_FLAT", "housingReadyDate", "2026-01-30"));

    today("2026-02-01");
    executeDueJobs(itinerary.getId());
    assertThat(task(itinerary, ItineraryTasks.REGISTER_IN_MUNICIPALITY).getDueDate())
        .as("the first steps have no date in the pilot's rules").isNull();
    today("2026-02-20");
    receiveAndPlan(itinerary, "2026-02-20");
    assertThat(tasks(itinerary, ItineraryTasks.WORK_ON_AREA)).extracting(Task::getDueDate).containsOnlyNulls();

    // each month's follow-up keeps its own date though the next one is scheduled as soon as it opens
    for (String month : List.of("2026-03-01", "2026-04-01", "2026-05-01", "2026-06-01", "2026-07-01", "2026-08-01")) {
      today(month);
      executeDueJobs(itinerary.getId());
    }
    assertThat(tasks(itinerary, ItineraryTasks.RECORD_FOLLOW_UP)).extracting(Task::getDueDate).containsExactlyInAnyOrder(
        ProgrammeCalendar.startOf("2026-03-01"), ProgrammeCalendar.startOf("2026-04-01"), ProgrammeCalendar.startOf("2026-05-01"),
        ProgrammeCalendar.startOf("2026-06-01"), ProgrammeCalendar.startOf("2026-07-01"), ProgrammeCalendar.startOf("2026-08-01"));
    assertThat(task(itinerary, ItineraryTasks.ASSESS_AUTONOMY).getDueDate()).isEqualTo(ProgrammeCalendar.startOf("2026-08-01"));
  }

  @Test
  void aFollowUpTimerExecutedEarlyNeverOpensTheSameFollowUpTwice() {
    today("2026-02-20");
    String agreement = agreementFrom("2026-01-01");
    ProcessInstance itinerary = register(agreement, "sjm", 2, 0, "2026-02-01");
    receiveAndPlan(itinerary, "2026-02-20");
    assertThat(runtimeService().getVariable(itinerary.getId(), "nextFollowUpDate")).isEqualTo("2026-03-01");

    // a REST client executes the follow-up timer's job before it is due (POST /job/{id}/execute), twice
    for (int early = 0; early < 2; early++) {
      management.executeJob(followUpTimer(itinerary).getId());
      executeDueJobs(itinerary.getId());
    }
    assertThat(tasks(itinerary, ItineraryTasks.RECORD_FOLLOW_UP)).extracting(Task::getDueDate)
        .as("two follow-ups of the series, each on its own date")
        .containsExactlyInAnyOrder(ProgrammeCalendar.startOf("2026-03-01"), ProgrammeCalendar.startOf("2026-04-01"));
    assertThat(followUpTimer(itinerary).getDuedate()).isEqualTo(ProgrammeCalendar.startOf("2026-05-01"));

    today("2026-04-01");
    executeDueJobs(itinerary.getId());
    assertThat(tasks(itinerary, ItineraryTasks.RECORD_FOLLOW_UP)).as("the dates already open are not opened again")
        .hasSize(2);
  }

  private Job followUpTimer(ProcessInstance itinerary) {
    return management.createJobQuery().processInstanceId(itinerary.getId()).activityId("FollowUpDue").singleResult();
  }
}
