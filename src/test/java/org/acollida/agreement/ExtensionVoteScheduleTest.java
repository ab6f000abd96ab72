package org.acollida.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Period;
import org.junit.jupiter.api.Test;

/** When the Joint Commission votes on an extension: the lead time before the term ends, while one is still possible. */
class ExtensionVoteScheduleTest {

  private static final ExtensionVoteSchedule DEFAULT = new ExtensionVoteSchedule(new AgreementProperties(null));

  @Test
  void byDefaultTheVoteOpensThreeMonthsBeforeTheTermEnds() {
    assertThat(new AgreementProperties(null).extensionVoteLeadTime()).isEqualTo(Period.ofMonths(3));
    assertThat(DEFAULT.opensOn(LocalDate.of(2027, 3, 15), 0)).isEqualTo(LocalDate.of(2026, 12, 15));
  }

  @Test
  void theVoteOpensAgainBeforeTheFirstExtensionEnds() {
    assertThat(DEFAULT.opensOn(LocalDate.of(2029, 3, 15), 1)).isEqualTo(LocalDate.of(2028, 12, 15));
  }

  @Test
  void afterTheSecondExtensionThereIsNoVote() {
    assertThat(DEFAULT.opensOn(LocalDate.of(2031, 3, 15), AgreementRules.MAX_EXTENSIONS)).isNull();
    assertThat(DEFAULT.opensOn(LocalDate.of(2031, 3, 15), AgreementRules.MAX_EXTENSIONS + 1)).isNull();
  }

  @Test
  void aTermEndingAtAMonthsEndOpensTheVoteOnTheLastDayOfAShorterMonth() {
    assertThat(DEFAULT.opensOn(LocalDate.of(2026, 5, 31), 0)).isEqualTo(LocalDate.of(2026, 2, 28));
    assertThat(DEFAULT.opensOn(LocalDate.of(2028, 5, 31), 0)).isEqualTo(LocalDate.of(2028, 2, 29));
  }

  @Test
  void theLeadTimeIsConfigurable() {
    ExtensionVoteSchedule schedule = new ExtensionVoteSchedule(new AgreementProperties(Period.ofDays(45)));

    assertThat(schedule.opensOn(LocalDate.of(2027, 3, 15), 0)).isEqualTo(LocalDate.of(2027, 1, 29));
  }

  @Test
  void aLeadTimeMustBePositive() {
    assertThatThrownBy(() -> new AgreementProperties(Period.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("acollida.agreement.extension-vote-lead-time must be a positive period");
    assertThatThrownBy(() -> new AgreementProperties(Period.ofMonths(-1)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
