package org.acollida.measure.bpmn;

import java.util.Date;
import org.acollida.contract.ProgrammeCalendar;
import org.springframework.stereotype.Component;

/** The programme calendar for the measure's due dates and timers: a report is due at the start of its period's end day. */
@Component("measureCalendar")
public class MeasureCalendar {

  public Date startOf(String isoDate) {
    return ProgrammeCalendar.startOf(isoDate);
  }
}
