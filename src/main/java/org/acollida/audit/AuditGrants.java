package org.acollida.audit;

import java.util.ArrayList;
import java.util.List;
import org.acollida.contract.ProcessKeys;
import org.acollida.organisation.Grant;
import org.acollida.organisation.Organisation;
import org.acollida.organisation.OrganisationRegistry;
import org.acollida.organisation.ProcessGrants;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.stereotype.Component;

/**
 * The engine checks a decision's history against the decision definition (READ_HISTORY), not against the process
 * that evaluated it. So that those who follow a case read the decisions taken in it, each decision's history is
 * granted to the groups that read its process's history: autonomy levels to the regional government, the Joint
 * Commission and the sponsors (tenant checks keep a sponsor to its own families: a family's decisions carry its
 * tenant), representation checks to the regional government, the Joint Commission and the facilitators.
 */
@Component
public class AuditGrants implements ProcessGrants {

  /** The itinerary's decision (processes/autonomy-level.dmn). */
  static final String AUTONOMY_DECISION = "autonomy-level";

  @Override
  public List<Grant> grants(OrganisationRegistry registry) {
    List<Grant> grants = new ArrayList<>();
    for (String group : List.of(OrganisationRegistry.GOVERNMENT_ID, OrganisationRegistry.JOINT_COMMISSION)) {
      grants.add(decisionHistory(group, AUTONOMY_DECISION));
      grants.add(decisionHistory(group, ProcessKeys.REPRESENTATION_DECISION));
    }
    for (Organisation sponsor : registry.sponsors()) {
      grants.add(decisionHistory(sponsor.id(), AUTONOMY_DECISION));
    }
    grants.add(decisionHistory(OrganisationRegistry.CONSULTATION_FACILITATORS, ProcessKeys.REPRESENTATION_DECISION));
    return grants;
  }

  private static Grant decisionHistory(String groupId, String decisionKey) {
    return new Grant(groupId, Resources.DECISION_DEFINITION, decisionKey, Permissions.READ_HISTORY);
  }
}
