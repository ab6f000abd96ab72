package org.acollida.agreement.bpmn;

import org.acollida.agreement.AgreementValidation;
import org.acollida.agreement.AgreementVariables;
import org.acollida.organisation.Organisation;
import org.acollida.organisation.OrganisationRegistry;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Create listener of each signatory's vote: the form names the organisation the voter votes for, as the task's local
 * {@code voterOrganisationName}, instead of its id. The registry holds each organisation's official name, shown
 * as is in every language. It also clears the refusal reason of a previous vote.
 */
@Component("showVoterOrganisation")
public class ShowVoterOrganisation implements TaskListener {

  public static final String VOTER_ORGANISATION_NAME = "voterOrganisationName";

  private final OrganisationRegistry organisations;

  public ShowVoterOrganisation(OrganisationRegistry organisations) {
    this.organisations = organisations;
  }

  @Override
  public void notify(DelegateTask task) {
    String voter = AgreementVariables.voterOrganisation(task.getExecution());
    String name = organisations.find(voter).map(Organisation::name).orElse(voter);
    task.setVariableLocal(VOTER_ORGANISATION_NAME, name);
    // a new vote does not carry the previous vote's refusal reason: every voter's task is created before any vote
    // is counted, so this never clears the reason of the vote now open
    task.getExecution().getProcessInstance().setVariable(AgreementValidation.EXTENSION_REFUSAL_REASON, null);
  }
}
