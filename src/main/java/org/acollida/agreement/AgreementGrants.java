package org.acollida.agreement;

import java.util.ArrayList;
import java.util.List;
import org.acollida.contract.ProcessKeys;
import org.acollida.organisation.Grant;
import org.acollida.organisation.Organisation;
import org.acollida.organisation.OrganisationRegistry;
import org.acollida.organisation.ProcessGrants;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.stereotype.Component;

/**
 * Who may do what with agreements: the regional government registers and coordinates them, the Joint
 * Commission follows them, sponsors see the definition (their votes come to them as candidate tasks).
 */
@Component
public class AgreementGrants implements ProcessGrants {

  @Override
  public List<Grant> grants(OrganisationRegistry registry) {
    List<Grant> grants = new ArrayList<>();
    grants.add(definition(OrganisationRegistry.GOVERNMENT_ID, Grant.COORDINATE));
    grants.add(definition(OrganisationRegistry.JOINT_COMMISSION, Grant.FOLLOW));
    for (Organisation sponsor : registry.sponsors()) {
      grants.add(new Grant(sponsor.id(), Resources.PROCESS_DEFINITION, ProcessKeys.AGREEMENT, Permissions.READ));
    }
    return grants;
  }

  private static Grant definition(String groupId, Permission... permissions) {
    return new Grant(groupId, Resources.PROCESS_DEFINITION, ProcessKeys.AGREEMENT, permissions);
  }
}
