package org.acollida.consultation.bpmn;

import org.acollida.consultation.ConsultationValidation;
import org.acollida.consultation.ConsultationVariables;
import org.acollida.contract.RoundStatus;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Completion of SynthesiseContributions: refused unless every contribution has an answer and a
 * reason. Stores the answers beside the contributions as received, and submits them for approval.
 */
@Component("recordSynthesis")
public class RecordSynthesis implements TaskListener {

  private final ConsultationValidation validation;

  public RecordSynthesis(ConsultationValidation validation) {
    this.validation = validation;
  }

  @Override
  public void notify(DelegateTask task) {
    ConsultationVariables round = ConsultationVariables.of(task.getExecution().getProcessInstance());
    round.setSynthesis(validation.synthesis(task.getExecution().getVariable(ConsultationVariables.SYNTHESIS),
        round.contributions()));
    round.setSynthesisSummary(validation.optionalText(task.getExecution(), ConsultationVariables.SYNTHESIS_SUMMARY));
    round.setStatus(RoundStatus.APPROVAL);
  }
}
