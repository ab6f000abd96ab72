package org.acollida.agreement.bpmn;

import java.time.LocalDate;
import org.acollida.agreement.AgreementRules;
import org.acollida.agreement.AgreementVariables;
import org.acollida.contract.ProgrammeCalendar;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The next six-monthly meeting counted from the start date; for a back-dated agreement, the next one still to come. */
@Component("scheduleNextMonitoringMeeting")
public class ScheduleNextMonitoringMeeting implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    AgreementVariables agreement = AgreementVariables.of(execution);
    LocalDate next = AgreementRules.nextMonitoringMeeting(agreement.startDate(), ProgrammeCalendar.today());
    agreement.setNextMonitoringMeetingDate(next);
  }
}
