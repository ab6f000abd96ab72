package org.acollida.itinerary.bpmn;

import java.time.LocalDate;
import java.time.Period;
import java.util.Date;
import org.acollida.contract.ProgrammeCalendar;
import org.springframework.stereotype.Component;

/**
 * The programme calendar for the itinerary's timer expressions and gateways, and its schedules.
 */
@Component("itineraryCalendar")
public class ItineraryCalendar {

  public Date startOf(String isoDate) {
    return ProgrammeCalendar.startOf(isoDate);
  }

  /** True once the date has been reached (on the day itself too). */
  public boolean hasPassed(String isoDate) {
    return !LocalDate.parse(isoDate).isAfter(ProgrammeCalendar.today());
  }

  /** The first date {@code from + k * period} (k ≥ 1) after today: what was missed is not scheduled retroactively. */
  public static LocalDate nextAfterToday(LocalDate from, Period period) {
    return nextAfter(from, period, ProgrammeCalendar.today());
  }

  /**
   * The next date of the series after the last one opened ({@code null} before the first) and after today. A timer
   * executed before its date (a job run by hand through REST) thus schedules the date after its own, never its own
   * date again; a timer run late (the server was down) skips the dates missed meanwhile.
   */
  public static LocalDate nextAfterScheduled(LocalDate from, Period period, LocalDate lastOpened) {
    LocalDate today = ProgrammeCalendar.today();
    return nextAfter(from, period, lastOpened != null && lastOpened.isAfter(today) ? lastOpened : today);
  }

  private static LocalDate nextAfter(LocalDate from, Period period, LocalDate notBefore) {
    LocalDate next = from.plus(period);
    for (int k = 2; !next.isAfter(notBefore); k++) {
      next = from.plus(period.multipliedBy(k));
    }
    return next;
  }
}
