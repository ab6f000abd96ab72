package org.acollida.itinerary;

import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param followUpPeriod how often the sponsor records a follow-up ({@code acollida.itinerary.follow-up-period}, default P1M)
 * @param autonomyAssessmentPeriod how often the family's autonomy is assessed
 *     ({@code acollida.itinerary.autonomy-assessment-period}, default P6M)
 */
@ConfigurationProperties(prefix = "acollida.itinerary")
public record ItineraryProperties(Period followUpPeriod, Period autonomyAssessmentPeriod) {

  public ItineraryProperties {
    followUpPeriod = positive(followUpPeriod, Period.ofMonths(1), "follow-up-period");
    autonomyAssessmentPeriod = positive(autonomyAssessmentPeriod, Period.ofMonths(6), "autonomy-assessment-period");
  }

  private static Period positive(Period period, Period fallback, String name) {
    if (period == null) {
      return fallback;
    }
    if (period.isNegative() || period.isZero()) {
      throw new IllegalArgumentException("acollida.itinerary." + name + " must be a positive period");
    }
    return period;
  }
}
