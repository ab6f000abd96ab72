package org.acollida.itinerary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.acollida.common.InvalidInputException;
import org.junit.jupiter.api.Test;

/** Compulsory school age by school year and year of birth, and the years of birth a form sends. */
class SchoolAgeTest {

  private static final LocalDate JUNE_2026 = LocalDate.parse("2026-06-30");
  private static final LocalDate SEPTEMBER_2026 = LocalDate.parse("2026-09-01");

  @Test
  void theSchoolYearStartsInSeptember() {
    assertThat(SchoolAge.schoolYear(JUNE_2026)).isEqualTo(2025);
    assertThat(SchoolAge.schoolYear(SEPTEMBER_2026)).isEqualTo(2026);
  }

  @Test
  void aChildStartsPrimarySchoolInTheSchoolYearOfTheYearItTurnsSix() {
    assertThat(SchoolAge.isOfSchoolAge(2020, JUNE_2026)).as("five, in the school year 2025-26").isFalse();
    assertThat(SchoolAge.isOfSchoolAge(2020, SEPTEMBER_2026)).as("first year of primary school").isTrue();
  }

  @Test
  void aChildLeavesCompulsorySchoolAfterTheSchoolYearInWhichItTurnsSixteen() {
    assertThat(SchoolAge.isOfSchoolAge(2010, JUNE_2026)).as("fourth year of secondary school, 2025-26").isTrue();
    assertThat(SchoolAge.isOfSchoolAge(2010, SEPTEMBER_2026)).as("compulsory schooling over").isFalse();
    assertThat(SchoolAge.countOfSchoolAge(List.of(2010, 2015, 2020, 2024), SEPTEMBER_2026)).isEqualTo(2);
  }

  @Test
  void theYearsOfBirthAreOnePerMinorAndYearsAMinorCouldBeBornIn() {
    LocalDate today = LocalDate.parse("2026-12-02");
    assertThat(SchoolAge.parseBirthYears("minorsBirthYears", " 2012,2019 , 2024", 3, today))
        .containsExactly(2012, 2019, 2024);
    assertThat(SchoolAge.parseBirthYears("minorsBirthYears", List.of(2012, 2019), 2, today)).containsExactly(2012, 2019);
    for (Object wrong : new Object[] {"2012", "2012, 2027", "2012, 2007", "2012, twenty", null, ""}) {
      assertThatThrownBy(() -> SchoolAge.parseBirthYears("minorsBirthYears", wrong, 2, today))
          .as(String.valueOf(wrong)).isInstanceOf(InvalidInputException.class).hasMessageContaining("minorsBirthYears");
    }
  }
}
