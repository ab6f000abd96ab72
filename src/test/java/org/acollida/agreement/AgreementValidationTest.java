package org.acollida.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Date;
import org.acollida.common.InvalidInputException;
import org.acollida.organisation.Organisation;
import org.acollida.organisation.OrganisationRegistry;
import org.acollida.support.FakeVariableScope;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What an agreement's registration must hold: a case code, a start date whose two-year term is still running
 * (by the Madrid calendar), and signatories from organisations.json including the regional government and a sponsor.
 * The task-completion checks are not covered here.
 */
class AgreementValidationTest {

  private static final String CODE_RULE =
      "must be 1 to 64 letters, digits, '-', '_' or '.', starting with a letter or digit";
  private static final String SHAPE = "must be a JSON array of {\"organisation\", \"budgetEur\"}";
  private static final String TERM_ENDED =
      "the two-year term from this date has already ended; only agreements still in force can be registered";
  private static final String SIGNED = "[{\"organisation\":\"gva\",\"budgetEur\":0},"
      + "{\"organisation\":\"sjm\",\"budgetEur\":125000.50}]";

  private static OrganisationRegistry registry;
  private AgreementValidation validation;

  @BeforeAll
  static void readOrganisations() throws IOException {
    registry = new OrganisationRegistry();
  }

  @BeforeEach
  void setUp() {
    validation = new AgreementValidation(registry);
    todayIs("2025-06-15");
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  private static void todayIs(String isoDate) {
    engineClockAt(isoDate + "T10:00:00Z");
  }

  private static void engineClockAt(String isoInstant) {
    ClockUtil.setCurrentTime(Date.from(Instant.parse(isoInstant)));
  }

  private static VariableScope registration(String code, String startDate, Object signatories) {
    return FakeVariableScope.of("agreementCode", code, "startDate", startDate, "signatories", signatories);
  }

  private AgreementValidation.Registration register(String code, String startDate, Object signatories) {
    return validation.validateRegistration(registration(code, startDate, signatories));
  }

  private static void assertRefused(ThrowingCallable call, String field, String rule) {
    InvalidInputException refused = catchThrowableOfType(InvalidInputException.class, call);
    assertThat(refused).as("expected %s to be refused", field).isNotNull();
    assertThat(refused.field()).isEqualTo(field);
    assertThat(refused.rule()).isEqualTo(rule);
  }

  private void assertRegistrationRefused(String code, String startDate, Object signatories, String field, String rule) {
    assertRefused(() -> register(code, startDate, signatories), field, rule);
  }

  /** The ids organisations.json lists, in its order, as the refusal quotes them. */
  private static String knownIds() {
    return registry.all().stream().map(Organisation::id).toList().toString();
  }

  private static String signatories(String... organisations) {
    StringBuilder json = new StringBuilder("[");
    for (String organisation : organisations) {
      json.append(json.length() > 1 ? "," : "").append("{\"organisation\":\"").append(organisation)
          .append("\",\"budgetEur\":1000}");
    }
    return json.append(']').toString();
  }

  // the registration as a whole

  @Test
  void aValidRegistrationIsReturnedParsed() {
    AgreementValidation.Registration registration = register("AGR-2025.01", "2025-01-01", SIGNED);

    assertThat(registration.agreementCode()).isEqualTo("AGR-2025.01");
    assertThat(registration.startDate()).isEqualTo(LocalDate.of(2025, 1, 1));
    assertThat(registration.signatories()).extracting(Signatory::organisation).containsExactly("gva", "sjm");
    assertThat(registration.signatories().get(0).budgetEur()).isEqualByComparingTo("0");
    assertThat(registration.signatories().get(1).budgetEur()).isEqualByComparingTo("125000.50");
  }

  @Test
  void theSignatoriesMayComeAsAJsonVariablesValue() throws IOException {
    Object jsonValue = new ObjectMapper().readTree(SIGNED);

    assertThat(register("AGR-1", "2025-01-01", jsonValue).signatories()).hasSize(2);
  }

  @Test
  void anAgreementStartingInTheFutureCanBeRegistered() {
    assertThat(register("AGR-1", "2026-01-01", SIGNED).startDate()).isEqualTo(LocalDate.of(2026, 1, 1));
  }

  // the code

  @Test
  void theCodeIsRequired() {
    assertRegistrationRefused(null, "2025-01-01", SIGNED, "agreementCode", "is required");
  }

  @Test
  void aCodeOfSixtyFourCharactersIsAcceptedSixtyFiveRefused() {
    String longest = "A".repeat(64);
    assertThat(register(longest, "2025-01-01", SIGNED).agreementCode()).isEqualTo(longest);

    assertRegistrationRefused(longest + "A", "2025-01-01", SIGNED, "agreementCode", "must be at most 64 characters");
  }

  @Test
  void aCodeMustBeShapedLikeACode() {
    assertRegistrationRefused("AGR 1", "2025-01-01", SIGNED, "agreementCode", CODE_RULE);
    assertRegistrationRefused("-AGR", "2025-01-01", SIGNED, "agreementCode", CODE_RULE);
  }

  // the start date and the term

  @Test
  void theStartDateIsRequiredAndMustBeADate() {
    assertRegistrationRefused("AGR-1", null, SIGNED, "startDate", "is required");
    assertRegistrationRefused("AGR-1", "01/01/2025", SIGNED, "startDate", "must be a date written yyyy-MM-dd, got '01/01/2025'");
    assertRegistrationRefused("AGR-1", "2025-02-29", SIGNED, "startDate", "must be a date written yyyy-MM-dd, got '2025-02-29'");
  }

  @Test
  void anAgreementStartingTodayIsAccepted() {
    assertThat(register("AGR-1", "2025-06-15", SIGNED).startDate()).isEqualTo(LocalDate.of(2025, 6, 15));
  }

  @Test
  void anAgreementWhoseTermEndedYesterdayIsRefused() {
    assertRegistrationRefused("AGR-1", "2023-06-14", SIGNED, "startDate", TERM_ENDED);
  }

  @Test
  void anAgreementWhoseTermEndsTodayIsRefusedTheTermEndIsReachedAtTheStartOfTheDay() {
    assertRegistrationRefused("AGR-1", "2023-06-15", SIGNED, "startDate", TERM_ENDED);
  }

  @Test
  void anAgreementWhoseTermEndsTomorrowIsAccepted() {
    assertThat(register("AGR-1", "2023-06-16", SIGNED).startDate()).isEqualTo(LocalDate.of(2023, 6, 16));
  }

  @Test
  void theTermEndIsJudgedByTheMadridDay() {
    engineClockAt("2025-06-14T21:59:59Z"); // 23:59:59 on the 14th in Madrid: the term ending on the 15th still runs
    assertThat(register("AGR-1", "2023-06-15", SIGNED).startDate()).isEqualTo(LocalDate.of(2023, 6, 15));

    engineClockAt("2025-06-14T22:00:00Z"); // midnight in Madrid: the 15th has begun, though UTC is still on the 14th
    assertRegistrationRefused("AGR-1", "2023-06-15", SIGNED, "startDate", TERM_ENDED);
  }

  @Test
  void aTermStartingOnALeapDayEndsOnTheTwentyEighthOfFebruary() {
    todayIs("2026-02-27");
    assertThat(register("AGR-1", "2024-02-29", SIGNED).startDate()).isEqualTo(LocalDate.of(2024, 2, 29));

    todayIs("2026-02-28");
    assertRegistrationRefused("AGR-1", "2024-02-29", SIGNED, "startDate", TERM_ENDED);
  }

  @Test
  void theDateIsCheckedBeforeTheSignatories() {
    assertRegistrationRefused("AGR-1", "2020-01-01", null, "startDate", TERM_ENDED);
  }

  // the signatories' shape

  @Test
  void theSignatoriesAreRequired() {
    assertRegistrationRefused("AGR-1", "2025-01-01", null, "signatories", "is required");
  }

  @Test
  void theSignatoriesMustBeJson() {
    assertRegistrationRefused("AGR-1", "2025-01-01", "gva, sjm", "signatories", SHAPE);
  }

  @Test
  void theSignatoriesMustBeANonEmptyArray() {
    String rule = "must be a non-empty JSON array of {\"organisation\", \"budgetEur\"}";
    assertRegistrationRefused("AGR-1", "2025-01-01", "[]", "signatories", rule);
    assertRegistrationRefused("AGR-1", "2025-01-01", "{\"organisation\":\"gva\",\"budgetEur\":0}", "signatories", rule);
    assertRegistrationRefused("AGR-1", "2025-01-01", "\"gva\"", "signatories", rule);
  }

  @Test
  void atMostFiftySignatoriesAreRead() {
    String fifty = signatories(Collections.nCopies(50, "sjm").toArray(String[]::new));
    assertThat(validation.parseSignatories(fifty)).hasSize(50);

    String fiftyOne = signatories(Collections.nCopies(51, "sjm").toArray(String[]::new));
    assertRefused(() -> validation.parseSignatories(fiftyOne), "signatories", "must list at most 50 organisations");
  }

  @Test
  void eachEntryMustBeAnObjectNamedByItsPosition() {
    assertRefused(() -> validation.parseSignatories("[{\"organisation\":\"gva\",\"budgetEur\":0}, \"sjm\"]"),
        "signatories[1]", "must be an object {\"organisation\", \"budgetEur\"}");
  }

  @Test
  void eachEntryNeedsAnOrganisationId() {
    String rule = "is required and must be an organisation id";
    assertRefused(() -> validation.parseSignatories("[{\"budgetEur\":0}]"), "signatories[0].organisation", rule);
    assertRefused(() -> validation.parseSignatories("[{\"organisation\":\" \",\"budgetEur\":0}]"),
        "signatories[0].organisation", rule);
    assertRefused(() -> validation.parseSignatories("[{\"organisation\":7,\"budgetEur\":0}]"),
        "signatories[0].organisation", rule);
    assertRefused(() -> validation.parseSignatories("[{\"organisation\":null,\"budgetEur\":0}]"),
        "signatories[0].organisation", rule);
  }

  @Test
  void eachEntryNeedsABudgetInEurosAsANumber() {
    String rule = "is required and must be a number of euros";
    assertRefused(() -> validation.parseSignatories("[{\"organisation\":\"gva\"}]"), "signatories[0].budgetEur", rule);
    assertRefused(() -> validation.parseSignatories("[{\"organisation\":\"gva\",\"budgetEur\":\"1000\"}]"),
        "signatories[0].budgetEur", rule);
    assertRefused(() -> validation.parseSignatories("[{\"organisation\":\"gva\",\"budgetEur\":null}]"),
        "signatories[0].budgetEur", rule);
  }

  @Test
  void aBudgetRangesFromZeroToOneThousandMillionEuros() {
    assertThat(validation.parseSignatories("[{\"organisation\":\"gva\",\"budgetEur\":0}]").get(0).budgetEur())
        .isEqualByComparingTo(BigDecimal.ZERO);
    assertThat(validation.parseSignatories("[{\"organisation\":\"gva\",\"budgetEur\":1000000000}]").get(0).budgetEur())
        .isEqualByComparingTo("1000000000");
    assertThat(validation.parseSignatories("[{\"organisation\":\"gva\",\"budgetEur\":999999999.99}]").get(0).budgetEur())
        .isEqualByComparingTo("999999999.99");

    assertRefused(() -> validation.parseSignatories("[{\"organisation\":\"gva\",\"budgetEur\":-0.01}]"),
        "signatories[0].budgetEur", "must be 0 or more");
    assertRefused(() -> validation.parseSignatories("[{\"organisation\":\"gva\",\"budgetEur\":1000000000.01}]"),
        "signatories[0].budgetEur", "must be at most 1,000,000,000");
  }

  @Test
  void theFirstBrokenEntryIsTheOneNamed() {
    assertRefused(() -> validation.parseSignatories("[{\"organisation\":\"gva\",\"budgetEur\":1},"
        + "{\"organisation\":\"sjm\",\"budgetEur\":-1},{\"organisation\":\"\",\"budgetEur\":1}]"),
        "signatories[1].budgetEur", "must be 0 or more");
  }

  // the signatories' organisations

  @Test
  void everyOrganisationMustBeKnownAndTheKnownOnesAreListed() {
    assertRegistrationRefused("AGR-1", "2025-01-01", signatories("gva", "acme"), "signatories",
        "unknown organisation 'acme'; known: " + knownIds());
  }

  @Test
  void aLongUnknownOrganisationIsQuotedAbbreviated() {
    String id = "x".repeat(60);
    InvalidInputException refused = catchThrowableOfType(InvalidInputException.class,
        () -> register("AGR-1", "2025-01-01", signatories("gva", id)));

    assertThat(refused.field()).isEqualTo("signatories");
    assertThat(refused.rule()).startsWith("unknown organisation '" + "x".repeat(40) + "…'; known: [gva,");
  }

  @Test
  void anOrganisationMaySignOnlyOnce() {
    assertRegistrationRefused("AGR-1", "2025-01-01", signatories("gva", "sjm", "sjm"), "signatories",
        "organisation 'sjm' is listed more than once");
  }

  @Test
  void theRegionalGovernmentMustSign() {
    assertRegistrationRefused("AGR-1", "2025-01-01", signatories("sjm", "caritas-valencia"), "signatories",
        "must include the regional government (gva)");
  }

  @Test
  void atLeastOneSponsorMustSign() {
    assertRegistrationRefused("AGR-1", "2025-01-01", signatories("gva"), "signatories",
        "must include at least one sponsor organisation");
  }

  @Test
  void everySponsorInOrganisationsJsonCanSign() {
    assertThat(registry.sponsors()).extracting(Organisation::id).contains("sjm", "caritas-valencia");
    for (Organisation sponsor : registry.sponsors()) {
      assertThat(register("AGR-1", "2025-01-01", signatories(sponsor.id(), "gva")).signatories()).as(sponsor.id()).hasSize(2);
    }
  }

  @Test
  void organisationIdsAreCaseSensitive() {
    assertRegistrationRefused("AGR-1", "2025-01-01", signatories("GVA", "sjm"), "signatories",
        "unknown organisation 'GVA'; known: " + knownIds());
  }
}
