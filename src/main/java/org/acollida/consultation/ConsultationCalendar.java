package org.acollida.consultation;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * Dates as the contract means them: calendar dates in Europe/Madrid; contributions close at the
 * start of the deadline day. Called from timer expressions
 * ({@code ${consultationCalendar.startOf(contributionDeadline)}}). "Today" is the engine clock's.
 */
@Component("consultationCalendar")
public class ConsultationCalendar {

  public static final ZoneId ZONE = ZoneId.of("Europe/Madrid");

  public Date startOf(String isoDate) {
    return Date.from(LocalDate.parse(isoDate).atStartOfDay(ZONE).toInstant());
  }

  public static LocalDate today() {
    return ClockUtil.getCurrentTime().toInstant().atZone(ZONE).toLocalDate();
  }

  /** Now, as an ISO instant, for submittedAt and publishedAt. */
  public static String now() {
    return ClockUtil.getCurrentTime().toInstant().toString();
  }
}
