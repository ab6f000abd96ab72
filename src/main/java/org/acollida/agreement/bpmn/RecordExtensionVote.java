package org.acollida.agreement.bpmn;

import org.acollida.agreement.AgreementValidation;
import org.acollida.agreement.AgreementVariables;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Completion of one signatory's vote: counts a yes and the budget it carries for the next two years
 * ({@code proposedBudgets}, added to the lines if the extension is granted), or records the no that ends the vote, who cast it and why
 * ({@code extensionRefusedBy}, {@code extensionRefusalReason}; the multi-instance's completion condition reads
 * {@code extensionRejected}).
 */
@Component("recordExtensionVote")
public class RecordExtensionVote implements TaskListener {

  private static final Logger LOG = LoggerFactory.getLogger(RecordExtensionVote.class);

  private final AgreementValidation validation;

  public RecordExtensionVote(AgreementValidation validation) {
    this.validation = validation;
  }

  @Override
  public void notify(DelegateTask task) {
    AgreementValidation.ExtensionVote vote = validation.extensionVote(task.getExecution());
    boolean approved = vote.approved();
    String organisation = AgreementVariables.voterOrganisation(task.getExecution());
    AgreementVariables agreement = AgreementVariables.of(task.getExecution());
    if (approved) {
      agreement.setVotesInFavour(agreement.votesInFavour() + 1);
      agreement.proposeBudget(organisation, vote.budgetEur());
    } else {
      agreement.rejectExtension(organisation);
      // the reason is the vote's local (input parameter): the agreement keeps it beside who refused
      task.getExecution().getProcessInstance()
          .setVariable(AgreementValidation.EXTENSION_REFUSAL_REASON, vote.refusalReason());
    }
    LOG.info("Agreement {}: {} voted {} the extension", agreement.agreementCode(), organisation,
        approved ? "for" : "against");
  }
}
