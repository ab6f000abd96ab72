package org.acollida.agreement;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.acollida.contract.ProcessKeys;
import org.acollida.organisation.Grant;
import org.acollida.organisation.Organisation;
import org.acollida.organisation.OrganisationRegistry;
import org.acollida.organisation.ProcessGrants;
import org.acollida.organisation.TaskVariableVisibility;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.stereotype.Component;

/**
 * Who may do what with agreements: the regional government registers and coordinates them, the Joint
 * Commission follows them, sponsors see the definition (their votes come to them as candidate tasks).
 *
 * <p>And what a vote shows: the programme is a public grant, but one sponsor does not read another's budget line.
 * A sponsor, who may not read the agreement's instance, would otherwise read every signatory's budget through its
 * own vote task (a task shows its process's variables); so the agreement's tasks do not show the signatories and
 * their total. A vote shows the voter's own line ({@code voterBudgetEur}, bpmn/ShowVoterBudgetLine). The regional
 * government and the Joint Commission read the whole agreement through its instance.
 */
@Component
public class AgreementGrants implements ProcessGrants, TaskVariableVisibility {

  @Override
  public List<Grant> grants(OrganisationRegistry registry) {
    List<Grant> grants = new ArrayList<>();
    grants.add(definition(OrganisationRegistry.GOVERNMENT_ID, Grant.COORDINATE));
    grants.add(definition(OrganisationRegistry.JOINT_COMMISSION, Grant.FOLLOW));
    for (Organisation sponsor : registry.sponsors()) {
      grants.add(new Grant(sponsor.id(), Resources.PROCESS_DEFINITION, ProcessKeys.AGREEMENT, Permissions.READ));
    }
    // any signatory may propose the extension vote now; which agreements it signed is checked per request
    for (String signatory : signatoryGroups(registry)) {
      grants.add(new Grant(signatory, Resources.PROCESS_DEFINITION, ProcessKeys.EXTENSION_PROPOSAL,
          Permissions.READ, ProcessDefinitionPermissions.CREATE_INSTANCE));
      grants.add(new Grant(signatory, Resources.PROCESS_INSTANCE, "*", Permissions.CREATE));
    }
    // request-agreement-termination, from Tasklist's Start process: the regional government and the Joint Commission
    for (String group : List.of(OrganisationRegistry.GOVERNMENT_ID, OrganisationRegistry.JOINT_COMMISSION)) {
      grants.add(new Grant(group, Resources.PROCESS_DEFINITION, ProcessKeys.REQUEST_AGREEMENT_TERMINATION, REQUEST));
    }
    grants.add(new Grant(OrganisationRegistry.JOINT_COMMISSION, Resources.PROCESS_INSTANCE, "*", Permissions.CREATE));
    return grants;
  }

  private static List<String> signatoryGroups(OrganisationRegistry registry) {
    List<String> groups = new ArrayList<>(List.of(OrganisationRegistry.GOVERNMENT_ID));
    registry.sponsors().forEach(sponsor -> groups.add(sponsor.id()));
    return groups;
  }

  /** Make a request (start it from Tasklist or REST) and read the requests made. */
  static final Permission[] REQUEST = {Permissions.READ, ProcessDefinitionPermissions.CREATE_INSTANCE,
      ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_HISTORY};

  @Override
  public String processKey() {
    return ProcessKeys.AGREEMENT;
  }

  @Override
  public Set<String> hiddenFromTasks() {
    return Set.of(AgreementVariables.SIGNATORIES, AgreementVariables.TOTAL_BUDGET_EUR, AgreementVariables.PROPOSED_BUDGETS);
  }

  private static Grant definition(String groupId, Permission... permissions) {
    return new Grant(groupId, Resources.PROCESS_DEFINITION, ProcessKeys.AGREEMENT, permissions);
  }
}
