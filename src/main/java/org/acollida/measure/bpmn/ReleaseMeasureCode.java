package org.acollida.measure.bpmn;

import org.acollida.contract.MeasureContract;
import org.acollida.measure.MeasureVariables;
import org.acollida.organisation.OpenCaseCodes;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** End listener of the process: the code may be used again once the measure is closed (or cancelled). */
@Component("releaseMeasureCode")
public class ReleaseMeasureCode implements ExecutionListener {

  private final OpenCaseCodes openCodes;

  public ReleaseMeasureCode(OpenCaseCodes openCodes) {
    this.openCodes = openCodes;
  }

  @Override
  public void notify(DelegateExecution execution) {
    String code = MeasureVariables.of(execution).measureCode();
    if (code != null) {
      openCodes.release(MeasureContract.CASE_KIND, code, execution.getProcessInstanceId());
    }
  }
}
