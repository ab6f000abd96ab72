package org.acollida.consultation.bpmn;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.acollida.consultation.ConsultationVariables;
import org.acollida.consultation.Contribution;
import org.acollida.consultation.Stakeholder;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * The collection of the SubmitContribution multi-instance and each invitation's assignee. When a
 * deadline is extended, only those who have not answered are invited again.
 */
@Component("contributionInvitations")
public class ContributionInvitations {

  public List<String> pending(DelegateExecution execution) {
    ConsultationVariables round = ConsultationVariables.of(execution);
    Set<String> answered = round.contributions().stream().map(Contribution::stakeholderId).collect(Collectors.toSet());
    return round.stakeholders().stream().map(Stakeholder::id).filter(id -> !answered.contains(id)).toList();
  }

  public String userOf(DelegateExecution execution, String stakeholderId) {
    return ConsultationVariables.of(execution).stakeholder(stakeholderId).user();
  }
}
