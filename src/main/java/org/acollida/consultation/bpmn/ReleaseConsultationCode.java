package org.acollida.consultation.bpmn;

import org.acollida.consultation.ConsultationVariables;
import org.acollida.organisation.OpenCaseCodes;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** End listener of the process: the code may be used again once the round is closed (or cancelled). */
@Component("releaseConsultationCode")
public class ReleaseConsultationCode implements ExecutionListener {

  private final OpenCaseCodes openCodes;

  public ReleaseConsultationCode(OpenCaseCodes openCodes) {
    this.openCodes = openCodes;
  }

  @Override
  public void notify(DelegateExecution execution) {
    String code = ConsultationVariables.of(execution).consultationCode();
    if (code != null) {
      openCodes.release(RegisterConsultation.CASE_KIND, code);
    }
  }
}
