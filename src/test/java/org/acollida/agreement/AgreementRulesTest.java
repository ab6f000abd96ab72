package org.acollida.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import org.junit.jupiter.api.Test;

/** The agreement's term: two years, at most two biennial extensions, a Joint Commission meeting every six months. */
class AgreementRulesTest {

  private static LocalDate date(String iso) {
    return LocalDate.parse(iso);
  }

  @Test
  void theTermIsTwoYearsExtendedAtMostTwiceForFourMoreYears() {
    assertThat(AgreementRules.TERM).isEqualTo(Period.ofYears(2));
    assertThat(AgreementRules.MAX_EXTENSIONS).isEqualTo(2);
    assertThat(AgreementRules.MONITORING_INTERVAL).isEqualTo(Period.ofMonths(6));

    LocalDate start = date("2025-01-01");
    LocalDate end = AgreementRules.initialTermEnd(start);
    for (int i = 0; i < AgreementRules.MAX_EXTENSIONS; i++) {
      end = AgreementRules.extendedTermEnd(end);
    }
    assertThat(end).isEqualTo(date("2031-01-01"));
  }

  @Test
  void theInitialTermEndsTwoYearsAfterTheStart() {
    assertThat(AgreementRules.initialTermEnd(date("2025-03-15"))).isEqualTo(date("2027-03-15"));
    assertThat(AgreementRules.initialTermEnd(date("2025-12-31"))).isEqualTo(date("2027-12-31"));
  }

  @Test
  void aTermStartingOnALeapDayEndsOnTheTwentyEighthOfFebruary() {
    assertThat(AgreementRules.initialTermEnd(date("2024-02-29"))).isEqualTo(date("2026-02-28"));
  }

  @Test
  void aTermStartingOnTheTwentyEighthOfFebruaryBeforeALeapYearEndsOnTheTwentyEighth() {
    assertThat(AgreementRules.initialTermEnd(date("2022-02-28"))).isEqualTo(date("2024-02-28"));
  }

  @Test
  void anExtensionAddsTwoYearsToTheCurrentTermEnd() {
    assertThat(AgreementRules.extendedTermEnd(date("2027-03-15"))).isEqualTo(date("2029-03-15"));
  }

  @Test
  void anExtensionCountsFromTheTermEndNotFromTheStart() {
    // started on a leap day: the term ended on 28 February, and so does the extension, though 2028 has a 29th
    LocalDate end = AgreementRules.initialTermEnd(date("2024-02-29"));
    assertThat(AgreementRules.extendedTermEnd(end)).isEqualTo(date("2028-02-28"));
  }

  @Test
  void theFirstMeetingIsSixMonthsAfterTheStart() {
    assertThat(AgreementRules.nextMonitoringMeeting(date("2025-01-10"), date("2025-01-10"))).isEqualTo(date("2025-07-10"));
  }

  @Test
  void theFirstMeetingOfAnAgreementStartingLaterIsStillSixMonthsAfterItsStart() {
    assertThat(AgreementRules.nextMonitoringMeeting(date("2025-09-01"), date("2025-01-10"))).isEqualTo(date("2026-03-01"));
  }

  @Test
  void theDayBeforeAMeetingThatMeetingIsNext() {
    assertThat(AgreementRules.nextMonitoringMeeting(date("2025-01-10"), date("2025-07-09"))).isEqualTo(date("2025-07-10"));
  }

  @Test
  void onTheDayOfAMeetingTheNextOneIsSixMonthsLater() {
    assertThat(AgreementRules.nextMonitoringMeeting(date("2025-01-10"), date("2025-07-10"))).isEqualTo(date("2026-01-10"));
  }

  @Test
  void missedMeetingsAreNotHeldRetroactively() {
    // registered years after it started: the next meeting is the first one still ahead
    assertThat(AgreementRules.nextMonitoringMeeting(date("2021-01-01"), date("2024-05-05"))).isEqualTo(date("2024-07-01"));
  }

  @Test
  void meetingsCountFromTheStartSoMonthEndsDoNotDrift() {
    LocalDate start = date("2024-08-31");
    // 31 August + 6 months is 28 February 2025 ...
    assertThat(AgreementRules.nextMonitoringMeeting(start, date("2024-09-01"))).isEqualTo(date("2025-02-28"));
    // ... but the meeting after is 31 August again, not 28 August
    assertThat(AgreementRules.nextMonitoringMeeting(start, date("2025-02-28"))).isEqualTo(date("2025-08-31"));
  }

  @Test
  void aMeetingFallsOnTheLeapDayWhenTheCalendarHasOne() {
    assertThat(AgreementRules.nextMonitoringMeeting(date("2023-08-31"), date("2023-09-01"))).isEqualTo(date("2024-02-29"));
    assertThat(AgreementRules.nextMonitoringMeeting(date("2023-08-29"), date("2024-01-01"))).isEqualTo(date("2024-02-29"));
  }

  @Test
  void theNextMeetingIsTheFirstSixMonthlyDateFromTheStartThatIsAfterToday() {
    LocalDate start = date("2024-08-31");
    for (LocalDate today = start.minusDays(10); today.isBefore(date("2027-01-01")); today = today.plusDays(1)) {
      LocalDate meeting = AgreementRules.nextMonitoringMeeting(start, today);
      assertThat(meeting).as("today %s", today).isAfter(today);
      int k = 1;
      while (!start.plusMonths(6L * k).equals(meeting)) {
        k++;
        assertThat(k).as("today %s: %s is on the six-monthly schedule", today, meeting).isLessThan(100);
      }
      if (k > 1) {
        assertThat(start.plusMonths(6L * (k - 1))).as("today %s: the meeting before", today).isBeforeOrEqualTo(today);
      }
    }
  }
}
