package org.acollida.agreement.bpmn;

import java.util.List;
import org.acollida.agreement.ExtensionProposals;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Start listener of {@code propose-agreement-extension}: checks the proposal (who asks, and whether the agreement
 * can take one now) and records who asked, in the transaction that starts the request, so a refusal leaves nothing.
 */
@Component("recordExtensionProposal")
public class RecordExtensionProposal implements ExecutionListener {

  private static final Logger LOG = LoggerFactory.getLogger(RecordExtensionProposal.class);

  /** The request's own record of who asked (its start event's initiator). */
  static final String PROPOSED_BY = "proposedBy";

  private final ExtensionProposals proposals;
  private final IdentityService identity;

  public RecordExtensionProposal(ExtensionProposals proposals, IdentityService identity) {
    this.proposals = proposals;
    this.identity = identity;
  }

  @Override
  public void notify(DelegateExecution execution) {
    Authentication user = identity.getCurrentAuthentication();
    ExtensionProposals.Proposal proposal = proposals.validate(execution, user == null ? null : user.getUserId(),
        user == null || user.getGroupIds() == null ? List.of() : user.getGroupIds());
    execution.setProcessBusinessKey(proposal.agreementCode());
    execution.setVariable(PROPOSED_BY, proposal.proposedBy());
    LOG.info("Agreement {}: {} proposes an extension vote now", proposal.agreementCode(), proposal.proposedBy());
  }
}
