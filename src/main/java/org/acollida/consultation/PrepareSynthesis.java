package org.acollida.consultation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Lists every contribution received, still unanswered, for the facilitator's synthesis form. */
@Component("prepareSynthesis")
public class PrepareSynthesis implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    ConsultationVariables round = ConsultationVariables.of(execution);
    round.setSynthesis(round.contributions());
    round.setStatus(RoundStatus.SYNTHESIS);
  }
}
