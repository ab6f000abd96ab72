package org.acollida.agreement.bpmn;

import java.time.LocalDate;
import org.acollida.agreement.AgreementRules;
import org.acollida.agreement.AgreementVariables;
import org.acollida.contract.ProgrammeCalendar;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The next six-monthly meeting of the series counted from the start date, by its number: the one after the
 * meeting last scheduled. Only the first one looks at today, so a back-dated agreement gets the meetings still
 * to come; counting from today afterwards would schedule the same meeting again whenever its timer runs
 * early (a job executed by hand before its due date).
 */
@Component("scheduleNextMonitoringMeeting")
public class ScheduleNextMonitoringMeeting implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    AgreementVariables agreement = AgreementVariables.of(execution);
    LocalDate start = agreement.startDate();
    int next;
    if (agreement.nextMonitoringMeetingNumber() != null) {
      next = agreement.nextMonitoringMeetingNumber() + 1;
    } else if (agreement.nextMonitoringMeetingDate() != null) {
      // an agreement started before meetings were numbered: the one after the meeting it had scheduled
      next = AgreementRules.firstMonitoringMeetingNumber(start, agreement.nextMonitoringMeetingDate());
    } else {
      next = AgreementRules.firstMonitoringMeetingNumber(start, ProgrammeCalendar.today());
    }
    agreement.setNextMonitoringMeeting(next, AgreementRules.monitoringMeeting(start, next));
  }
}
