package org.acollida.consultation.bpmn;

import org.acollida.consultation.ConsultationVariables;
import org.acollida.contract.RoundStatus;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The round is over; its published report stays readable. */
@Component("closeRound")
public class CloseRound implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    ConsultationVariables.of(execution).setStatus(RoundStatus.CLOSED);
  }
}
