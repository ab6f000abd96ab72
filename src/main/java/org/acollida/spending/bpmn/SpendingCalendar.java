package org.acollida.spending.bpmn;

import java.util.Date;
import org.acollida.contract.ProgrammeCalendar;
import org.springframework.stereotype.Component;

/** The programme calendar for the spending processes' timers and due dates. */
@Component("spendingCalendar")
public class SpendingCalendar {

  public Date startOf(String isoDate) {
    return ProgrammeCalendar.startOf(isoDate);
  }

  /** The start of the day after: a period ending on a day ends when that day is over. */
  public Date dayAfter(String isoDate) {
    return ProgrammeCalendar.startOf(java.time.LocalDate.parse(isoDate).plusDays(1).toString());
  }
}
