package org.acollida.consultation;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.acollida.contract.ContributionAnswer;
import org.acollida.contract.StakeholderCategory;

/**
 * A stakeholder's contribution and, once the facilitator has answered it, the answer and its
 * reason. Until the synthesis starts the text is sealed (null here). The {@code synthesis} variable is a list of these, one per contribution received.
 *
 * <p>An accepted or partially accepted contribution becomes a measure when the round is published: the facilitator
 * may name the strategy {@code objective} it serves, the {@code responsibleOrganisation} and an open measure to
 * join ({@code joinMeasureCode}); the publication writes the measure it went to as {@code measureCode}.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record Contribution(String stakeholderId, String stakeholderName, StakeholderCategory category, String text,
    String submittedAt, ContributionAnswer answer, String reason, String objective, String responsibleOrganisation,
    String joinMeasureCode, String measureCode) {

  /** Received while the round is collecting: who and when, the text kept apart (see SealedContributions). */
  public static Contribution sealed(Stakeholder stakeholder, String submittedAt) {
    return new Contribution(stakeholder.id(), stakeholder.name(), stakeholder.category(), null, submittedAt, null, null,
        null, null, null, null);
  }

  public Contribution withText(String text) {
    return new Contribution(stakeholderId, stakeholderName, category, text, submittedAt, answer, reason, objective,
        responsibleOrganisation, joinMeasureCode, measureCode);
  }

  public Contribution answered(ContributionAnswer answer, String reason) {
    return new Contribution(stakeholderId, stakeholderName, category, text, submittedAt, answer, reason, objective,
        responsibleOrganisation, joinMeasureCode, measureCode);
  }

  /** What the facilitator named for the measure an adopted contribution becomes (each may be null). */
  public Contribution forMeasure(String objective, String responsibleOrganisation, String joinMeasureCode) {
    return new Contribution(stakeholderId, stakeholderName, category, text, submittedAt, answer, reason, objective,
        responsibleOrganisation, joinMeasureCode, measureCode);
  }

  /** The measure the publication started or joined for this contribution. */
  public Contribution inMeasure(String measureCode) {
    return new Contribution(stakeholderId, stakeholderName, category, text, submittedAt, answer, reason, objective,
        responsibleOrganisation, joinMeasureCode, measureCode);
  }

  /** Accepted or partially accepted: the administration adopted it, so a measure follows it. */
  public boolean adopted() {
    return answer != null && !answer.equals(ContributionAnswer.REJECTED);
  }
}
