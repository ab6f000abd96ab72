package org.acollida.consultation.bpmn;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.acollida.consultation.ConsultationProperties;
import org.acollida.consultation.ConsultationVariables;
import org.acollida.consultation.Representation;
import org.acollida.consultation.Stakeholder;
import org.acollida.contract.RoundStatus;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Contributions closed (all answered, or the deadline passed: an open invitation counts as no
 * response). Counts who answered, how much of that voice is migrant associations', and whether
 * the quorum was reached.
 */
@Component("closeContributions")
public class CloseContributions implements JavaDelegate {

  private static final Logger LOG = LoggerFactory.getLogger(CloseContributions.class);

  private final ConsultationProperties properties;

  public CloseContributions(ConsultationProperties properties) {
    this.properties = properties;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ConsultationVariables round = ConsultationVariables.of(execution);
    List<Stakeholder> invited = round.stakeholders();
    Map<String, Stakeholder> byId = invited.stream().collect(Collectors.toMap(Stakeholder::id, Function.identity()));
    List<Stakeholder> answered = round.contributions().stream().map(c -> byId.get(c.stakeholderId()))
        .filter(java.util.Objects::nonNull).toList();
    double responseRate = invited.isEmpty() ? 0.0 : (double) answered.size() / invited.size();
    double migrantResponseShare = Representation.migrantAssociationShare(answered);
    double quorum = properties.quorum();
    boolean quorumMet = responseRate >= quorum;
    round.setResponses(invited.size(), answered.size(), responseRate, migrantResponseShare, quorum, quorumMet);
    round.setStatus(RoundStatus.CONTRIBUTIONS_CLOSED);
    LOG.info("Consultation {}: {} of {} answered (quorum {} {})", round.consultationCode(), answered.size(),
        invited.size(), Representation.percent(quorum), quorumMet ? "met" : "not met");
  }
}
