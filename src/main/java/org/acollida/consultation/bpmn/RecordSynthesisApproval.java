package org.acollida.consultation.bpmn;

import org.acollida.consultation.ConsultationValidation;
import org.acollida.consultation.ConsultationVariables;
import org.acollida.contract.RoundStatus;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Completion of ApproveSynthesis: approved for publication, or sent back to the facilitator with comments. */
@Component("recordSynthesisApproval")
public class RecordSynthesisApproval implements TaskListener {

  private final ConsultationValidation validation;

  public RecordSynthesisApproval(ConsultationValidation validation) {
    this.validation = validation;
  }

  @Override
  public void notify(DelegateTask task) {
    ConsultationValidation.Approval approval = validation.approval(task.getExecution());
    ConsultationVariables round = ConsultationVariables.of(task.getExecution().getProcessInstance());
    round.recordApproval(approval.approved(), approval.comments());
    if (!approval.approved()) {
      round.setStatus(RoundStatus.SYNTHESIS);
    }
  }
}
