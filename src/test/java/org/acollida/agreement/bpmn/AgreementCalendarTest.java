package org.acollida.agreement.bpmn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.api.Test;

/** The agreement's timer and gateway expressions: calendar dates compared as dates, timers at Madrid midnight. */
class AgreementCalendarTest {

  private final AgreementCalendar calendar = new AgreementCalendar();

  @Test
  void anEarlierDateIsBefore() {
    assertThat(calendar.isBefore("2026-12-15", "2027-03-15")).isTrue();
    assertThat(calendar.isBefore("2026-12-31", "2027-01-01")).isTrue();
  }

  @Test
  void theSameDateIsNotBefore() {
    assertThat(calendar.isBefore("2027-03-15", "2027-03-15")).isFalse();
  }

  @Test
  void aLaterDateIsNotBefore() {
    assertThat(calendar.isBefore("2027-03-16", "2027-03-15")).isFalse();
  }

  @Test
  void theLeapDayIsBetweenTheTwentyEighthAndTheFirstOfMarch() {
    assertThat(calendar.isBefore("2028-02-28", "2028-02-29")).isTrue();
    assertThat(calendar.isBefore("2028-02-29", "2028-03-01")).isTrue();
  }

  @Test
  void aBrokenDateFailsLoudly() {
    assertThatThrownBy(() -> calendar.isBefore("2027-02-29", "2027-03-01")).isInstanceOf(DateTimeParseException.class);
    assertThatThrownBy(() -> calendar.isBefore("2027-03-01", "15/03/2027")).isInstanceOf(DateTimeParseException.class);
  }

  @Test
  void timersFireAtMadridMidnight() {
    assertThat(calendar.startOf("2027-03-15").toInstant()).isEqualTo(Instant.parse("2027-03-14T23:00:00Z"));
    assertThat(calendar.startOf("2027-06-15").toInstant()).isEqualTo(Instant.parse("2027-06-14T22:00:00Z"));
  }
}
