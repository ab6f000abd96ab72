package org.acollida.consultation.bpmn;

import java.util.ArrayList;
import java.util.List;
import org.acollida.consultation.ConsultationValidation;
import org.acollida.consultation.ConsultationVariables;
import org.acollida.consultation.Contribution;
import org.acollida.consultation.SealedContributions;
import org.acollida.consultation.Stakeholder;
import org.acollida.contract.ProgrammeCalendar;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Completion of a stakeholder's SubmitContribution: the text is required and is recorded under
 * the stakeholder the invitation was for (never one the client names), sealed until the synthesis so that
 * no other stakeholder can read it. Two stakeholders answering
 * at the same instant collide on the round's variables; one of them is told to retry (409).
 */
@Component("recordContribution")
public class RecordContribution implements TaskListener {

  private static final Logger LOG = LoggerFactory.getLogger(RecordContribution.class);

  private final ConsultationValidation validation;
  private final SealedContributions sealed;

  public RecordContribution(ConsultationValidation validation, SealedContributions sealed) {
    this.validation = validation;
    this.sealed = sealed;
  }

  @Override
  public void notify(DelegateTask task) {
    String text = validation.contributionText(task.getExecution());
    String stakeholderId = (String) task.getExecution().getVariable(ConsultationVariables.STAKEHOLDER_ID);
    ConsultationVariables round = ConsultationVariables.of(task.getExecution().getProcessInstance());
    Stakeholder stakeholder = round.stakeholder(stakeholderId);
    List<Contribution> contributions = new ArrayList<>(round.contributions());
    contributions.removeIf(c -> c.stakeholderId().equals(stakeholderId));
    contributions.add(Contribution.sealed(stakeholder, ProgrammeCalendar.now()));
    round.setContributions(contributions);
    sealed.seal(task.getProcessInstanceId(), stakeholderId, text);
    LOG.info("Consultation {}: contribution received from {}", round.consultationCode(), stakeholderId);
  }
}
