package org.acollida.consultation.bpmn;

import org.acollida.common.InvalidInputException;
import org.acollida.consultation.ConsultationValidation;
import org.acollida.consultation.ConsultationVariables;
import org.acollida.contract.RoundStatus;
import org.acollida.organisation.OpenCaseCodes;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Start listener of a round: validates the start variables and claims the round's code, in the
 * transaction that creates the instance, so a refusal leaves nothing behind. Measures how much of
 * the invited voice is migrant associations' before the representation check reads it.
 */
@Component("registerConsultation")
public class RegisterConsultation implements ExecutionListener {

  static final String CASE_KIND = "consultation";
  private static final Logger LOG = LoggerFactory.getLogger(RegisterConsultation.class);

  private final ConsultationValidation validation;
  private final OpenCaseCodes openCodes;

  public RegisterConsultation(ConsultationValidation validation, OpenCaseCodes openCodes) {
    this.validation = validation;
    this.openCodes = openCodes;
  }

  @Override
  public void notify(DelegateExecution execution) {
    ConsultationValidation.Registration registration = validation.validateRegistration(execution);
    String code = registration.consultationCode();
    String businessKey = execution.getProcessBusinessKey();
    if (businessKey == null) {
      execution.setProcessBusinessKey(code);
    } else if (!businessKey.equals(code)) {
      throw new InvalidInputException("businessKey", "must equal consultationCode (" + code + ")");
    }
    if (!openCodes.claim(CASE_KIND, code, execution.getProcessInstanceId())) {
      throw new InvalidInputException(ConsultationVariables.CONSULTATION_CODE,
          "a consultation round with code '" + code + "' is already open");
    }
    ConsultationVariables round = ConsultationVariables.of(execution);
    execution.setVariable(ConsultationVariables.TOPIC, registration.topic());
    execution.setVariable(ConsultationVariables.STRATEGY_PRIORITY, registration.strategyPriority());
    // stored as Json whatever the client sent (a form sends JSON text)
    round.setStakeholders(registration.stakeholders());
    round.setCarriedForwardPoints(registration.carriedForwardPoints());
    execution.setVariable(ConsultationVariables.PREVIOUS_CONSULTATION_CODE, registration.previousConsultationCode());
    round.setRepresentation(registration.stakeholders());
    round.setRepresentationJustification(null);
    round.setContributions(java.util.List.of());
    execution.setVariable(ConsultationVariables.DEADLINE_EXTENDED, false);
    round.setStatus(RoundStatus.REPRESENTATION_CHECK);
    LOG.info("Consultation {} registered: {} stakeholders, contributions until {}", code,
        registration.stakeholders().size(), registration.contributionDeadline());
  }
}
