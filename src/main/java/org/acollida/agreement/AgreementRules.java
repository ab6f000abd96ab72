package org.acollida.agreement;

import java.time.LocalDate;
import java.time.Period;

/** The pilot agreement's rules on its term, in one place. */
public final class AgreementRules {

  /** The initial term, and each extension: biennial periods. */
  public static final Period TERM = Period.ofYears(2);
  /** At most four additional years in all. */
  public static final int MAX_EXTENSIONS = 2;
  /** The Joint Commission meets every six months counted from the start date. */
  public static final Period MONITORING_INTERVAL = Period.ofMonths(6);

  private AgreementRules() {}

  public static LocalDate initialTermEnd(LocalDate startDate) {
    return startDate.plus(TERM);
  }

  public static LocalDate extendedTermEnd(LocalDate termEnd) {
    return termEnd.plus(TERM);
  }

  /** The first meeting date of the series after {@code today} (meetings in the past are not held retroactively). */
  public static LocalDate nextMonitoringMeeting(LocalDate startDate, LocalDate today) {
    int k = 1;
    LocalDate meeting = startDate.plus(MONITORING_INTERVAL.multipliedBy(k));
    while (!meeting.isAfter(today)) {
      k++;
      meeting = startDate.plus(MONITORING_INTERVAL.multipliedBy(k));
    }
    return meeting;
  }
}
