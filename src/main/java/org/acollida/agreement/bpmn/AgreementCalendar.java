package org.acollida.agreement.bpmn;

import java.time.LocalDate;
import java.util.Date;
import org.acollida.contract.ProgrammeCalendar;
import org.springframework.stereotype.Component;

/**
 * The programme calendar for the agreement's timer expressions
 * ({@code ${agreementCalendar.startOf(termEndDate)}}) and gateways, so the BPMN never juggles date strings.
 */
@Component("agreementCalendar")
public class AgreementCalendar {

  public Date startOf(String isoDate) {
    return ProgrammeCalendar.startOf(isoDate);
  }

  /**
   * The due date of the final evaluation: one month after the day it opens, which is the day the agreement
   * ended or was terminated. The pilot sets no time for it; a month leaves the Joint Commission time to meet.
   */
  public Date oneMonthFromToday() {
    return ProgrammeCalendar.startOf(ProgrammeCalendar.today().plusMonths(1).toString());
  }

  public boolean isBefore(String isoDate, String otherIsoDate) {
    return LocalDate.parse(isoDate).isBefore(LocalDate.parse(otherIsoDate));
  }
}
