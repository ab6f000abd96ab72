package org.acollida.itinerary;

import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import org.acollida.common.InputRules;
import org.acollida.common.InvalidInputException;

/**
 * Compulsory schooling in Spain runs from 6 to 16 (Ley Orgánica de Educación, art. 4), by school year and year of
 * birth: the school year that starts in September of year S takes the children born from S-15 (their last year of
 * secondary school) to S-6 (their first year of primary school). A family whose minors are all younger has no
 * schooling to arrange yet, and nothing about schooling may hold it back from autonomy.
 */
public final class SchoolAge {

  static final int FIRST_YEAR_AGE = 6;
  static final int LAST_YEAR_AGE = 15;
  static final int ADULT_AGE = 18;

  private SchoolAge() {}

  /** The year in which the school year running on {@code day} started (September to August). */
  public static int schoolYear(LocalDate day) {
    return day.getMonth().compareTo(Month.SEPTEMBER) >= 0 ? day.getYear() : day.getYear() - 1;
  }

  public static boolean isOfSchoolAge(int birthYear, LocalDate day) {
    int year = schoolYear(day);
    return birthYear >= year - LAST_YEAR_AGE && birthYear <= year - FIRST_YEAR_AGE;
  }

  public static int countOfSchoolAge(List<Integer> birthYears, LocalDate day) {
    return (int) birthYears.stream().filter(year -> isOfSchoolAge(year, day)).count();
  }

  /**
   * The minors' years of birth as a form sends them ("2012, 2019") or as a list: exactly {@code minors} of them, each
   * a year in which a minor of today could have been born.
   */
  public static List<Integer> parseBirthYears(String field, Object raw, int minors, LocalDate today) {
    List<String> parts = new ArrayList<>();
    if (raw instanceof List<?> list) {
      list.forEach(item -> parts.add(String.valueOf(item)));
    } else if (raw instanceof String text && !text.isBlank()) {
      for (String part : text.split(",")) {
        parts.add(part.strip());
      }
    } else {
      throw new InvalidInputException(field, "is required: the year of birth of each minor, separated by commas");
    }
    List<Integer> years = new ArrayList<>();
    for (String part : parts) {
      int year;
      try {
        year = Integer.parseInt(part.endsWith(".0") ? part.substring(0, part.length() - 2) : part);
      } catch (NumberFormatException e) {
        throw new InvalidInputException(field, "must list years such as 2012, 2019; '" + InputRules.abbreviate(part)
            + "' is not a year");
      }
      if (year > today.getYear() || year < today.getYear() - ADULT_AGE) {
        throw new InvalidInputException(field, "a minor is born between " + (today.getYear() - ADULT_AGE) + " and "
            + today.getYear() + "; " + year + " is not");
      }
      years.add(year);
    }
    if (years.size() != minors) {
      throw new InvalidInputException(field, "must give one year of birth for each of the family's " + minors
          + " minors, not " + years.size());
    }
    return years;
  }
}
