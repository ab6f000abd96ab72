package org.acollida.consultation.bpmn;

import org.acollida.consultation.ConsultationTasks;
import org.acollida.consultation.ConsultationVariables;
import org.acollida.consultation.SealedContributions;
import org.acollida.consultation.Stakeholder;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Creation of one stakeholder's SubmitContribution: who it answers for, recorded apart (the task's variables
 * are the client's to write, so {@link RecordContribution} never takes the author from them) and shown in the
 * form, and an empty contribution of its own. Local to the invitation (input mappings of a multi-instance task
 * apply to all invitations together), so one stakeholder's text never reaches another's form.
 */
@Component("prepareContributionInvitation")
public class PrepareContributionInvitation implements TaskListener {

  public static final String STAKEHOLDER_NAME = "stakeholderName";
  public static final String STAKEHOLDER_CATEGORY = "stakeholderCategory";

  private final SealedContributions sealed;

  public PrepareContributionInvitation(SealedContributions sealed) {
    this.sealed = sealed;
  }

  @Override
  public void notify(DelegateTask task) {
    DelegateExecution invitation = task.getExecution();
    // the multi-instance element, set by the engine from the round's pending stakeholders at this moment
    String stakeholderId = (String) invitation.getVariableLocal(ConsultationVariables.STAKEHOLDER_ID);
    Stakeholder stakeholder = ConsultationVariables.of(invitation).stakeholder(stakeholderId);
    sealed.invite(task.getProcessInstanceId(), task.getId(), stakeholder.id());
    invitation.setVariableLocal(STAKEHOLDER_NAME, stakeholder.name());
    invitation.setVariableLocal(STAKEHOLDER_CATEGORY, stakeholder.category().name());
    invitation.setVariableLocal(ConsultationTasks.CONTRIBUTION_TEXT, null);
  }
}
