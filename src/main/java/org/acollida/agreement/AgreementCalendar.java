package org.acollida.agreement;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * Dates as the contract means them: calendar dates in Europe/Madrid, a term "ends at" the start of
 * its day. Called from timer expressions ({@code ${agreementCalendar.startOf(termEndDate)}}) and
 * gateways, so the BPMN never juggles date strings. "Today" is the engine clock's, so tests move it.
 */
@Component("agreementCalendar")
public class AgreementCalendar {

  public static final ZoneId ZONE = ZoneId.of("Europe/Madrid");

  public Date startOf(String isoDate) {
    return Date.from(LocalDate.parse(isoDate).atStartOfDay(ZONE).toInstant());
  }

  public boolean isBefore(String isoDate, String otherIsoDate) {
    return LocalDate.parse(isoDate).isBefore(LocalDate.parse(otherIsoDate));
  }

  public static LocalDate today() {
    return ClockUtil.getCurrentTime().toInstant().atZone(ZONE).toLocalDate();
  }
}
