package org.acollida.measure.bpmn;

import org.acollida.measure.MeasureValidation;
import org.acollida.measure.MeasureVariables;
import org.acollida.measure.ReservedTo;
import org.acollida.organisation.OrganisationRegistry;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Completion of FollowUpOverdueReport: what the Joint Commission did about a report not made in time. */
@Component("recordOverdueFollowUp")
public class RecordOverdueFollowUp implements TaskListener {

  private final MeasureValidation validation;

  public RecordOverdueFollowUp(MeasureValidation validation) {
    this.validation = validation;
  }

  @Override
  public void notify(DelegateTask task) {
    ReservedTo.group(OrganisationRegistry.JOINT_COMMISSION, "follow up an overdue measure report");
    String note = validation.overdueNote(task.getExecution());
    task.getExecution().getProcessInstance().setVariable(MeasureVariables.LAST_OVERDUE_NOTE, note);
  }
}
