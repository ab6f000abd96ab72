package org.acollida.consultation;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A stakeholder's contribution and, once the facilitator has answered it, the answer and its
 * reason. The {@code synthesis} variable is a list of these, one per contribution received.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record Contribution(String stakeholderId, String stakeholderName, StakeholderCategory category, String text,
    String submittedAt, ContributionAnswer answer, String reason) {

  public static Contribution received(Stakeholder stakeholder, String text, String submittedAt) {
    return new Contribution(stakeholder.id(), stakeholder.name(), stakeholder.category(), text, submittedAt, null, null);
  }

  public Contribution answered(ContributionAnswer answer, String reason) {
    return new Contribution(stakeholderId, stakeholderName, category, text, submittedAt, answer, reason);
  }
}
