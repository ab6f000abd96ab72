package org.acollida.consultation.bpmn;

import org.acollida.consultation.ConsultationValidation;
import org.acollida.consultation.ConsultationVariables;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Completion of DecideOnQuorum: go on with the answers received, or extend the deadline once to a later date. */
@Component("recordQuorumDecision")
public class RecordQuorumDecision implements TaskListener {

  private final ConsultationValidation validation;

  public RecordQuorumDecision(ConsultationValidation validation) {
    this.validation = validation;
  }

  @Override
  public void notify(DelegateTask task) {
    ConsultationVariables round = ConsultationVariables.of(task.getExecution().getProcessInstance());
    ConsultationValidation.QuorumDecision decision =
        validation.quorumDecision(task.getExecution(), round.contributionDeadline());
    round.recordDeadlineDecision(decision.extend(), decision.newDeadline());
  }
}
