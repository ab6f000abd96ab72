package org.acollida.itinerary;

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
 * Who may do what with itineraries: the regional government registers and coordinates them, the Joint
 * Commission follows them, each sponsor works on its own families' itineraries (claims, completes and hands on
 * their tasks; not UPDATE_TASK, which would let it write a task's variables outside its completion). The sponsor's
 * grant is on the whole definition; tenant checks narrow it to the sponsor's own families (docs/adr).
 */
@Component
public class ItineraryGrants implements ProcessGrants {

  @Override
  public List<Grant> grants(OrganisationRegistry registry) {
    List<Grant> grants = new ArrayList<>();
    grants.add(new Grant(OrganisationRegistry.GOVERNMENT_ID, Resources.PROCESS_DEFINITION, ProcessKeys.ITINERARY,
        Grant.COORDINATE));
    grants.add(new Grant(OrganisationRegistry.JOINT_COMMISSION, Resources.PROCESS_DEFINITION, ProcessKeys.ITINERARY,
        Grant.FOLLOW));
    for (Organisation sponsor : registry.sponsors()) {
      grants.add(new Grant(sponsor.id(), Resources.PROCESS_DEFINITION, ProcessKeys.ITINERARY,
          Permissions.READ, ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_TASK,
          ProcessDefinitionPermissions.TASK_WORK, ProcessDefinitionPermissions.TASK_ASSIGN,
          ProcessDefinitionPermissions.READ_HISTORY));
    }
    // the requests on a family's itinerary, from Tasklist's Start process: the regional government, and each sponsor
    // (its start listener refuses another sponsor's family); a sponsor does not read the requests made (another
    // sponsor's among them), the regional government does
    for (String request : List.of(ProcessKeys.REPORT_SPONSORSHIP_BREAKDOWN, ProcessKeys.RECORD_FAMILY_DEPARTURE)) {
      grants.add(new Grant(OrganisationRegistry.GOVERNMENT_ID, Resources.PROCESS_DEFINITION, request,
          Permissions.READ, ProcessDefinitionPermissions.CREATE_INSTANCE, ProcessDefinitionPermissions.READ_INSTANCE,
          ProcessDefinitionPermissions.READ_HISTORY));
      for (Organisation sponsor : registry.sponsors()) {
        grants.add(new Grant(sponsor.id(), Resources.PROCESS_DEFINITION, request, Permissions.READ,
            ProcessDefinitionPermissions.CREATE_INSTANCE));
      }
    }
    for (Organisation sponsor : registry.sponsors()) {
      grants.add(new Grant(sponsor.id(), Resources.PROCESS_INSTANCE, "*", Permissions.CREATE));
    }
    // a hand-over's acceptance: each sponsor answers those of its own tenant (the families handed over to it)
    grants.add(new Grant(OrganisationRegistry.GOVERNMENT_ID, Resources.PROCESS_DEFINITION,
        ProcessKeys.HAND_OVER_ACCEPTANCE, Grant.FOLLOW));
    for (Organisation sponsor : registry.sponsors()) {
      grants.add(new Grant(sponsor.id(), Resources.PROCESS_DEFINITION, ProcessKeys.HAND_OVER_ACCEPTANCE,
          Permissions.READ, ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_TASK,
          ProcessDefinitionPermissions.TASK_WORK, ProcessDefinitionPermissions.TASK_ASSIGN,
          ProcessDefinitionPermissions.READ_HISTORY));
    }
    return grants;
  }
}
