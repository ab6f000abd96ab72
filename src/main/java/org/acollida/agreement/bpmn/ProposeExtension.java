package org.acollida.agreement.bpmn;

import org.acollida.agreement.ExtensionProposals;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Sends a checked proposal to its agreement, whose vote opens in the same transaction: the signatory who asked sees
 * the vote in Tasklist as soon as the request is started, or the request fails and nothing changed.
 */
@Component("proposeExtension")
public class ProposeExtension implements JavaDelegate {

  private final ExtensionProposals proposals;

  public ProposeExtension(ExtensionProposals proposals) {
    this.proposals = proposals;
  }

  @Override
  public void execute(DelegateExecution execution) {
    proposals.send(new ExtensionProposals.Proposal(execution.getProcessBusinessKey(),
        (String) execution.getVariable(RecordExtensionProposal.PROPOSED_BY),
        (String) execution.getVariable(ExtensionProposals.PROPOSAL_REASON)));
  }
}
