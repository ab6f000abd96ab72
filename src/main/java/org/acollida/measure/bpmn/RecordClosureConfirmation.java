package org.acollida.measure.bpmn;

import org.acollida.contract.MeasureStatus;
import org.acollida.measure.MeasureValidation;
import org.acollida.measure.MeasureVariables;
import org.acollida.measure.ReservedTo;
import org.acollida.organisation.OrganisationRegistry;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Completion of ConfirmClosure: the Joint Commission confirms DONE or DROPPED, or sends the measure back to the
 * responsible organisation with what is missing; sent back, the measure is in progress again.
 */
@Component("recordClosureConfirmation")
public class RecordClosureConfirmation implements TaskListener {

  private final MeasureValidation validation;

  public RecordClosureConfirmation(MeasureValidation validation) {
    this.validation = validation;
  }

  @Override
  public void notify(DelegateTask task) {
    ReservedTo.group(OrganisationRegistry.JOINT_COMMISSION, "confirm or send back a measure");
    MeasureValidation.ClosureConfirmation confirmation = validation.closureConfirmation(task.getExecution());
    DelegateExecution instance = task.getExecution().getProcessInstance();
    instance.setVariable(MeasureVariables.CLOSURE_CONFIRMED, confirmation.confirmed());
    instance.setVariable(MeasureVariables.CLOSURE_COMMENTS, confirmation.comments());
    if (!confirmation.confirmed()) {
      MeasureVariables.of(instance).setStatus(MeasureStatus.IN_PROGRESS);
    }
  }
}
