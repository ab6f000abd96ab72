package org.acollida.itinerary.bpmn;

import org.acollida.itinerary.ItineraryProperties;
import org.acollida.itinerary.ItineraryTasks;
import org.acollida.itinerary.ItineraryVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The next follow-up: every configured period counted from the arrival, the next one still to come and after the last
 * one opened (so a follow-up timer executed early does not open the same follow-up twice).
 */
@Component("scheduleNextFollowUp")
public class ScheduleNextFollowUp implements JavaDelegate {

  private final ItineraryProperties properties;
  private final LastOpenedTask lastOpened;

  public ScheduleNextFollowUp(ItineraryProperties properties, LastOpenedTask lastOpened) {
    this.properties = properties;
    this.lastOpened = lastOpened;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ItineraryVariables itinerary = ItineraryVariables.of(execution);
    itinerary.setNextFollowUpDate(
        ItineraryCalendar.nextAfterScheduled(itinerary.arrivalDate(), properties.followUpPeriod(),
            lastOpened.dueDate(execution, ItineraryTasks.RECORD_FOLLOW_UP)));
  }
}
