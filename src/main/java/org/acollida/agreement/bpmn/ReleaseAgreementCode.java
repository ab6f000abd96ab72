package org.acollida.agreement.bpmn;

import org.acollida.agreement.AgreementVariables;
import org.acollida.organisation.OpenCaseCodes;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** End listener of the process: the code may be used again once the agreement is closed (or cancelled). */
@Component("releaseAgreementCode")
public class ReleaseAgreementCode implements ExecutionListener {

  private final OpenCaseCodes openCodes;

  public ReleaseAgreementCode(OpenCaseCodes openCodes) {
    this.openCodes = openCodes;
  }

  @Override
  public void notify(DelegateExecution execution) {
    String code = AgreementVariables.of(execution).agreementCode();
    if (code != null) {
      openCodes.release(RegisterAgreement.CASE_KIND, code);
    }
  }
}
