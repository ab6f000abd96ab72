package org.acollida.itinerary.bpmn;

import org.acollida.itinerary.ItineraryValidation;
import org.acollida.itinerary.ItineraryVariables;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Completion of AgreeItineraryPlan: checks it and stores the chosen areas as a Json list, whatever form they arrived in. */
@Component("recordItineraryPlan")
public class RecordItineraryPlan implements TaskListener {

  private static final Logger LOG = LoggerFactory.getLogger(RecordItineraryPlan.class);

  private final ItineraryValidation validation;

  public RecordItineraryPlan(ItineraryValidation validation) {
    this.validation = validation;
  }

  @Override
  public void notify(DelegateTask task) {
    ItineraryVariables itinerary = ItineraryVariables.of(task.getExecution());
    var areas = validation.plan(task.getExecution());
    itinerary.setItineraryAreas(areas);
    LOG.info("Family {}: itinerary plan agreed over {}", itinerary.familyCode(), areas);
  }
}
