package org.acollida.itinerary;

import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * Dates as the contract means them (Europe/Madrid, a date "is reached" at the start of its day),
 * for timer expressions and gateways. "Today" is the engine clock's, so tests move it.
 */
@Component("itineraryCalendar")
public class ItineraryCalendar {

  public static final ZoneId ZONE = ZoneId.of("Europe/Madrid");

  public Date startOf(String isoDate) {
    return Date.from(LocalDate.parse(isoDate).atStartOfDay(ZONE).toInstant());
  }

  /** True once the date has been reached (on the day itself too). */
  public boolean hasPassed(String isoDate) {
    return !LocalDate.parse(isoDate).isAfter(today());
  }

  public static LocalDate today() {
    return ClockUtil.getCurrentTime().toInstant().atZone(ZONE).toLocalDate();
  }

  /** The first date {@code from + k * period} (k ≥ 1) after today: what was missed is not scheduled retroactively. */
  public static LocalDate nextAfterToday(LocalDate from, Period period) {
    LocalDate today = today();
    LocalDate next = from.plus(period);
    for (int k = 2; !next.isAfter(today); k++) {
      next = from.plus(period.multipliedBy(k));
    }
    return next;
  }
}
