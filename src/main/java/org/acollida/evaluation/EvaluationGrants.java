package org.acollida.evaluation;

import java.util.List;
import org.acollida.contract.ProcessKeys;
import org.acollida.organisation.Grant;
import org.acollida.organisation.OrganisationRegistry;
import org.acollida.organisation.ProcessGrants;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.stereotype.Component;

/**
 * The Joint Commission evaluates the strategy (through its candidate task; the timer starts each evaluation); the
 * regional government and the facilitators follow the evaluations.
 */
@Component
public class EvaluationGrants implements ProcessGrants {

  @Override
  public List<Grant> grants(OrganisationRegistry registry) {
    return List.of(
        new Grant(OrganisationRegistry.JOINT_COMMISSION, Resources.PROCESS_DEFINITION, ProcessKeys.STRATEGY_EVALUATION,
            Grant.FOLLOW),
        new Grant(OrganisationRegistry.GOVERNMENT_ID, Resources.PROCESS_DEFINITION, ProcessKeys.STRATEGY_EVALUATION,
            Grant.FOLLOW),
        new Grant(OrganisationRegistry.CONSULTATION_FACILITATORS, Resources.PROCESS_DEFINITION,
            ProcessKeys.STRATEGY_EVALUATION, Grant.FOLLOW));
  }
}
