package org.acollida.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

  /** The first meeting scheduled for an agreement registered on {@code registeredOn}. */
  private static LocalDate firstMeeting(LocalDate startDate, LocalDate registeredOn) {
    return AgreementRules.monitoringMeeting(startDate, AgreementRules.firstMonitoringMeetingNumber(startDate, registeredOn));
  }

  @Test
  void theFirstMeetingIsSixMonthsAfterTheStart() {
    assertThat(AgreementRules.firstMonitoringMeetingNumber(date("2025-01-10"), date("2025-01-10"))).isEqualTo(1);
    assertThat(firstMeeting(date("2025-01-10"), date("2025-01-10"))).isEqualTo(date("2025-07-10"));
  }

  @Test
  void theFirstMeetingOfAnAgreementStartingLaterIsStillSixMonthsAfterItsStart() {
    assertThat(firstMeeting(date("2025-09-01"), date("2025-01-10"))).isEqualTo(date("2026-03-01"));
  }

  @Test
  void registeredTheDayBeforeAMeetingThatMeetingIsTheFirst() {
    assertThat(firstMeeting(date("2025-01-10"), date("2025-07-09"))).isEqualTo(date("2025-07-10"));
  }

  @Test
  void registeredOnTheDayOfAMeetingTheFirstIsSixMonthsLater() {
    assertThat(firstMeeting(date("2025-01-10"), date("2025-07-10"))).isEqualTo(date("2026-01-10"));
  }

  @Test
  void missedMeetingsAreNotHeldRetroactively() {
    // registered years after it started: the first meeting is the first one still ahead, number 7 of the series
    assertThat(AgreementRules.firstMonitoringMeetingNumber(date("2021-01-01"), date("2024-05-05"))).isEqualTo(7);
    assertThat(firstMeeting(date("2021-01-01"), date("2024-05-05"))).isEqualTo(date("2024-07-01"));
  }

  @Test
  void meetingsAreNumberedFromTheStartWhateverTheDayTheyAreScheduledOn() {
    LocalDate start = date("2025-01-10");
    assertThat(AgreementRules.monitoringMeeting(start, 1)).isEqualTo(date("2025-07-10"));
    assertThat(AgreementRules.monitoringMeeting(start, 2)).isEqualTo(date("2026-01-10"));
    assertThat(AgreementRules.monitoringMeeting(start, 3)).isEqualTo(date("2026-07-10"));
  }

  @Test
  void thereIsNoMeetingNumberZero() {
    assertThatThrownBy(() -> AgreementRules.monitoringMeeting(date("2025-01-10"), 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("monitoring meeting number");
  }

  @Test
  void meetingsCountFromTheStartSoMonthEndsDoNotDrift() {
    LocalDate start = date("2024-08-31");
    // 31 August + 6 months is 28 February 2025 ...
    assertThat(AgreementRules.monitoringMeeting(start, 1)).isEqualTo(date("2025-02-28"));
    assertThat(firstMeeting(start, date("2024-09-01"))).isEqualTo(date("2025-02-28"));
    // ... but the meeting after is 31 August again, not 28 August
    assertThat(AgreementRules.monitoringMeeting(start, 2)).isEqualTo(date("2025-08-31"));
    assertThat(firstMeeting(start, date("2025-02-28"))).isEqualTo(date("2025-08-31"));
  }

  @Test
  void aMeetingFallsOnTheLeapDayWhenTheCalendarHasOne() {
    assertThat(firstMeeting(date("2023-08-31"), date("2023-09-01"))).isEqualTo(date("2024-02-29"));
    assertThat(firstMeeting(date("2023-08-29"), date("2024-01-01"))).isEqualTo(date("2024-02-29"));
  }

  @Test
  void theFirstMeetingIsTheFirstSixMonthlyDateFromTheStartThatIsAfterTheRegistration() {
    LocalDate start = date("2024-08-31");
    for (LocalDate registeredOn = start.minusDays(10); registeredOn.isBefore(date("2027-01-01")); registeredOn = registeredOn.plusDays(1)) {
      int k = AgreementRules.firstMonitoringMeetingNumber(start, registeredOn);
      LocalDate meeting = AgreementRules.monitoringMeeting(start, k);
      assertThat(meeting).as("registered %s", registeredOn).isAfter(registeredOn);
      assertThat(meeting).as("registered %s: %s is on the six-monthly schedule", registeredOn, meeting)
          .isEqualTo(start.plusMonths(6L * k));
      if (k > 1) {
        assertThat(AgreementRules.monitoringMeeting(start, k - 1)).as("registered %s: the meeting before", registeredOn)
            .isBeforeOrEqualTo(registeredOn);
      }
    }
  }
}
