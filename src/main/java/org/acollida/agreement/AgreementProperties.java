package org.acollida.agreement;

import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param extensionVoteLeadTime how long before the term ends the extension vote opens
 *     ({@code acollida.agreement.extension-vote-lead-time}, ISO period, default three months)
 */
@ConfigurationProperties(prefix = "acollida.agreement")
public record AgreementProperties(Period extensionVoteLeadTime) {

  public AgreementProperties {
    if (extensionVoteLeadTime == null) {
      extensionVoteLeadTime = Period.ofMonths(3);
    }
    if (extensionVoteLeadTime.isNegative() || extensionVoteLeadTime.isZero()) {
      throw new IllegalArgumentException("acollida.agreement.extension-vote-lead-time must be a positive period");
    }
  }
}
