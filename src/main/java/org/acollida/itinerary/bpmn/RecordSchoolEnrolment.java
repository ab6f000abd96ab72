package org.acollida.itinerary.bpmn;

import org.acollida.itinerary.ItineraryValidation;
import org.acollida.itinerary.ItineraryVariables;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Completion of EnrolChildrenInSchool: when, and how many of the family's minors. */
@Component("recordSchoolEnrolment")
public class RecordSchoolEnrolment implements TaskListener {

  private final ItineraryValidation validation;

  public RecordSchoolEnrolment(ItineraryValidation validation) {
    this.validation = validation;
  }

  @Override
  public void notify(DelegateTask task) {
    validation.schoolEnrolment(task.getExecution(), ItineraryVariables.of(task.getExecution()));
    validation.requireFamilyConsentIfLastFormality(task);
  }
}
