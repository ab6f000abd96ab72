package org.acollida.consultation.bpmn;

import java.time.LocalDate;
import org.acollida.consultation.ConsultationProperties;
import org.acollida.consultation.ConsultationVariables;
import org.acollida.contract.ProgrammeCalendar;
import org.acollida.contract.RoundStatus;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Opens (or, after an extension, reopens) contributions: the status and the reminder date. */
@Component("openContributions")
public class OpenContributions implements JavaDelegate {

  private static final Logger LOG = LoggerFactory.getLogger(OpenContributions.class);

  private final ConsultationProperties properties;

  public OpenContributions(ConsultationProperties properties) {
    this.properties = properties;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ConsultationVariables round = ConsultationVariables.of(execution);
    LocalDate deadline = round.contributionDeadline();
    LocalDate reminder = deadline.minus(properties.reminderLeadTime());
    // a short round gets its reminder straight away rather than never
    round.setReminder(reminder.isBefore(ProgrammeCalendar.today()) ? ProgrammeCalendar.today() : reminder);
    round.setStatus(RoundStatus.OPEN_FOR_CONTRIBUTIONS);
    LOG.info("Consultation {}: contributions open until {}", round.consultationCode(), deadline);
  }
}
