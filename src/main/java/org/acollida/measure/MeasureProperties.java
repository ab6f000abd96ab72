package org.acollida.measure;

import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param reportInterval how often the responsible organisation reports on a measure ({@code
 *     acollida.measure.report-interval}, ISO period, default three months); each report is due at its period's end
 */
@ConfigurationProperties(prefix = "acollida.measure")
public record MeasureProperties(Period reportInterval) {

  public MeasureProperties {
    if (reportInterval == null) {
      reportInterval = Period.ofMonths(3);
    }
    if (reportInterval.isNegative() || reportInterval.isZero()) {
      throw new IllegalArgumentException("acollida.measure.report-interval must be a positive period");
    }
  }
}
