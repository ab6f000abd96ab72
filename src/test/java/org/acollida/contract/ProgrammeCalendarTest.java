package org.acollida.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The contract's calendar: days in Europe/Madrid, by the engine clock, reached at the start of the day. */
class ProgrammeCalendarTest {

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  private static void engineClockAt(String isoInstant) {
    ClockUtil.setCurrentTime(Date.from(Instant.parse(isoInstant)));
  }

  private static Instant startOf(String isoDate) {
    return ProgrammeCalendar.startOf(isoDate).toInstant();
  }

  @Test
  void theProgrammeRunsOnMadridTime() {
    assertThat(ProgrammeCalendar.ZONE).isEqualTo(ZoneId.of("Europe/Madrid"));
  }

  @Test
  void todayFollowsTheEngineClock() {
    engineClockAt("2031-05-20T10:00:00Z");

    assertThat(ProgrammeCalendar.today()).isEqualTo(LocalDate.of(2031, 5, 20));
  }

  @Test
  void todayChangesAtMadridMidnightInSummer() {
    // CEST, UTC+2: Madrid midnight is 22:00 UTC the evening before
    engineClockAt("2024-06-30T21:59:59Z");
    assertThat(ProgrammeCalendar.today()).isEqualTo(LocalDate.of(2024, 6, 30));

    engineClockAt("2024-06-30T22:00:00Z");
    assertThat(ProgrammeCalendar.today()).isEqualTo(LocalDate.of(2024, 7, 1));
  }

  @Test
  void todayChangesAtMadridMidnightInWinter() {
    // CET, UTC+1
    engineClockAt("2024-12-31T22:59:59Z");
    assertThat(ProgrammeCalendar.today()).isEqualTo(LocalDate.of(2024, 12, 31));

    engineClockAt("2024-12-31T23:00:00Z");
    assertThat(ProgrammeCalendar.today()).isEqualTo(LocalDate.of(2025, 1, 1));
  }

  @Test
  void todayIsTheLeapDayInMadridWhileUtcIsStillOnTheTwentyEighth() {
    engineClockAt("2024-02-28T23:30:00Z");

    assertThat(ProgrammeCalendar.today()).isEqualTo(LocalDate.of(2024, 2, 29));
  }

  @Test
  void nowIsTheEngineClocksInstantInIsoForm() {
    engineClockAt("2025-03-05T10:15:30Z");

    assertThat(ProgrammeCalendar.now()).isEqualTo("2025-03-05T10:15:30Z");
    assertThat(Instant.parse(ProgrammeCalendar.now())).isEqualTo(Instant.parse("2025-03-05T10:15:30Z"));
  }

  @Test
  void startOfIsMadridMidnight() {
    assertThat(startOf("2025-01-15")).isEqualTo(Instant.parse("2025-01-14T23:00:00Z"));
    assertThat(startOf("2025-07-15")).isEqualTo(Instant.parse("2025-07-14T22:00:00Z"));
  }

  @Test
  void startOfTheLeapDay() {
    assertThat(startOf("2024-02-29")).isEqualTo(Instant.parse("2024-02-28T23:00:00Z"));
    assertThat(Duration.between(startOf("2024-02-29"), startOf("2024-03-01"))).isEqualTo(Duration.ofHours(24));
  }

  @Test
  void aroundTheSpringChangeTheDayHasTwentyThreeHours() {
    // 2024-03-31: clocks go from 02:00 CET to 03:00 CEST; the day still starts at midnight CET
    assertThat(startOf("2024-03-31")).isEqualTo(Instant.parse("2024-03-30T23:00:00Z"));
    assertThat(startOf("2024-04-01")).isEqualTo(Instant.parse("2024-03-31T22:00:00Z"));
    assertThat(Duration.between(startOf("2024-03-31"), startOf("2024-04-01"))).isEqualTo(Duration.ofHours(23));
  }

  @Test
  void aroundTheAutumnChangeTheDayHasTwentyFiveHours() {
    // 2024-10-27: clocks go from 03:00 CEST back to 02:00 CET; the day starts at midnight CEST
    assertThat(startOf("2024-10-27")).isEqualTo(Instant.parse("2024-10-26T22:00:00Z"));
    assertThat(startOf("2024-10-28")).isEqualTo(Instant.parse("2024-10-27T23:00:00Z"));
    assertThat(Duration.between(startOf("2024-10-27"), startOf("2024-10-28"))).isEqualTo(Duration.ofHours(25));
  }

  @Test
  void startOfRefusesWhatIsNotADate() {
    assertThatThrownBy(() -> ProgrammeCalendar.startOf("2023-02-29")).isInstanceOf(DateTimeParseException.class);
    assertThatThrownBy(() -> ProgrammeCalendar.startOf("29/02/2024")).isInstanceOf(DateTimeParseException.class);
  }

  @Test
  void dayOfIsTheMadridDay() {
    assertThat(ProgrammeCalendar.dayOf(Date.from(Instant.parse("2024-07-01T21:59:59.999Z")))).isEqualTo(LocalDate.of(2024, 7, 1));
    assertThat(ProgrammeCalendar.dayOf(Date.from(Instant.parse("2024-07-01T22:00:00Z")))).isEqualTo(LocalDate.of(2024, 7, 2));
    assertThat(ProgrammeCalendar.dayOf(Date.from(Instant.parse("2025-01-01T00:30:00Z")))).isEqualTo(LocalDate.of(2025, 1, 1));
    assertThat(ProgrammeCalendar.dayOf(Date.from(Instant.parse("2024-12-31T23:00:00Z")))).isEqualTo(LocalDate.of(2025, 1, 1));
  }

  @Test
  void aDayIsReachedAtItsStartAndNotAMillisecondBefore() {
    for (String day : new String[] {"2024-02-29", "2024-03-31", "2024-04-01", "2024-10-27", "2024-10-28", "2025-01-01"}) {
      Date start = ProgrammeCalendar.startOf(day);
      assertThat(ProgrammeCalendar.dayOf(start)).as(day).isEqualTo(LocalDate.parse(day));
      assertThat(ProgrammeCalendar.dayOf(new Date(start.getTime() - 1))).as(day).isEqualTo(LocalDate.parse(day).minusDays(1));
    }
  }

  @Test
  void dayOfUndoesStartOfForEveryDayOfALeapYear() {
    for (LocalDate day = LocalDate.of(2024, 1, 1); day.getYear() == 2024; day = day.plusDays(1)) {
      assertThat(ProgrammeCalendar.dayOf(ProgrammeCalendar.startOf(day.toString()))).isEqualTo(day);
    }
  }

  @Test
  void atTheStartOfADayTodayIsThatDay() {
    ClockUtil.setCurrentTime(ProgrammeCalendar.startOf("2024-10-27"));
    assertThat(ProgrammeCalendar.today()).isEqualTo(LocalDate.of(2024, 10, 27));

    ClockUtil.setCurrentTime(new Date(ProgrammeCalendar.startOf("2024-10-27").getTime() - 1));
    assertThat(ProgrammeCalendar.today()).isEqualTo(LocalDate.of(2024, 10, 26));
  }
}
