package org.acollida.consultation.bpmn;

import org.acollida.common.InvalidInputException;
import org.acollida.consultation.ConsultationTasks;
import org.acollida.consultation.ConsultationValidation;
import org.acollida.consultation.ConsultationVariables;
import org.acollida.organisation.OpenCaseCodes;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Completion of DecideNextRound: close here, or call the next round on the same topic with its code and deadline. */
@Component("recordNextRoundDecision")
public class RecordNextRoundDecision implements TaskListener {

  private final ConsultationValidation validation;
  private final OpenCaseCodes openCodes;

  public RecordNextRoundDecision(ConsultationValidation validation, OpenCaseCodes openCodes) {
    this.validation = validation;
    this.openCodes = openCodes;
  }

  @Override
  public void notify(DelegateTask task) {
    ConsultationVariables round = ConsultationVariables.of(task.getExecution().getProcessInstance());
    ConsultationValidation.NextRound next = validation.nextRound(task.getExecution(), round.consultationCode());
    if (next.call() && openCodes.isOpen(RegisterConsultation.CASE_KIND, next.code())) {
      throw new InvalidInputException(ConsultationVariables.NEXT_CONSULTATION_CODE,
          "a consultation round with code '" + next.code() + "' is already open");
    }
    round.recordNextRound(next.call(), next.code());
    if (next.call()) {
      task.getExecution().getProcessInstance()
          .setVariable(ConsultationTasks.NEXT_CONTRIBUTION_DEADLINE, next.deadline().toString());
    }
  }
}
