package org.acollida.consultation;

import org.acollida.contract.RoundStatus;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The round is over; its published report stays readable. */
@Component("closeConsultationRound")
public class CloseConsultationRound implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    ConsultationVariables.of(execution).setStatus(RoundStatus.CLOSED);
  }
}
