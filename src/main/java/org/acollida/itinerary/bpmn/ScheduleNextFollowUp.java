package org.acollida.itinerary.bpmn;

import org.acollida.itinerary.ItineraryProperties;
import org.acollida.itinerary.ItineraryVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The next follow-up: every configured period counted from the arrival, the next one still to come and after the one
 * scheduled before (so a follow-up timer executed early does not open the same follow-up twice).
 */
@Component("scheduleNextFollowUp")
public class ScheduleNextFollowUp implements JavaDelegate {

  private final ItineraryProperties properties;

  public ScheduleNextFollowUp(ItineraryProperties properties) {
    this.properties = properties;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ItineraryVariables itinerary = ItineraryVariables.of(execution);
    itinerary.setNextFollowUpDate(
        ItineraryCalendar.nextAfterScheduled(itinerary.arrivalDate(), properties.followUpPeriod(),
            itinerary.nextFollowUpDate()));
  }
}
