package org.acollida.consultation;

import java.util.List;
import org.acollida.contract.ProcessKeys;
import org.acollida.organisation.Grant;
import org.acollida.organisation.OrganisationRegistry;
import org.acollida.organisation.ProcessGrants;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.stereotype.Component;

/**
 * Who may do what with consultation rounds: facilitators run them, the regional government and the Joint
 * Commission follow them, stakeholders see the definition (their invitations come to them as assigned tasks).
 */
@Component
public class ConsultationGrants implements ProcessGrants {

  @Override
  public List<Grant> grants(OrganisationRegistry registry) {
    return List.of(
        definition(OrganisationRegistry.CONSULTATION_FACILITATORS, Grant.COORDINATE),
        definition(OrganisationRegistry.GOVERNMENT_ID, Grant.FOLLOW),
        definition(OrganisationRegistry.JOINT_COMMISSION, Grant.FOLLOW),
        definition(OrganisationRegistry.STAKEHOLDERS, Permissions.READ));
  }

  private static Grant definition(String groupId, Permission... permissions) {
    return new Grant(groupId, Resources.PROCESS_DEFINITION, ProcessKeys.CONSULTATION, permissions);
  }
}
