package org.acollida.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.acollida.support.FakeVariableScope;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The shared input checks: each refusal names the field and the rule; the boundaries are where the rules say. */
class InputRulesTest {

  private static final String CODE_RULE =
      "must be 1 to 64 letters, digits, '-', '_' or '.', starting with a letter or digit";

  private enum Colour { RED, GREEN }

  /** Runs {@code call}, which must refuse {@code field} for breaking {@code rule}. */
  static void assertRefused(ThrowingCallable call, String field, String rule) {
    InvalidInputException refused = catchThrowableOfType(InvalidInputException.class, call);
    assertThat(refused).as("expected %s to be refused", field).isNotNull();
    assertThat(refused.field()).isEqualTo(field);
    assertThat(refused.rule()).isEqualTo(rule);
  }

  @Nested
  class InvalidInput {

    @Test
    void namesFieldAndRuleAndIsABadUserRequestForTheRestLayer() {
      InvalidInputException e = new InvalidInputException("familyCode", "is required");

      assertThat(e.field()).isEqualTo("familyCode");
      assertThat(e.rule()).isEqualTo("is required");
      assertThat(e).hasMessage("familyCode: is required").isInstanceOf(BadUserRequestException.class);
    }
  }

  @Nested
  class RequireText {

    @Test
    void returnsTheTextStripped() {
      assertThat(InputRules.requireText("topic", "  Housing  ", 20)).isEqualTo("Housing");
    }

    @Test
    void readsTheVariableFromTheScope() {
      VariableScope scope = FakeVariableScope.of("topic", "Housing");

      assertThat(InputRules.requireText(scope, "topic", 20)).isEqualTo("Housing");
    }

    @Test
    void refusesAMissingValue() {
      assertRefused(() -> InputRules.requireText(FakeVariableScope.of(), "topic", 20), "topic", "is required");
      assertRefused(() -> InputRules.requireText("topic", null, 20), "topic", "is required");
    }

    @Test
    void refusesWhatIsNotText() {
      assertRefused(() -> InputRules.requireText("topic", 42, 20), "topic", "must be text");
      assertRefused(() -> InputRules.requireText("topic", Boolean.TRUE, 20), "topic", "must be text");
    }

    @Test
    void refusesBlankText() {
      assertRefused(() -> InputRules.requireText("topic", "", 20), "topic", "must not be blank");
      assertRefused(() -> InputRules.requireText("topic", " \t\n ", 20), "topic", "must not be blank");
    }

    @Test
    void acceptsExactlyTheMaximumLengthAndRefusesOneMore() {
      assertThat(InputRules.requireText("topic", "x".repeat(10), 10)).hasSize(10);
      assertRefused(() -> InputRules.requireText("topic", "x".repeat(11), 10), "topic", "must be at most 10 characters");
    }

    @Test
    void theFreeTextLimitIsFourThousandCharacters() {
      assertThat(InputRules.MAX_TEXT).isEqualTo(4000);
      assertThat(InputRules.requireText("minutes", "m".repeat(4000), InputRules.MAX_TEXT)).hasSize(4000);
      assertRefused(() -> InputRules.requireText("minutes", "m".repeat(4001), InputRules.MAX_TEXT),
          "minutes", "must be at most 4000 characters");
    }
  }

  @Nested
  class Codes {

    @Test
    void acceptsLettersDigitsDashesUnderscoresAndDots() {
      assertThat(InputRules.requireCode("agreementCode", "AGR-2025_01.v2")).isEqualTo("AGR-2025_01.v2");
      assertThat(InputRules.isCode("a")).isTrue();
      assertThat(InputRules.isCode("7")).isTrue();
    }

    @Test
    void acceptsSixtyFourCharactersAndRefusesSixtyFive() {
      String longest = "A" + "b".repeat(63);
      assertThat(InputRules.isCode(longest)).isTrue();
      assertThat(InputRules.requireCode("agreementCode", longest)).isEqualTo(longest);

      assertThat(InputRules.isCode(longest + "c")).isFalse();
      assertRefused(() -> InputRules.requireCode("agreementCode", longest + "c"), "agreementCode", CODE_RULE);
    }

    @Test
    void fromTheScopeSixtyFiveCharactersAreRefusedAsTooLong() {
      String longest = "F" + "1".repeat(63);
      assertThat(InputRules.requireCode(FakeVariableScope.of("familyCode", longest), "familyCode")).isEqualTo(longest);
      assertRefused(() -> InputRules.requireCode(FakeVariableScope.of("familyCode", longest + "1"), "familyCode"),
          "familyCode", "must be at most 64 characters");
    }

    @Test
    void mustStartWithALetterOrDigit() {
      for (String code : new String[] {"-AGR", "_AGR", ".AGR"}) {
        assertThat(InputRules.isCode(code)).as(code).isFalse();
        assertRefused(() -> InputRules.requireCode("agreementCode", code), "agreementCode", CODE_RULE);
      }
    }

    @Test
    void refusesSpacesSlashesAndLettersOutsideAsciiAndNothing() {
      for (String code : new String[] {"AGR 1", "AGR/1", "AGR%2F1", "Añ-1", "agr\n", ""}) {
        assertThat(InputRules.isCode(code)).as(code).isFalse();
      }
      assertThat(InputRules.isCode(null)).isFalse();
    }

    @Test
    void fromTheScopeAMissingCodeIsRequiredAndABadOneBreaksTheCodeRule() {
      assertRefused(() -> InputRules.requireCode(FakeVariableScope.of(), "familyCode"), "familyCode", "is required");
      assertRefused(() -> InputRules.requireCode(FakeVariableScope.of("familyCode", "FAM 1"), "familyCode"),
          "familyCode", CODE_RULE);
    }

    @Test
    void fromTheScopeTheCodeIsStrippedBeforeItIsChecked() {
      assertThat(InputRules.requireCode(FakeVariableScope.of("familyCode", " FAM-1 "), "familyCode")).isEqualTo("FAM-1");
    }
  }

  @Nested
  class RequireDate {

    @Test
    void readsAnIsoDate() {
      assertThat(InputRules.requireDate(FakeVariableScope.of("startDate", "2025-01-31"), "startDate"))
          .isEqualTo(LocalDate.of(2025, 1, 31));
    }

    @Test
    void acceptsTheLeapDayOfALeapYearOnly() {
      assertThat(InputRules.requireDate(FakeVariableScope.of("startDate", "2024-02-29"), "startDate"))
          .isEqualTo(LocalDate.of(2024, 2, 29));
      assertRefused(() -> InputRules.requireDate(FakeVariableScope.of("startDate", "2023-02-29"), "startDate"),
          "startDate", "must be a date written yyyy-MM-dd, got '2023-02-29'");
      assertRefused(() -> InputRules.requireDate(FakeVariableScope.of("startDate", "2100-02-29"), "startDate"),
          "startDate", "must be a date written yyyy-MM-dd, got '2100-02-29'");
    }

    @Test
    void refusesImpossibleDates() {
      for (String date : new String[] {"2025-13-01", "2025-00-10", "2025-04-31", "2025-01-00"}) {
        assertRefused(() -> InputRules.requireDate(FakeVariableScope.of("startDate", date), "startDate"),
            "startDate", "must be a date written yyyy-MM-dd, got '" + date + "'");
      }
    }

    @Test
    void refusesOtherWritings() {
      for (String date : new String[] {"2025-1-5", "05/01/2025", "2025-01-05T00:00", " 2025-01-05", "+2025-01-05", ""}) {
        assertRefused(() -> InputRules.requireDate(FakeVariableScope.of("startDate", date), "startDate"),
            "startDate", "must be a date written yyyy-MM-dd, got '" + date + "'");
      }
    }

    @Test
    void refusesAMissingDate() {
      assertRefused(() -> InputRules.requireDate(FakeVariableScope.of(), "startDate"), "startDate", "is required");
    }

    @Test
    void refusesADateThatIsNotText() {
      assertRefused(() -> InputRules.requireDate(FakeVariableScope.of("startDate", LocalDate.of(2025, 1, 5)), "startDate"),
          "startDate", "must be a date written yyyy-MM-dd");
    }

    @Test
    void quotesALongWrongValueAbbreviated() {
      String garbage = "y".repeat(100);
      assertRefused(() -> InputRules.requireDate(FakeVariableScope.of("startDate", garbage), "startDate"),
          "startDate", "must be a date written yyyy-MM-dd, got '" + "y".repeat(40) + "…'");
    }
  }

  @Nested
  class StoredDate {

    @Test
    void readsBackADateTheProcessStored() {
      assertThat(InputRules.storedDate("Agreement AGR-1", "termEndDate", "2026-02-28")).isEqualTo(LocalDate.of(2026, 2, 28));
    }

    @Test
    void aDateBrokenByHandIsATechnicalErrorTellingTheAdministratorWhatToCorrect() {
      assertThatThrownBy(() -> InputRules.storedDate("Agreement AGR-1", "termEndDate", "28/02/2026"))
          .isInstanceOf(IllegalStateException.class)
          .isNotInstanceOf(InvalidInputException.class)
          .hasMessage("Agreement AGR-1: variable termEndDate must be a date yyyy-MM-dd but is '28/02/2026'; "
              + "correct it in Cockpit, then retry the job")
          .hasCauseInstanceOf(RuntimeException.class);
    }

    @Test
    void aMissingOrNonTextValueIsReportedTheSameWay() {
      assertThatThrownBy(() -> InputRules.storedDate("Family FAM-1", "arrivalDate", null))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageStartingWith("Family FAM-1: variable arrivalDate must be a date yyyy-MM-dd but is 'null'");
      assertThatThrownBy(() -> InputRules.storedDate("Family FAM-1", "arrivalDate", 20250101))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageStartingWith("Family FAM-1: variable arrivalDate must be a date yyyy-MM-dd but is '20250101'");
    }
  }

  @Nested
  class ReadJson {

    @Test
    void readsJsonText() {
      JsonNode tree = InputRules.readJson("signatories", "[{\"organisation\":\"gva\"}]", "must be JSON");

      assertThat(tree.isArray()).isTrue();
      assertThat(tree.get(0).get("organisation").asText()).isEqualTo("gva");
    }

    @Test
    void readsAJsonVariablesValueThroughItsText() {
      Object jsonValue = new Object() {
        @Override
        public String toString() {
          return "{\"a\": 1}";
        }
      };

      assertThat(InputRules.readJson("x", jsonValue, "must be JSON").get("a").asInt()).isEqualTo(1);
    }

    @Test
    void whatIsNotJsonBreaksTheCallersRule() {
      assertRefused(() -> InputRules.readJson("signatories", "[{organisation: gva}", "must be a JSON array"),
          "signatories", "must be a JSON array");
      assertRefused(() -> InputRules.readJson("signatories", "not json", "must be a JSON array"),
          "signatories", "must be a JSON array");
    }
  }

  @Nested
  class RequireBoolean {

    @Test
    void acceptsBooleans() {
      assertThat(InputRules.requireBoolean("extensionApproved", Boolean.TRUE)).isTrue();
      assertThat(InputRules.requireBoolean("extensionApproved", Boolean.FALSE)).isFalse();
    }

    @Test
    void acceptsTheTextsFormRadioButtonsSubmit() {
      assertThat(InputRules.requireBoolean("extensionApproved", "true")).isTrue();
      assertThat(InputRules.requireBoolean("extensionApproved", "false")).isFalse();
    }

    @Test
    void refusesAnythingElse() {
      for (Object value : new Object[] {"TRUE", "yes", "1", "", 1, 0}) {
        assertRefused(() -> InputRules.requireBoolean("extensionApproved", value), "extensionApproved",
            "must be true or false");
      }
    }

    @Test
    void refusesAMissingAnswer() {
      assertRefused(() -> InputRules.requireBoolean("extensionApproved", null), "extensionApproved", "is required");
    }
  }

  @Nested
  class RequireInteger {

    private int priority(Object value) {
      return InputRules.requireInteger(FakeVariableScope.of("strategyPriority", value), "strategyPriority", 1, 5);
    }

    @Test
    void acceptsBothBoundsAndEveryIntegerType() {
      assertThat(priority(1)).isEqualTo(1);
      assertThat(priority(5)).isEqualTo(5);
      assertThat(priority(3L)).isEqualTo(3);
      assertThat(priority((short) 4)).isEqualTo(4);
    }

    @Test
    void refusesJustOutsideTheBounds() {
      assertRefused(() -> priority(0), "strategyPriority", "must be between 1 and 5");
      assertRefused(() -> priority(6), "strategyPriority", "must be between 1 and 5");
      assertRefused(() -> priority(-1), "strategyPriority", "must be between 1 and 5");
    }

    @Test
    void aLongBeyondTheIntRangeIsOutOfBoundsNotWrappedAround() {
      assertRefused(() -> priority(4_294_967_299L), "strategyPriority", "must be between 1 and 5");
      assertRefused(() -> priority(Long.MIN_VALUE), "strategyPriority", "must be between 1 and 5");
    }

    @Test
    void refusesTextsAndFractions() {
      for (Object value : new Object[] {"3", 3.0, 3.5f, new BigDecimal("3")}) {
        assertRefused(() -> priority(value), "strategyPriority", "must be a whole number");
      }
    }

    @Test
    void refusesAMissingNumber() {
      assertRefused(() -> priority(null), "strategyPriority", "is required");
    }
  }

  @Nested
  class RequireOneOf {

    @Test
    void acceptsAConstantsNameStripped() {
      assertThat(InputRules.requireOneOf("colour", "GREEN", Colour.class)).isEqualTo(Colour.GREEN);
      assertThat(InputRules.requireOneOf("colour", " RED ", Colour.class)).isEqualTo(Colour.RED);
    }

    @Test
    void refusesOtherTextsListingTheChoices() {
      for (String value : new String[] {"red", "BLUE", "RED,GREEN"}) {
        assertRefused(() -> InputRules.requireOneOf("colour", value, Colour.class), "colour", "must be one of [RED, GREEN]");
      }
    }

    @Test
    void refusesMissingBlankOrOverlongValuesAsText() {
      assertRefused(() -> InputRules.requireOneOf("colour", null, Colour.class), "colour", "is required");
      assertRefused(() -> InputRules.requireOneOf("colour", " ", Colour.class), "colour", "must not be blank");
      assertRefused(() -> InputRules.requireOneOf("colour", 1, Colour.class), "colour", "must be text");
      assertRefused(() -> InputRules.requireOneOf("colour", "R".repeat(65), Colour.class), "colour",
          "must be at most 64 characters");
    }
  }

  @Nested
  class Abbreviate {

    @Test
    void keepsUpToFortyCharacters() {
      assertThat(InputRules.abbreviate("")).isEmpty();
      assertThat(InputRules.abbreviate("a".repeat(40))).isEqualTo("a".repeat(40));
    }

    @Test
    void cutsLongerTextsAtFortyWithAnEllipsis() {
      assertThat(InputRules.abbreviate("a".repeat(40) + "b")).isEqualTo("a".repeat(40) + "…");
      assertThat(InputRules.abbreviate("z".repeat(5000))).hasSize(41).endsWith("…");
    }
  }
}
