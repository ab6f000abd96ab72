package org.acollida.agreement;

import java.time.LocalDate;
import org.springframework.stereotype.Component;

/** When the extension vote opens: the configured lead time before the term ends, while an extension is still possible. */
@Component
public class ExtensionVoteSchedule {

  private final AgreementProperties properties;

  public ExtensionVoteSchedule(AgreementProperties properties) {
    this.properties = properties;
  }

  /** @return the opening date, or null when no further extension is possible */
  public LocalDate opensOn(LocalDate termEnd, int extensionsGranted) {
    if (extensionsGranted >= AgreementRules.MAX_EXTENSIONS) {
      return null;
    }
    return termEnd.minus(properties.extensionVoteLeadTime());
  }
}
