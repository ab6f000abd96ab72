package org.acollida.itinerary.bpmn;

import org.acollida.itinerary.ItineraryProperties;
import org.acollida.itinerary.ItineraryTasks;
import org.acollida.itinerary.ItineraryVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The next autonomy assessment: every six months (configurable) counted from the arrival. */
@Component("scheduleNextAutonomyAssessment")
public class ScheduleNextAutonomyAssessment implements JavaDelegate {

  private final ItineraryProperties properties;
  private final LastOpenedTask lastOpened;

  public ScheduleNextAutonomyAssessment(ItineraryProperties properties, LastOpenedTask lastOpened) {
    this.properties = properties;
    this.lastOpened = lastOpened;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ItineraryVariables itinerary = ItineraryVariables.of(execution);
    itinerary.setNextAutonomyAssessmentDate(
        ItineraryCalendar.nextAfterScheduled(itinerary.arrivalDate(), properties.autonomyAssessmentPeriod(),
            lastOpened.dueDate(execution, ItineraryTasks.ASSESS_AUTONOMY)));
  }
}
