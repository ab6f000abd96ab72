package org.acollida.measure.bpmn;

import org.acollida.contract.MeasureStatus;
import org.acollida.measure.MeasureVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The Joint Commission confirmed: the measure is closed (its last reported status stays readable as closedAs). */
@Component("closeMeasure")
public class CloseMeasure implements JavaDelegate {

  public static final String CLOSED_AS = "closedAs";

  @Override
  public void execute(DelegateExecution execution) {
    MeasureVariables measure = MeasureVariables.of(execution);
    execution.setVariable(CLOSED_AS, measure.status().name());
    measure.setStatus(MeasureStatus.CLOSED);
  }
}
