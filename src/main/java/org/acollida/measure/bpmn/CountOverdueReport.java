package org.acollida.measure.bpmn;

import org.acollida.measure.MeasureVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** The overdue timer fired: the measure counts one more report not made in time (the accountability page shows it). */
@Component("countOverdueReport")
public class CountOverdueReport implements ExecutionListener {

  @Override
  public void notify(DelegateExecution execution) {
    MeasureVariables.of(execution.getProcessInstance()).countOverdueReport();
  }
}
