package org.acollida.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.acollida.common.InvalidInputException;
import org.acollida.contract.StakeholderCategory;
import org.acollida.support.FakeVariableScope;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.UserQuery;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What a consultation round's start must hold: a code, a topic, a priority from 1 to 5, stakeholders each with a
 * code-shaped id, a name, a category and a user the engine knows, and a contribution deadline after today (Madrid).
 * The task-completion checks are not covered here.
 */
class ConsultationValidationTest {

  private static final String CODE_RULE =
      "must be 1 to 64 letters, digits, '-', '_' or '.', starting with a letter or digit";
  private static final String SHAPE = "must be a JSON array of {\"id\", \"name\", \"category\", \"user\"}";
  private static final Set<String> KNOWN_USERS = Set.of("amina", "joan");

  private final List<String> usersLookedUp = new ArrayList<>();
  private ConsultationValidation validation;

  @BeforeEach
  void setUp() throws IOException {
    validation = new ConsultationValidation(identityKnowing(KNOWN_USERS), new org.acollida.strategy.StrategyRegistry(),
        new org.acollida.organisation.OrganisationRegistry(), new org.acollida.organisation.OpenCaseCodes(null));
    todayIs("2025-03-10");
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  /** An identity service whose user query, by id, counts the given users; nothing else of it is used. */
  private IdentityService identityKnowing(Set<String> users) {
    return proxy(IdentityService.class, (method, args) -> {
      if (!method.equals("createUserQuery")) {
        throw new UnsupportedOperationException("IdentityService." + method);
      }
      String[] userId = new String[1];
      UserQuery[] query = new UserQuery[1];
      query[0] = proxy(UserQuery.class, (queryMethod, queryArgs) -> switch (queryMethod) {
        case "userId" -> {
          userId[0] = (String) queryArgs[0];
          usersLookedUp.add(userId[0]);
          yield query[0];
        }
        case "count" -> users.contains(userId[0]) ? 1L : 0L;
        default -> throw new UnsupportedOperationException("UserQuery." + queryMethod);
      });
      return query[0];
    });
  }

  private interface Answer {
    Object answer(String method, Object[] args);
  }

  private static <T> T proxy(Class<T> type, Answer answer) {
    return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
        (self, method, args) -> answer.answer(method.getName(), args)));
  }

  private static void todayIs(String isoDate) {
    engineClockAt(isoDate + "T11:00:00Z");
  }

  private static void engineClockAt(String isoInstant) {
    ClockUtil.setCurrentTime(Date.from(Instant.parse(isoInstant)));
  }

  private static void assertRefused(ThrowingCallable call, String field, String rule) {
    InvalidInputException refused = catchThrowableOfType(InvalidInputException.class, call);
    assertThat(refused).as("expected %s to be refused", field).isNotNull();
    assertThat(refused.field()).isEqualTo(field);
    assertThat(refused.rule()).isEqualTo(rule);
  }

  private static String stakeholder(String id, String name, String category, String user) {
    return "{\"id\":\"" + id + "\",\"name\":\"" + name + "\",\"category\":\"" + category + "\",\"user\":\"" + user + "\"}";
  }

  private static final String STAKEHOLDERS = "[" + stakeholder("asoc-1", "Asociación Rumiñahui", "MIGRANT_ASSOCIATION", "amina")
      + "," + stakeholder("ngo-1", "Valencia Acoge", "NGO", "joan") + "]";

  /** A valid start, with {@code overrides} replacing (or, with null, removing) variables. */
  private static Map<String, Object> start(Object... overrides) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("consultationCode", "CR-2025-1");
    variables.put("topic", "  Access to housing  ");
    variables.put("strategyPriority", 3);
    variables.put("stakeholders", STAKEHOLDERS);
    variables.put("contributionDeadline", "2025-04-01");
    for (int i = 0; i < overrides.length; i += 2) {
      variables.put((String) overrides[i], overrides[i + 1]);
    }
    return variables;
  }

  private ConsultationValidation.Registration register(Object... overrides) {
    return validation.validateRegistration(FakeVariableScope.of(start(overrides)));
  }

  private void assertStartRefused(String field, String rule, Object... overrides) {
    assertRefused(() -> register(overrides), field, rule);
  }

  // the start as a whole

  @Test
  void aValidStartIsReturnedParsed() {
    ConsultationValidation.Registration registration = register();

    assertThat(registration.consultationCode()).isEqualTo("CR-2025-1");
    assertThat(registration.topic()).isEqualTo("Access to housing");
    assertThat(registration.strategyPriority()).isEqualTo(3);
    assertThat(registration.stakeholders()).containsExactly(
        new Stakeholder("asoc-1", "Asociación Rumiñahui", StakeholderCategory.MIGRANT_ASSOCIATION, "amina"),
        new Stakeholder("ngo-1", "Valencia Acoge", StakeholderCategory.NGO, "joan"));
    assertThat(registration.contributionDeadline()).isEqualTo(LocalDate.of(2025, 4, 1));
    assertThat(registration.previousConsultationCode()).isNull();
    assertThat(registration.carriedForwardPoints()).isEmpty();
    assertThat(usersLookedUp).containsExactly("amina", "joan");
  }

  @Test
  void theCodeIsRequiredAndCodeShaped() {
    assertStartRefused("consultationCode", "is required", "consultationCode", null);
    assertStartRefused("consultationCode", CODE_RULE, "consultationCode", "CR 2025");
    assertStartRefused("consultationCode", "must be at most 64 characters", "consultationCode", "C".repeat(65));
    assertThat(register("consultationCode", "C".repeat(64)).consultationCode()).hasSize(64);
  }

  @Test
  void theTopicIsRequiredAndAtMostFiveHundredCharacters() {
    assertStartRefused("topic", "is required", "topic", null);
    assertStartRefused("topic", "must not be blank", "topic", "   ");
    assertThat(register("topic", "t".repeat(500)).topic()).hasSize(500);
    assertStartRefused("topic", "must be at most 500 characters", "topic", "t".repeat(501));
  }

  @Test
  void thePriorityIsAWholeNumberFromOneToFive() {
    assertThat(register("strategyPriority", 1).strategyPriority()).isEqualTo(1);
    assertThat(register("strategyPriority", 5L).strategyPriority()).isEqualTo(5);
    assertThat(register("strategyPriority", "3").strategyPriority()).as("the select's option as text").isEqualTo(3);
    assertStartRefused("strategyPriority", "must be between 1 and 5", "strategyPriority", 0);
    assertStartRefused("strategyPriority", "must be between 1 and 5", "strategyPriority", 6);
    assertStartRefused("strategyPriority", "must be a whole number", "strategyPriority", "6");
    assertStartRefused("strategyPriority", "must be a whole number", "strategyPriority", "three");
    assertStartRefused("strategyPriority", "must be a whole number", "strategyPriority", 3.5);
    assertStartRefused("strategyPriority", "is required", "strategyPriority", null);
  }

  // the deadline

  @Test
  void theDeadlineMustBeAfterToday() {
    assertThat(register("contributionDeadline", "2025-03-11").contributionDeadline()).isEqualTo(LocalDate.of(2025, 3, 11));
    assertStartRefused("contributionDeadline", "must be a date after today (2025-03-10)", "contributionDeadline", "2025-03-10");
    assertStartRefused("contributionDeadline", "must be a date after today (2025-03-10)", "contributionDeadline", "2025-03-09");
  }

  @Test
  void theDeadlineIsRequiredAndMustBeADate() {
    assertStartRefused("contributionDeadline", "is required", "contributionDeadline", null);
    assertStartRefused("contributionDeadline", "must be a date written yyyy-MM-dd, got '2025-02-29'",
        "contributionDeadline", "2025-02-29");
  }

  @Test
  void todayIsTheMadridDay() {
    engineClockAt("2025-03-10T22:59:59Z"); // 23:59:59 on the 10th in Madrid
    assertThat(validation.futureDate(FakeVariableScope.of("d", "2025-03-11"), "d")).isEqualTo(LocalDate.of(2025, 3, 11));

    engineClockAt("2025-03-10T23:00:00Z"); // midnight in Madrid: the 11th has begun, though UTC is still on the 10th
    assertRefused(() -> validation.futureDate(FakeVariableScope.of("d", "2025-03-11"), "d"),
        "d", "must be a date after today (2025-03-11)");
  }

  @Test
  void aLeapDayDeadline() {
    todayIs("2028-02-28");
    assertThat(validation.futureDate(FakeVariableScope.of("d", "2028-02-29"), "d")).isEqualTo(LocalDate.of(2028, 2, 29));

    todayIs("2028-02-29");
    assertRefused(() -> validation.futureDate(FakeVariableScope.of("d", "2028-02-29"), "d"),
        "d", "must be a date after today (2028-02-29)");
  }

  // the previous round and its open points

  @Test
  void aPreviousRoundMustBeAnotherRoundsCode() {
    assertThat(register("previousConsultationCode", "CR-2024-3").previousConsultationCode()).isEqualTo("CR-2024-3");
    assertStartRefused("previousConsultationCode", "must be another round's code than this round's",
        "previousConsultationCode", "CR-2025-1");
    assertStartRefused("previousConsultationCode", CODE_RULE, "previousConsultationCode", "CR/2024");
  }

  @Test
  void carriedForwardPointsAreTexts() {
    assertThat(register("carriedForwardPoints", "[\" Rents \", \"Registration\"]").carriedForwardPoints())
        .containsExactly("Rents", "Registration");
    assertStartRefused("carriedForwardPoints[1]", "is required", "carriedForwardPoints", "[\"Rents\", 42]");
    assertStartRefused("carriedForwardPoints[0]", "must not be blank", "carriedForwardPoints", "[\" \"]");
    assertStartRefused("carriedForwardPoints", "must be a JSON array of at most 200 texts",
        "carriedForwardPoints", "{\"point\":\"Rents\"}");
    assertStartRefused("carriedForwardPoints", "must be a JSON array of texts", "carriedForwardPoints", "Rents, Registration");
  }

  // the stakeholders' shape

  @Test
  void theStakeholdersAreRequiredAsAJsonArray() {
    assertStartRefused("stakeholders", "is required", "stakeholders", null);
    assertStartRefused("stakeholders", SHAPE, "stakeholders", "amina, joan");
    assertStartRefused("stakeholders", SHAPE, "stakeholders", stakeholder("a", "A", "NGO", "amina"));
  }

  @Test
  void theStakeholdersMayComeAsAJsonVariablesValue() throws IOException {
    assertThat(validation.stakeholders(new ObjectMapper().readTree(STAKEHOLDERS))).hasSize(2);
  }

  @Test
  void atLeastOneAndAtMostTwoHundredStakeholders() {
    assertStartRefused("stakeholders", "must list at least one stakeholder", "stakeholders", "[]");

    assertThat(validation.stakeholders(manyStakeholders(200))).hasSize(200);
    assertRefused(() -> validation.stakeholders(manyStakeholders(201)), "stakeholders", "must list at most 200 stakeholders");
  }

  private static String manyStakeholders(int count) {
    String[] entries = new String[count];
    for (int i = 0; i < count; i++) {
      entries[i] = stakeholder("s-" + i, "Stakeholder " + i, "CITIZEN", "amina");
    }
    return Arrays.toString(entries);
  }

  @Test
  void eachEntryMustBeAnObjectNamedByItsPosition() {
    assertRefused(() -> validation.stakeholders("[" + stakeholder("a", "A", "NGO", "amina") + ", \"joan\"]"),
        "stakeholders[1]", "must be an object {\"id\", \"name\", \"category\", \"user\"}");
  }

  // each stakeholder's fields

  @Test
  void theIdIsRequiredAndCodeShapedAndAtMostSixtyFourCharacters() {
    assertRefused(() -> validation.stakeholders("[{\"name\":\"A\",\"category\":\"NGO\",\"user\":\"amina\"}]"),
        "stakeholders[0].id", "is required");
    assertRefused(() -> validation.stakeholders("[{\"id\":null,\"name\":\"A\",\"category\":\"NGO\",\"user\":\"amina\"}]"),
        "stakeholders[0].id", "is required");
    assertRefused(() -> validation.stakeholders("[{\"id\":42,\"name\":\"A\",\"category\":\"NGO\",\"user\":\"amina\"}]"),
        "stakeholders[0].id", "must be text");
    assertRefused(() -> validation.stakeholders("[" + stakeholder("ngo 1", "A", "NGO", "amina") + "]"),
        "stakeholders[0].id", CODE_RULE);
    assertThat(validation.stakeholders("[" + stakeholder("i".repeat(64), "A", "NGO", "amina") + "]")).hasSize(1);
    assertRefused(() -> validation.stakeholders("[" + stakeholder("i".repeat(65), "A", "NGO", "amina") + "]"),
        "stakeholders[0].id", "must be at most 64 characters");
  }

  @Test
  void eachIdOnlyOnce() {
    assertRefused(() -> validation.stakeholders("[" + stakeholder("ngo-1", "A", "NGO", "amina") + ","
            + stakeholder("ngo-1", "B", "NGO", "joan") + "]"),
        "stakeholders[1].id", "stakeholder id 'ngo-1' is listed more than once");
  }

  @Test
  void theNameIsRequiredAndAtMostTwoHundredCharacters() {
    assertRefused(() -> validation.stakeholders("[{\"id\":\"a\",\"category\":\"NGO\",\"user\":\"amina\"}]"),
        "stakeholders[0].name", "is required");
    assertRefused(() -> validation.stakeholders("[" + stakeholder("a", " ", "NGO", "amina") + "]"),
        "stakeholders[0].name", "must not be blank");
    assertThat(validation.stakeholders("[" + stakeholder("a", "n".repeat(200), "NGO", "amina") + "]")).hasSize(1);
    assertRefused(() -> validation.stakeholders("[" + stakeholder("a", "n".repeat(201), "NGO", "amina") + "]"),
        "stakeholders[0].name", "must be at most 200 characters");
  }

  @Test
  void theCategoryIsOneOfTheContractsCategories() {
    String rule = "must be one of " + Arrays.toString(StakeholderCategory.values());
    assertThat(rule).isEqualTo("must be one of [MIGRANT_ASSOCIATION, NGO, PUBLIC_ADMINISTRATION, "
        + "INTERNATIONAL_ORGANISATION, CITIZEN, OTHER]");

    for (StakeholderCategory category : StakeholderCategory.values()) {
      assertThat(validation.stakeholders("[" + stakeholder("a", "A", category.name(), "amina") + "]").get(0).category())
          .isEqualTo(category);
    }
    assertRefused(() -> validation.stakeholders("[" + stakeholder("a", "A", "ngo", "amina") + "]"),
        "stakeholders[0].category", rule);
    assertRefused(() -> validation.stakeholders("[" + stakeholder("a", "A", "Migrant associations", "amina") + "]"),
        "stakeholders[0].category", rule);
    assertRefused(() -> validation.stakeholders("[{\"id\":\"a\",\"name\":\"A\",\"user\":\"amina\"}]"),
        "stakeholders[0].category", "is required");
    assertRefused(() -> validation.stakeholders("[{\"id\":\"a\",\"name\":\"A\",\"category\":1,\"user\":\"amina\"}]"),
        "stakeholders[0].category", "is required");
  }

  @Test
  void theUserMustBeKnownToTheEngine() {
    assertRefused(() -> validation.stakeholders("[" + stakeholder("a", "A", "NGO", "amina") + ","
            + stakeholder("b", "B", "NGO", "ghost") + "]"),
        "stakeholders[1].user", "unknown user 'ghost'");
    assertThat(usersLookedUp).containsExactly("amina", "ghost");
  }

  @Test
  void theUserIsRequiredAndLookedUpStripped() {
    assertRefused(() -> validation.stakeholders("[{\"id\":\"a\",\"name\":\"A\",\"category\":\"NGO\"}]"),
        "stakeholders[0].user", "is required");
    assertThat(validation.stakeholders("[" + stakeholder("a", "A", "NGO", " joan ") + "]").get(0).user()).isEqualTo("joan");
    assertThat(usersLookedUp).containsExactly("joan");
  }

  @Test
  void anUnknownUserIsQuotedAbbreviated() {
    assertRefused(() -> validation.stakeholders("[" + stakeholder("a", "A", "NGO", "u".repeat(64)) + "]"),
        "stakeholders[0].user", "unknown user '" + "u".repeat(40) + "…'");
  }

  @Test
  void theFieldsAreCheckedInOrderIdNameCategoryUserSoTheUserIsNotLookedUpForABrokenEntry() {
    assertRefused(() -> validation.stakeholders("[" + stakeholder("a", "A", "NOPE", "amina") + "]"),
        "stakeholders[0].category", "must be one of " + Arrays.toString(StakeholderCategory.values()));
    assertThat(usersLookedUp).isEmpty();
  }
}
