package org.acollida.consultation.bpmn;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.acollida.common.InvalidInputException;
import org.acollida.consultation.ConsultationTasks;
import org.acollida.consultation.ConsultationValidation;
import org.acollida.consultation.ConsultationVariables;
import org.acollida.consultation.Contribution;
import org.acollida.consultation.SealedContributions;
import org.acollida.consultation.Stakeholder;
import org.acollida.contract.ProgrammeCalendar;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Completion of a stakeholder's SubmitContribution: the text is required and is recorded under the stakeholder
 * the engine created the invitation for (never one the client names or writes into the task's variables),
 * sealed until the synthesis so that no other stakeholder can read it, and the text leaves the task's variables
 * (the history keeps none of it: {@code ConsultationEnginePlugin}). Two stakeholders answering at the same
 * instant collide on the round's variables; one of them is told to retry (409).
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
    ConsultationVariables round = ConsultationVariables.of(task.getExecution().getProcessInstance());
    Stakeholder stakeholder = author(task, round);
    List<Contribution> contributions = new ArrayList<>(round.contributions());
    contributions.removeIf(c -> c.stakeholderId().equals(stakeholder.id()));
    contributions.add(Contribution.sealed(stakeholder, ProgrammeCalendar.now()));
    round.setContributions(contributions);
    sealed.seal(task.getProcessInstanceId(), stakeholder.id(), text);
    // the ended invitation's variables stay with the round until every invitation is done
    task.getExecution().removeVariableLocal(ConsultationTasks.CONTRIBUTION_TEXT);
    LOG.info("Consultation {}: contribution received from {}", round.consultationCode(), stakeholder.id());
  }

  /**
   * The stakeholder the engine created this invitation for. An invitation created before those were recorded
   * falls back on its multi-instance element, which a client may have rewritten: only that stakeholder's own
   * user (or the engine with nobody logged in, as the demo does) may then complete it.
   */
  private Stakeholder author(DelegateTask task, ConsultationVariables round) {
    Optional<String> invited = sealed.invitedStakeholder(task.getId());
    if (invited.isPresent()) {
      return round.stakeholder(invited.get());
    }
    Object element = task.getExecution().getVariableLocal(ConsultationVariables.STAKEHOLDER_ID);
    Stakeholder stakeholder = round.stakeholders().stream().filter(s -> s.id().equals(element)).findFirst().orElse(null);
    Authentication current = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    if (stakeholder == null || (current != null && !stakeholder.user().equals(current.getUserId()))) {
      throw new InvalidInputException(ConsultationVariables.STAKEHOLDER_ID,
          "is set by the invitation and cannot be changed: only the invited stakeholder's user may complete it");
    }
    return stakeholder;
  }
}
