package org.acollida.consultation;

import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param quorum the share of invited stakeholders who must answer (0–1) before the facilitator is
 *     offered to extend the deadline ({@code acollida.consultation.quorum}, default 0.5)
 * @param reminderLeadTime how long before the deadline the open contributions get a reminder
 *     ({@code acollida.consultation.reminder-lead-time}, ISO period, default three days)
 * @param measureTerm the due date a measure started by a round's publication gets, counted from the publication
 *     ({@code acollida.consultation.measure-term}, ISO period, default one year); the measure may be reported done sooner
 */
@ConfigurationProperties(prefix = "acollida.consultation")
public record ConsultationProperties(Double quorum, Period reminderLeadTime, Period measureTerm) {

  public ConsultationProperties {
    if (quorum == null) {
      quorum = 0.5;
    }
    if (quorum < 0 || quorum > 1) {
      throw new IllegalArgumentException("acollida.consultation.quorum must lie between 0 and 1");
    }
    if (reminderLeadTime == null) {
      reminderLeadTime = Period.ofDays(3);
    }
    if (measureTerm == null) {
      measureTerm = Period.ofYears(1);
    }
    if (measureTerm.isNegative()) {
      throw new IllegalArgumentException("acollida.consultation.measure-term must not be negative");
    }
    if (reminderLeadTime.isNegative()) {
      throw new IllegalArgumentException("acollida.consultation.reminder-lead-time must not be negative");
    }
  }
}
