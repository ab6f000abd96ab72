package org.acollida.consultation.bpmn;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.acollida.consultation.ConsultationVariables;
import org.acollida.consultation.Contribution;
import org.acollida.consultation.SealedContributions;
import org.acollida.contract.RoundStatus;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Contributions are closed for good: unseals their texts into the round's variables and lists every
 * contribution, still unanswered, for the facilitator's synthesis form. A text missing is a technical
 * failure (an incident), never a contribution silently dropped.
 */
@Component("prepareSynthesis")
public class PrepareSynthesis implements JavaDelegate {

  private final SealedContributions sealed;

  public PrepareSynthesis(SealedContributions sealed) {
    this.sealed = sealed;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ConsultationVariables round = ConsultationVariables.of(execution);
    Map<String, String> texts = sealed.unseal(execution.getProcessInstanceId());
    List<Contribution> contributions = new ArrayList<>();
    for (Contribution contribution : round.contributions()) {
      // a round that was collecting before texts were sealed carries them already
      String text = contribution.text() != null ? contribution.text() : texts.get(contribution.stakeholderId());
      if (text == null) {
        throw new IllegalStateException("round " + round.consultationCode() + ": the text of "
            + contribution.stakeholderId() + "'s contribution is missing");
      }
      contributions.add(contribution.withText(text));
    }
    round.setContributions(contributions);
    round.setSynthesis(contributions);
    round.setStatus(RoundStatus.SYNTHESIS);
  }
}
