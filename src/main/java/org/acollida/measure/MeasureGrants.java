package org.acollida.measure;

import java.util.ArrayList;
import java.util.List;
import org.acollida.contract.ProcessKeys;
import org.acollida.organisation.Grant;
import org.acollida.organisation.Organisation;
import org.acollida.organisation.OrganisationRegistry;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.stereotype.Component;

/**
 * Who may do what with measures. Facilitators and the regional government start them and follow them all; the
 * Joint Commission follows them all. Nobody holds TASK_WORK on the definition: a report task is worked only by its
 * candidate group, the responsible organisation (the engine's per-task authorization), and the Commission's tasks
 * by the Commission. Sponsors see the definition, so their reports reach their Tasklist. Stakeholders get nothing:
 * they read the public accountability page.
 */
@Component
public class MeasureGrants implements org.acollida.organisation.ProcessGrants {

  private static final Permission[] START_AND_FOLLOW = {Permissions.READ, ProcessDefinitionPermissions.CREATE_INSTANCE,
      ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_TASK,
      ProcessDefinitionPermissions.READ_HISTORY};

  @Override
  public List<Grant> grants(OrganisationRegistry registry) {
    List<Grant> grants = new ArrayList<>();
    grants.add(definition(OrganisationRegistry.CONSULTATION_FACILITATORS, START_AND_FOLLOW));
    grants.add(definition(OrganisationRegistry.GOVERNMENT_ID, START_AND_FOLLOW));
    grants.add(definition(OrganisationRegistry.JOINT_COMMISSION, Grant.FOLLOW));
    for (Organisation sponsor : registry.sponsors()) {
      grants.add(definition(sponsor.id(), Permissions.READ));
    }
    return grants;
  }

  private static Grant definition(String groupId, Permission... permissions) {
    return new Grant(groupId, Resources.PROCESS_DEFINITION, ProcessKeys.MEASURE, permissions);
  }
}
