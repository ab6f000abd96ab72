package org.acollida.consultation.bpmn;

import java.util.Date;
import org.acollida.contract.ProgrammeCalendar;
import org.springframework.stereotype.Component;

/**
 * The programme calendar for the round's timer expressions: contributions close at the start of the
 * deadline day ({@code ${consultationCalendar.startOf(contributionDeadline)}}).
 */
@Component("consultationCalendar")
public class ConsultationCalendar {

  public Date startOf(String isoDate) {
    return ProgrammeCalendar.startOf(isoDate);
  }
}
