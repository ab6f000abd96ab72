package org.acollida.measure.bpmn;

import java.util.List;
import org.acollida.common.SystemAccess;
import org.acollida.measure.MeasureVariables;
import org.acollida.measure.ReservedTo;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.context.Context;
import org.springframework.stereotype.Component;

/**
 * Assignment listener of ReportProgress: the report is the responsible organisation's, so only one of its members
 * may claim it or be assigned it (the regional government may assign any task of the programme otherwise). Handing
 * the task back (no assignee) and assignments by the application itself are not restricted. Completion is checked
 * by {@link RecordProgressReport}.
 */
@Component("reserveReportToItsOrganisation")
public class ReserveReportToItsOrganisation implements TaskListener {

  private final IdentityService identity;

  public ReserveReportToItsOrganisation(IdentityService identity) {
    this.identity = identity;
  }

  @Override
  public void notify(DelegateTask task) {
    String assignee = task.getAssignee();
    if (assignee == null || Context.getCommandContext().getAuthenticatedUserId() == null) {
      return;
    }
    List<String> groups = SystemAccess.asSystem(() -> identity.createGroupQuery().groupMember(assignee).list()
        .stream().map(Group::getId).toList());
    ReservedTo.requireMember(assignee, groups, MeasureVariables.of(task.getExecution()).responsibleOrganisation(),
        "be assigned the report on this measure");
  }
}
