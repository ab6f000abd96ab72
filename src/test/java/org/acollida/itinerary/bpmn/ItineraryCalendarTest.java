package org.acollida.itinerary.bpmn;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The itinerary's gateways and schedules: a date is reached on its Madrid day; missed dates are not scheduled. */
class ItineraryCalendarTest {

  private final ItineraryCalendar calendar = new ItineraryCalendar();

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  private static void engineClockAt(String isoInstant) {
    ClockUtil.setCurrentTime(Date.from(Instant.parse(isoInstant)));
  }

  /** Noon in Madrid on {@code isoDate} (summer or winter alike, noon is the same day in UTC). */
  private static void todayIs(String isoDate) {
    engineClockAt(isoDate + "T11:00:00Z");
  }

  private static LocalDate date(String iso) {
    return LocalDate.parse(iso);
  }

  @Test
  void aDateHasPassedOnTheDayItselfAndAfter() {
    todayIs("2025-05-10");

    assertThat(calendar.hasPassed("2025-05-09")).isTrue();
    assertThat(calendar.hasPassed("2025-05-10")).isTrue();
    assertThat(calendar.hasPassed("2025-05-11")).isFalse();
  }

  @Test
  void aDateIsReachedAtMadridMidnightNotUtcMidnight() {
    engineClockAt("2025-05-09T21:59:59Z"); // 23:59:59 in Madrid, on the 9th
    assertThat(calendar.hasPassed("2025-05-10")).isFalse();

    engineClockAt("2025-05-09T22:00:00Z"); // midnight in Madrid: the 10th has begun, though UTC is still on the 9th
    assertThat(calendar.hasPassed("2025-05-10")).isTrue();
  }

  @Test
  void theLeapDayIsReached() {
    todayIs("2028-02-28");
    assertThat(calendar.hasPassed("2028-02-29")).isFalse();

    todayIs("2028-02-29");
    assertThat(calendar.hasPassed("2028-02-29")).isTrue();
  }

  @Test
  void startOfIsTheProgrammeCalendarsMadridMidnight() {
    assertThat(calendar.startOf("2025-05-10").toInstant()).isEqualTo(Instant.parse("2025-05-09T22:00:00Z"));
    assertThat(calendar.startOf("2025-12-10").toInstant()).isEqualTo(Instant.parse("2025-12-09T23:00:00Z"));
  }

  @Test
  void theNextDateIsOnePeriodAfterTheStartWhileThatIsStillAhead() {
    todayIs("2025-05-10");

    assertThat(ItineraryCalendar.nextAfterToday(date("2025-05-10"), Period.ofMonths(1))).isEqualTo(date("2025-06-10"));
    assertThat(ItineraryCalendar.nextAfterToday(date("2025-04-11"), Period.ofMonths(1))).isEqualTo(date("2025-05-11"));
  }

  @Test
  void aDateFallingOnTodayIsNotScheduledTheNextOneIs() {
    todayIs("2025-05-10");

    assertThat(ItineraryCalendar.nextAfterToday(date("2025-04-10"), Period.ofMonths(1))).isEqualTo(date("2025-06-10"));
  }

  @Test
  void missedDatesAreNotScheduledRetroactively() {
    todayIs("2025-05-10");

    assertThat(ItineraryCalendar.nextAfterToday(date("2023-01-15"), Period.ofMonths(3))).isEqualTo(date("2025-07-15"));
    assertThat(ItineraryCalendar.nextAfterToday(date("2025-01-01"), Period.ofDays(14))).isEqualTo(date("2025-05-21"));
  }

  @Test
  void aStartStillAheadIsNotItselfScheduled() {
    todayIs("2025-05-10");

    assertThat(ItineraryCalendar.nextAfterToday(date("2025-06-01"), Period.ofMonths(1))).isEqualTo(date("2025-07-01"));
  }

  @Test
  void datesCountFromTheStartSoMonthEndsDoNotDrift() {
    todayIs("2024-03-01");

    // 31 January + 1 month is 29 February (passed); + 2 months is 31 March, not 29 March
    assertThat(ItineraryCalendar.nextAfterToday(date("2024-01-31"), Period.ofMonths(1))).isEqualTo(date("2024-03-31"));
  }

  @Test
  void aScheduleCanLandOnTheLeapDay() {
    todayIs("2024-02-01");

    assertThat(ItineraryCalendar.nextAfterToday(date("2023-08-31"), Period.ofMonths(6))).isEqualTo(date("2024-02-29"));
  }

  @Test
  void theDateAfterOneScheduledAheadIsTheNextOfTheSeriesNotTheFirstAfterToday() {
    todayIs("2025-05-10");

    // the timer of 10 June was executed early, on 10 May: the next one is 10 July, not 10 June again
    assertThat(ItineraryCalendar.nextAfterScheduled(date("2025-04-10"), Period.ofMonths(1), date("2025-06-10")))
        .isEqualTo(date("2025-07-10"));
    // the timer of 10 March ran late, on 10 May: the dates missed meanwhile are skipped
    assertThat(ItineraryCalendar.nextAfterScheduled(date("2025-01-10"), Period.ofMonths(1), date("2025-03-10")))
        .isEqualTo(date("2025-06-10"));
    assertThat(ItineraryCalendar.nextAfterScheduled(date("2025-04-10"), Period.ofMonths(1), null))
        .isEqualTo(date("2025-06-10"));
  }

  @Test
  void todayIsTheMadridDay() {
    engineClockAt("2025-05-09T22:30:00Z"); // 00:30 on the 10th in Madrid

    assertThat(ItineraryCalendar.nextAfterToday(date("2025-04-10"), Period.ofMonths(1))).isEqualTo(date("2025-06-10"));
  }
}
