package org.acollida.agreement.bpmn;

import org.acollida.agreement.AgreementValidation;
import org.acollida.agreement.AgreementVariables;
import org.acollida.common.InvalidInputException;
import org.acollida.organisation.OpenCaseCodes;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Start listener of the registration: validates the start variables and claims the agreement
 * code, in the transaction that creates the instance, so a refusal leaves nothing behind.
 */
@Component("registerAgreement")
public class RegisterAgreement implements ExecutionListener {

  static final String CASE_KIND = "agreement";

  private final AgreementValidation validation;
  private final OpenCaseCodes openCodes;

  public RegisterAgreement(AgreementValidation validation, OpenCaseCodes openCodes) {
    this.validation = validation;
    this.openCodes = openCodes;
  }

  @Override
  public void notify(DelegateExecution execution) {
    AgreementValidation.Registration registration = validation.validateRegistration(execution);
    String code = registration.agreementCode();
    String businessKey = execution.getProcessBusinessKey();
    if (businessKey == null) {
      execution.setProcessBusinessKey(code);
    } else if (!businessKey.equals(code)) {
      throw new InvalidInputException("businessKey", "must equal agreementCode (" + code + ")");
    }
    if (!openCodes.claim(CASE_KIND, code, execution.getProcessInstanceId())) {
      throw new InvalidInputException(AgreementVariables.AGREEMENT_CODE,
          "an agreement with code '" + code + "' is already registered and not yet closed");
    }
    // stored as Json whatever the client sent (a form sends JSON text)
    AgreementVariables.of(execution).setSignatories(registration.signatories());
  }
}
