package org.acollida.consultation;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.acollida.contract.ContributionAnswer;
import org.acollida.contract.StakeholderCategory;

/**
 * A stakeholder's contribution and, once the facilitator has answered it, the answer and its
 * reason. Until the synthesis starts the text is sealed (null here). The {@code synthesis} variable is a list of these, one per contribution received.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record Contribution(String stakeholderId, String stakeholderName, StakeholderCategory category, String text,
    String submittedAt, ContributionAnswer answer, String reason) {

  /** Received while the round is collecting: who and when, the text kept apart (see SealedContributions). */
  public static Contribution sealed(Stakeholder stakeholder, String submittedAt) {
    return new Contribution(stakeholder.id(), stakeholder.name(), stakeholder.category(), null, submittedAt, null, null);
  }

  public Contribution withText(String text) {
    return new Contribution(stakeholderId, stakeholderName, category, text, submittedAt, answer, reason);
  }

  public Contribution answered(ContributionAnswer answer, String reason) {
    return new Contribution(stakeholderId, stakeholderName, category, text, submittedAt, answer, reason);
  }
}
