package org.acollida.agreement;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.acollida.common.InputRules;
import org.acollida.common.InvalidInputException;
import org.acollida.common.SystemAccess;
import org.acollida.contract.AgreementStatus;
import org.acollida.contract.Messages;
import org.acollida.contract.ProcessKeys;
import org.acollida.contract.ProgrammeCalendar;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

/**
 * The pilot lets the signatories agree an extension "at any time, before the end of the envisaged period": any
 * signatory may ask for the vote before the lead time, and after a no ask again while the term runs. A proposal
 * is accepted only when the agreement waits for one (in force, no vote open, an extension still possible, the term
 * not ended): the agreement's model decides when it listens, this class says why it does not.
 */
@Component
public class ExtensionProposals {

  /** The request's optional field: why the signatory proposes the vote now. */
  public static final String PROPOSAL_REASON = "proposalReason";

  private final RuntimeService runtime;

  public ExtensionProposals(RuntimeService runtime) {
    this.runtime = runtime;
  }

  /** A valid proposal, ready to be sent to the agreement's instance. */
  public record Proposal(String agreementCode, String proposedBy, String reason) {}

  /**
   * Checks a proposal by {@code userId}, member of {@code userGroups}, in the request's start variables. Every
   * refusal names {@code agreementCode}, and says the same "unknown" to someone who is not a signatory, so that the
   * request does not tell a stranger which agreements exist.
   */
  public Proposal validate(VariableScope request, String userId, List<String> userGroups) {
    String code = InputRules.requireCode(request, AgreementVariables.AGREEMENT_CODE);
    String reason = InputRules.optionalText(request, PROPOSAL_REASON, InputRules.MAX_TEXT);
    if (userId == null) {
      throw new InvalidInputException(AgreementVariables.AGREEMENT_CODE,
          "an extension is proposed by a signatory's user, and nobody is logged in");
    }
    String field = AgreementVariables.AGREEMENT_CODE;
    Optional<ProcessInstance> found = SystemAccess.asSystem(() -> Optional.ofNullable(
        runtime.createProcessInstanceQuery().processDefinitionKey(ProcessKeys.AGREEMENT)
            .processInstanceBusinessKey(code).singleResult()));
    Map<String, Object> agreement = found.map(instance -> SystemAccess.asSystem(() ->
        runtime.getVariables(instance.getId()))).orElse(null);
    if (agreement == null || signatoryOrganisations(agreement).stream().noneMatch(userGroups::contains)) {
      throw new InvalidInputException(field, "no agreement '" + code + "' of which your organisation is a signatory");
    }
    String status = (String) agreement.get(AgreementVariables.AGREEMENT_STATUS);
    if (AgreementStatus.EXTENSION_VOTE.name().equals(status)) {
      throw new InvalidInputException(field, "agreement '" + code + "' is already voting on an extension");
    }
    if (!AgreementStatus.IN_FORCE.name().equals(status)) {
      throw new InvalidInputException(field, "agreement '" + code + "' is no longer in force");
    }
    Object extensions = agreement.get(AgreementVariables.EXTENSIONS_GRANTED);
    if (extensions instanceof Integer granted && granted >= AgreementRules.MAX_EXTENSIONS) {
      throw new InvalidInputException(field, "agreement '" + code + "' already has its " + AgreementRules.MAX_EXTENSIONS
          + " extensions (four extra years); it cannot be extended again");
    }
    LocalDate termEnd = LocalDate.parse((String) agreement.get(AgreementVariables.TERM_END_DATE));
    if (!ProgrammeCalendar.today().isBefore(termEnd)) {
      throw new InvalidInputException(field, "the term of agreement '" + code + "' has ended (" + termEnd
          + "); an extension is agreed before the end of the term");
    }
    if (!waitsForProposal(found.get().getId())) {
      throw new InvalidInputException(field, "agreement '" + code + "' cannot take a proposal now");
    }
    return new Proposal(code, userId, reason);
  }

  /** Sends the proposal to the agreement, which opens the vote in this same transaction. */
  public void send(Proposal proposal) {
    SystemAccess.asSystem(() -> {
      // only a running agreement listens to this message, and one agreement at most has the code
      runtime.createMessageCorrelation(Messages.EXTENSION_PROPOSED).processInstanceBusinessKey(proposal.agreementCode())
          .setVariable(AgreementVariables.EXTENSION_PROPOSED_BY, proposal.proposedBy())
          .setVariable(AgreementVariables.EXTENSION_PROPOSAL_REASON, proposal.reason())
          .correlateWithResult();
      return null;
    });
  }

  private boolean waitsForProposal(String agreementInstanceId) {
    return SystemAccess.asSystem(() -> runtime.createEventSubscriptionQuery().processInstanceId(agreementInstanceId)
        .eventType("message").eventName(Messages.EXTENSION_PROPOSED).count() > 0);
  }

  private static List<String> signatoryOrganisations(Map<String, Object> agreement) {
    Object signatories = agreement.get(AgreementVariables.SIGNATORIES);
    return signatories == null ? List.of() : Signatory.organisationsIn(signatories.toString());
  }
}
