package org.acollida.contract;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * Dates as the contract means them: calendar dates in Europe/Madrid, a date "is reached" at the start
 * of its day. "Today" and "now" are the engine clock's, so tests move them.
 */
public final class ProgrammeCalendar {

  public static final ZoneId ZONE = ZoneId.of("Europe/Madrid");

  private ProgrammeCalendar() {}

  public static LocalDate today() {
    return ClockUtil.getCurrentTime().toInstant().atZone(ZONE).toLocalDate();
  }

  /** Now, as an ISO instant. */
  public static String now() {
    return ClockUtil.getCurrentTime().toInstant().toString();
  }

  /** The start of the day {@code yyyy-MM-dd} in Europe/Madrid, as timers want it. */
  public static Date startOf(String isoDate) {
    return Date.from(LocalDate.parse(isoDate).atStartOfDay(ZONE).toInstant());
  }

  /** The calendar day (Europe/Madrid) of an instant. */
  public static LocalDate dayOf(Date instant) {
    return instant.toInstant().atZone(ZONE).toLocalDate();
  }
}
