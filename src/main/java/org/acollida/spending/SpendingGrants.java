package org.acollida.spending;

import java.util.ArrayList;
import java.util.List;
import org.acollida.contract.ProcessKeys;
import org.acollida.organisation.Grant;
import org.acollida.organisation.Organisation;
import org.acollida.organisation.OrganisationRegistry;
import org.acollida.organisation.ProcessGrants;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.stereotype.Component;

/**
 * Who may do what with expenses and their justifications: each sponsor records its own and reads them (tenant checks keep it to its own:
 * the grant is on the whole definition), the regional government records for any organisation, reads all and
 * answers the overrun alerts, the Joint Commission follows. Sponsors get no task permission on record-expense (its
 * one task is the regional government's alert); on spending-justification they justify their own periods.
 */
@Component
public class SpendingGrants implements ProcessGrants {

  @Override
  public List<Grant> grants(OrganisationRegistry registry) {
    List<Grant> grants = new ArrayList<>();
    grants.add(new Grant(OrganisationRegistry.GOVERNMENT_ID, Resources.PROCESS_DEFINITION, ProcessKeys.EXPENSE,
        Grant.COORDINATE));
    grants.add(new Grant(OrganisationRegistry.JOINT_COMMISSION, Resources.PROCESS_DEFINITION, ProcessKeys.EXPENSE,
        Grant.FOLLOW));
    grants.add(new Grant(OrganisationRegistry.GOVERNMENT_ID, Resources.PROCESS_DEFINITION, ProcessKeys.JUSTIFICATION,
        Grant.COORDINATE));
    grants.add(new Grant(OrganisationRegistry.JOINT_COMMISSION, Resources.PROCESS_DEFINITION, ProcessKeys.JUSTIFICATION,
        Grant.FOLLOW));
    for (Organisation sponsor : registry.sponsors()) {
      grants.add(new Grant(sponsor.id(), Resources.PROCESS_DEFINITION, ProcessKeys.EXPENSE, Permissions.READ,
          ProcessDefinitionPermissions.CREATE_INSTANCE, ProcessDefinitionPermissions.READ_INSTANCE,
          ProcessDefinitionPermissions.READ_HISTORY));
      // starting any instance needs CREATE on process instances too; the definition grant above is what
      // narrows it to expenses (sponsors have CREATE_INSTANCE on no other definition)
      grants.add(new Grant(sponsor.id(), Resources.PROCESS_INSTANCE, "*", Permissions.CREATE));
      // its own justifications (tenant checks): read them; its justification tasks come to it as a candidate (the
      // engine's per-task rows), not the regional government's review and chase tasks in the same instance
      grants.add(new Grant(sponsor.id(), Resources.PROCESS_DEFINITION, ProcessKeys.JUSTIFICATION, Permissions.READ,
          ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_HISTORY));
    }
    return grants;
  }
}
