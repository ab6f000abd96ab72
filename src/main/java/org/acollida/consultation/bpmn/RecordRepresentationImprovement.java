package org.acollida.consultation.bpmn;

import org.acollida.consultation.ConsultationValidation;
import org.acollida.consultation.ConsultationVariables;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Completion of ImproveRepresentation: the revised list of stakeholders and, when the share of
 * migrant associations did not rise, the facilitator's justification. The check then runs again.
 */
@Component("recordRepresentationImprovement")
public class RecordRepresentationImprovement implements TaskListener {

  private final ConsultationValidation validation;

  public RecordRepresentationImprovement(ConsultationValidation validation) {
    this.validation = validation;
  }

  @Override
  public void notify(DelegateTask task) {
    ConsultationVariables round = ConsultationVariables.of(task.getExecution().getProcessInstance());
    ConsultationValidation.RepresentationImprovement improvement =
        validation.representationImprovement(task.getExecution(), round.migrantAssociationShare());
    round.setStakeholders(improvement.stakeholders());
    round.setRepresentation(improvement.stakeholders());
    round.setRepresentationJustification(improvement.justification());
  }
}
