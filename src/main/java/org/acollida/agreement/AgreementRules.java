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

  /** Meeting number {@code k} (k >= 1) of the series: {@code startDate + 6k months}, counted from the start so month ends do not drift. */
  public static LocalDate monitoringMeeting(LocalDate startDate, int number) {
    if (number < 1) {
      throw new IllegalArgumentException("monitoring meeting number must be 1 or more, was " + number);
    }
    return startDate.plus(MONITORING_INTERVAL.multipliedBy(number));
  }

  /**
   * The number of the first meeting to schedule for an agreement registered on {@code registeredOn}: the first
   * one after that day (for a back-dated agreement, meetings already in the past are not held retroactively).
   * Every later meeting is the next number, whatever the day its timer runs.
   */
  public static int firstMonitoringMeetingNumber(LocalDate startDate, LocalDate registeredOn) {
    int number = 1;
    while (!monitoringMeeting(startDate, number).isAfter(registeredOn)) {
      number++;
    }
    return number;
  }
}
