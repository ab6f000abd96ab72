package org.acollida.spending;

import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param justificationPeriod how often each sponsor justifies its spending ({@code acollida.spending.justification-period},
 *     default P6M), counted from the agreement's start
 * @param justificationGrace how long after a period's end its justification is due
 *     ({@code acollida.spending.justification-grace}, default P1M)
 */
@ConfigurationProperties(prefix = "acollida.spending")
public record SpendingProperties(Period justificationPeriod, Period justificationGrace) {

  public SpendingProperties {
    justificationPeriod = positive(justificationPeriod, Period.ofMonths(6), "justification-period");
    justificationGrace = positive(justificationGrace, Period.ofMonths(1), "justification-grace");
  }

  private static Period positive(Period period, Period fallback, String name) {
    if (period == null) {
      return fallback;
    }
    if (period.isNegative() || period.isZero()) {
      throw new IllegalArgumentException("acollida.spending." + name + " must be a positive period");
    }
    return period;
  }
}
