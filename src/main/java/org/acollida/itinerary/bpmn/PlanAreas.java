package org.acollida.itinerary.bpmn;

import java.util.List;
import org.acollida.itinerary.ItineraryArea;
import org.acollida.itinerary.ItineraryVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** The collection of the WorkOnArea multi-instance (the plan's areas) and their names for people. */
@Component("planAreas")
public class PlanAreas {

  public List<String> of(DelegateExecution execution) {
    return ItineraryVariables.of(execution).itineraryAreas();
  }

  public String label(String area) {
    return ItineraryArea.valueOf(area).label();
  }
}
