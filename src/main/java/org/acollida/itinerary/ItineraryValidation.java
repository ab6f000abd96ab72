package org.acollida.itinerary;

import static org.acollida.itinerary.ItineraryTasks.*;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.acollida.common.InputRules;
import org.acollida.common.InvalidInputException;
import org.acollida.common.SystemAccess;
import org.acollida.contract.DocumentKind;
import org.acollida.contract.ProgrammeCalendar;
import org.acollida.contract.RequestContract;
import org.acollida.organisation.Organisation;
import org.acollida.organisation.OrganisationRegistry;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.springframework.stereotype.Component;

/**
 * Every rule on what people and clients send to the itinerary process: the registration and each
 * task's completion. Called by the registration listener and each task's record listener, inside the
 * engine's transaction, so a refusal changes nothing.
 */
@Component
public class ItineraryValidation {

  static final int MAX_MEMBERS = 30;

  private final OrganisationRegistry registry;
  private final AgreementLookup agreements;
  private final FamilyLookup families;

  public ItineraryValidation(OrganisationRegistry registry, AgreementLookup agreements, FamilyLookup families) {
    this.registry = registry;
    this.agreements = agreements;
    this.families = families;
  }

  /** What a valid registration holds. */
  public record Registration(String familyCode, String agreementCode, String sponsorOrganisation,
      String municipality, int members, int minors, LocalDate arrivalDate) {}

  /** Registration: everything but the uniqueness of the family code, which the claim decides. */
  public Registration validateRegistration(VariableScope scope) {
    String familyCode = InputRules.requireCode(scope, ItineraryVariables.FAMILY_CODE);
    String agreementCode = InputRules.requireCode(scope, ItineraryVariables.AGREEMENT_CODE);
    String sponsor = requireSponsor(ItineraryVariables.SPONSOR_ORGANISATION,
        scope.getVariable(ItineraryVariables.SPONSOR_ORGANISATION));
    String municipality = InputRules.requireText(scope, ItineraryVariables.MUNICIPALITY, 100);
    int members = requireCount(ItineraryVariables.MEMBERS, scope.getVariable(ItineraryVariables.MEMBERS), 1, MAX_MEMBERS);
    int minors = requireCount(ItineraryVariables.MINORS, scope.getVariable(ItineraryVariables.MINORS), 0, members);
    LocalDate arrivalDate = InputRules.requireDate(scope, ItineraryVariables.ARRIVAL_DATE);

    AgreementLookup.Agreement agreement = agreements.find(agreementCode).orElseThrow(() -> new InvalidInputException(
        ItineraryVariables.AGREEMENT_CODE, "no open sponsorship agreement has the code '" + agreementCode + "'"));
    if (!agreement.inForce()) {
      throw new InvalidInputException(ItineraryVariables.AGREEMENT_CODE, "agreement '" + agreementCode + "' is "
          + agreement.status() + "; families can only be registered under an agreement in force");
    }
    requireSignatory(ItineraryVariables.SPONSOR_ORGANISATION, sponsor, agreement);
    return new Registration(familyCode, agreementCode, sponsor, municipality, members, minors, arrivalDate);
  }

  // Task completions: what each task's form requires, checked on the server too. Each is called by its
  // task's record listener (bpmn/Record*), with the task's execution as scope.

  /** PrepareReception: the home, ready by the family's arrival. */
  public void reception(VariableScope scope, ItineraryVariables itinerary) {
    InputRules.requireOneOf(HOUSING_TYPE, scope.getVariable(HOUSING_TYPE), HousingType.class);
    LocalDate ready = InputRules.requireDate(scope, HOUSING_READY_DATE);
    if (ready.isAfter(itinerary.arrivalDate())) {
      throw new InvalidInputException(HOUSING_READY_DATE,
          "the home must be ready on or before the family's arrival (" + itinerary.arrivalDate() + ")");
    }
  }

  /**
   * PrepareReception, too: the family's consent to the processing of its data is among the case's documents
   * (docs/documents.md). It is not a form field, as Tasklist's forms have no file field: it is added in the task's
   * Documents tab (or {@code POST /api/documents}), and read here through the engine, as an attachment of the
   * instance whose type is its kind.
   */
  public void requireFamilyConsent(DelegateExecution execution) {
    String consent = DocumentKind.FAMILY_CONSENT.key();
    boolean present = SystemAccess.asSystem(() -> execution.getProcessEngineServices().getTaskService()
        .getProcessInstanceAttachments(execution.getProcessInstanceId())).stream()
        .anyMatch(attachment -> consent.equals(attachment.getType()));
    if (!present) {
      throw new InvalidInputException(consent, "is required before the reception is complete: add the family's "
          + "signed consent to the processing of its data (PDF, PNG or JPEG, at most 5 MB) in the task's Documents tab");
    }
  }

  /** The arrival formalities: the reception phase ends with the last of them. */
  private static final String[] ARRIVAL_FORMALITIES = {REGISTER_IN_MUNICIPALITY, OBTAIN_HEALTH_CARD, OPEN_BANK_ACCOUNT,
      ENROL_CHILDREN_IN_SCHOOL};

  /**
   * An arrival formality's completion: when it is the last one open, it ends the reception phase, which cannot end
   * without the family's consent. A family registered after it arrived has had no reception task to ask for it.
   */
  public void requireFamilyConsentIfLastFormality(DelegateTask task) {
    // the task being completed is still open while its complete listeners run
    long open = SystemAccess.asSystem(() -> task.getProcessEngineServices().getTaskService().createTaskQuery()
        .processInstanceId(task.getProcessInstanceId()).taskDefinitionKeyIn(ARRIVAL_FORMALITIES).count());
    if (open <= 1) {
      requireFamilyConsent(task.getExecution());
    }
  }

  /** The arrival formalities whose form holds only the day they were done, and that day's field. */
  private static final Map<String, String> FORMALITY_DONE_ON = Map.of(
      REGISTER_IN_MUNICIPALITY, REGISTERED_ON, OBTAIN_HEALTH_CARD, HEALTH_CARDS_OBTAINED_ON,
      OPEN_BANK_ACCOUNT, ACCOUNT_OPENED_ON);

  /** RegisterInMunicipality, ObtainHealthCard, OpenBankAccount: the day the formality was done. */
  public LocalDate formality(VariableScope scope, String taskKey) {
    return requireDoneOn(scope, FORMALITY_DONE_ON.get(taskKey));
  }

  /**
   * EnrolChildrenInSchool: the minors' years of birth, and when and how many were enrolled. A family whose minors are
   * all under school age completes it truthfully with none enrolled; with a child of school age, at least one is.
   */
  public void schoolEnrolment(VariableScope scope, ItineraryVariables itinerary) {
    LocalDate today = ProgrammeCalendar.today();
    List<Integer> birthYears = SchoolAge.parseBirthYears(ItineraryVariables.MINORS_BIRTH_YEARS,
        scope.getVariable(ItineraryVariables.MINORS_BIRTH_YEARS), itinerary.minors(), today);
    int ofSchoolAge = SchoolAge.countOfSchoolAge(birthYears, today);
    int enrolled = requireCount(CHILDREN_ENROLLED, scope.getVariable(CHILDREN_ENROLLED), ofSchoolAge > 0 ? 1 : 0,
        itinerary.minors());
    if (enrolled > 0) {
      requireDoneOn(scope, ENROLLED_ON);
    }
    normalise(scope, CHILDREN_ENROLLED, enrolled);
    itinerary.setMinorsBirthYears(birthYears, ofSchoolAge);
  }

  /** AgreeItineraryPlan: the areas, the goals, agreed with the family. */
  public List<ItineraryArea> plan(VariableScope scope) {
    List<ItineraryArea> areas = parseAreas(scope.getVariable(ItineraryVariables.ITINERARY_AREAS));
    InputRules.requireText(scope, PLAN_GOALS, InputRules.MAX_TEXT);
    requireDoneOn(scope, AGREED_WITH_FAMILY_ON);
    if (!InputRules.requireBoolean(FAMILY_TOOK_PART, scope.getVariable(FAMILY_TOOK_PART))) {
      throw new InvalidInputException(FAMILY_TOOK_PART, "the plan must be agreed with the family");
    }
    return areas;
  }

  /** WorkOnArea: goals, actions and outcome of one area. */
  public AreaOutcome areaWork(VariableScope scope) {
    InputRules.requireText(scope, AREA_GOALS, InputRules.MAX_TEXT);
    InputRules.requireText(scope, AREA_ACTIONS, InputRules.MAX_TEXT);
    return InputRules.requireOneOf(AREA_OUTCOME, scope.getVariable(AREA_OUTCOME), AreaOutcome.class);
  }

  /** RecordFollowUp: when, what, and whether the sponsorship is breaking down (then described). */
  public LocalDate followUp(VariableScope scope) {
    LocalDate on = requireDoneOn(scope, FOLLOW_UP_DATE);
    InputRules.requireText(scope, FOLLOW_UP_NOTES, InputRules.MAX_TEXT);
    boolean breakingDown = InputRules.requireBoolean(SPONSORSHIP_BREAKING_DOWN,
        scope.getVariable(SPONSORSHIP_BREAKING_DOWN));
    normalise(scope, SPONSORSHIP_BREAKING_DOWN, breakingDown);
    if (breakingDown) {
      InputRules.requireText(scope, ItineraryVariables.BREAKDOWN_DESCRIPTION, InputRules.MAX_TEXT);
    }
    return on;
  }

  /** AssessAutonomy: the decision's inputs. */
  public void autonomyAssessment(VariableScope scope, ItineraryVariables itinerary) {
    InputRules.requireOneOf(ItineraryVariables.LANGUAGE_LEVEL,
        scope.getVariable(ItineraryVariables.LANGUAGE_LEVEL), LanguageLevel.class);
    InputRules.requireOneOf(ItineraryVariables.INCOME_SOURCE,
        scope.getVariable(ItineraryVariables.INCOME_SOURCE), IncomeSource.class);
    InputRules.requireOneOf(ItineraryVariables.HOUSING_SITUATION,
        scope.getVariable(ItineraryVariables.HOUSING_SITUATION), HousingSituation.class);
    // without a child of school age there is no schooling to hold the family back (infants only, or no minors)
    boolean childrenInSchool = !hasChildOfSchoolAge(itinerary) || InputRules.requireBoolean(
        ItineraryVariables.CHILDREN_IN_SCHOOL, scope.getVariable(ItineraryVariables.CHILDREN_IN_SCHOOL));
    scope.setVariable(ItineraryVariables.CHILDREN_IN_SCHOOL, childrenInSchool);
  }

  /** Today, from the years of birth when recorded (children grow into school age); otherwise any minor counts. */
  private static boolean hasChildOfSchoolAge(ItineraryVariables itinerary) {
    return itinerary.minorsBirthYears()
        .map(years -> SchoolAge.countOfSchoolAge(years, ProgrammeCalendar.today()) > 0)
        .orElse(itinerary.minors() > 0);
  }

  /** MediateBreakdown: the outcome, and for a hand-over a sponsor of the same agreement still in force. */
  public void mediation(VariableScope scope, ItineraryVariables itinerary) {
    MediationOutcome outcome = InputRules.requireOneOf(MEDIATION_OUTCOME, scope.getVariable(MEDIATION_OUTCOME),
        MediationOutcome.class);
    InputRules.requireText(scope, MEDIATION_NOTES, InputRules.MAX_TEXT);
    if (outcome == MediationOutcome.HAND_OVER) {
      String newSponsor = requireSponsor(NEW_SPONSOR_ORGANISATION, scope.getVariable(NEW_SPONSOR_ORGANISATION));
      if (newSponsor.equals(itinerary.sponsorOrganisation())) {
        throw new InvalidInputException(NEW_SPONSOR_ORGANISATION, "must be another sponsor than the current one");
      }
      AgreementLookup.Agreement agreement = agreements.find(itinerary.agreementCode())
          .filter(AgreementLookup.Agreement::inForce)
          .orElseThrow(() -> new InvalidInputException(MEDIATION_OUTCOME,
              "the family cannot be handed over: its agreement is no longer in force"));
      requireSignatory(NEW_SPONSOR_ORGANISATION, newSponsor, agreement);
      Object municipality = scope.getVariable(NEW_MUNICIPALITY);
      if (municipality != null && !(municipality instanceof String s && s.isBlank())) {
        InputRules.requireText(NEW_MUNICIPALITY, municipality, 100);
      }
    }
  }

  /**
   * CloseItinerary: the coordinator's summary and decision. A closure sent back needs a reason; one whose agreement
   * ended cannot be sent back, since there is no agreement left for the itinerary to go on under.
   */
  public ClosureDecision closureApproval(VariableScope scope) {
    InputRules.requireText(scope, CLOSURE_SUMMARY, InputRules.MAX_TEXT);
    ClosureDecision decision = InputRules.requireOneOf(CLOSURE_DECISION, scope.getVariable(CLOSURE_DECISION),
        ClosureDecision.class);
    if (decision == ClosureDecision.SEND_BACK) {
      InputRules.requireText(scope, SEND_BACK_REASON, InputRules.MAX_TEXT);
      if (ClosureReason.AGREEMENT_ENDED.name().equals(scope.getVariable(ItineraryVariables.CLOSURE_REASON))) {
        throw new InvalidInputException(CLOSURE_DECISION,
            "the family's agreement has ended: its itinerary cannot go on, approve the closure");
      }
    }
    return decision;
  }

  /** AcceptHandOver (hand-over-acceptance): the receiving sponsor's answer; a refusal needs its reason. */
  public boolean handOverAnswer(VariableScope scope) {
    HandOverDecision decision = InputRules.requireOneOf(HAND_OVER_DECISION, scope.getVariable(HAND_OVER_DECISION),
        HandOverDecision.class);
    if (decision == HandOverDecision.REFUSE) {
      InputRules.requireText(scope, HAND_OVER_REFUSAL_REASON, InputRules.MAX_TEXT);
    }
    return decision == HandOverDecision.ACCEPT;
  }

  // Requests on a family's itinerary (report-sponsorship-breakdown, record-family-departure): checked by their start
  // listeners, in the transaction that creates the request, before anything is sent to the itinerary.

  /** report-sponsorship-breakdown: an itinerary the requester may report on, and what is happening. */
  public FamilyLookup.OpenItinerary breakdownRequest(VariableScope scope) {
    FamilyLookup.OpenItinerary itinerary = requestedItinerary(scope);
    InputRules.requireText(scope, RequestContract.DESCRIPTION, InputRules.MAX_TEXT);
    return itinerary;
  }

  /** record-family-departure: an itinerary the requester may close, the day the family left and why. */
  public FamilyLookup.OpenItinerary departureRequest(VariableScope scope) {
    FamilyLookup.OpenItinerary itinerary = requestedItinerary(scope);
    LocalDate left = requireDoneOn(scope, RequestContract.DEPARTURE_DATE);
    if (left.isBefore(itinerary.arrivalDate())) {
      throw new InvalidInputException(RequestContract.DEPARTURE_DATE,
          "must not be before the family's arrival (" + itinerary.arrivalDate() + ")");
    }
    InputRules.requireText(scope, RequestContract.REASON, InputRules.MAX_TEXT);
    return itinerary;
  }

  /**
   * The open itinerary a request names, if the signed-in user may act on it: a member of the family's sponsor or of
   * the regional government (or an administrator). Without a signed-in user (the application itself) there is no one
   * to check. Another sponsor's family is forbidden (403), an unknown or closing one is refused on the field (400).
   */
  private FamilyLookup.OpenItinerary requestedItinerary(VariableScope scope) {
    String code = InputRules.requireCode(scope, RequestContract.FAMILY_CODE);
    FamilyLookup.OpenItinerary itinerary = families.find(code).orElseThrow(() -> new InvalidInputException(
        RequestContract.FAMILY_CODE, "no open itinerary has the family code '" + code + "'"));
    CommandContext command = Context.getCommandContext();
    String user = command == null ? null : command.getAuthenticatedUserId();
    if (user != null) {
      List<String> groups = command.getAuthenticatedGroupIds() == null ? List.of() : command.getAuthenticatedGroupIds();
      if (!groups.contains(itinerary.sponsorOrganisation()) && !groups.contains(OrganisationRegistry.GOVERNMENT_ID)
          && !groups.contains(Groups.CAMUNDA_ADMIN)) {
        throw new AuthorizationException("User '" + user + "' may not make requests on family " + code
            + ": only its sponsor and the regional government may");
      }
    }
    if (!itinerary.active()) {
      throw new InvalidInputException(RequestContract.FAMILY_CODE, "the itinerary of family '" + code
          + "' is closing (its closure waits for the coordinator's approval): nothing more can be requested on it");
    }
    return itinerary;
  }

  /** The plan's areas: a non-empty list of known areas, each once, as a Json array, JSON text or a collection. */
  public List<ItineraryArea> parseAreas(Object raw) {
    String field = ItineraryVariables.ITINERARY_AREAS;
    if (raw == null) {
      throw new InvalidInputException(field, "is required: choose at least one area");
    }
    List<String> names;
    if (raw instanceof Collection<?> collection) {
      names = collection.stream().map(String::valueOf).toList();
    } else {
      JsonNode root = InputRules.readJson(field, raw, "must be a JSON array of areas");
      if (root == null || !root.isArray()) {
        throw new InvalidInputException(field, "must be a JSON array of areas");
      }
      names = new java.util.ArrayList<>();
      for (JsonNode node : root) {
        if (!node.isTextual()) {
          throw new InvalidInputException(field, "must list area names such as LANGUAGE");
        }
        names.add(node.asText());
      }
    }
    if (names.isEmpty()) {
      throw new InvalidInputException(field, "choose at least one area");
    }
    Set<ItineraryArea> areas = EnumSet.noneOf(ItineraryArea.class);
    for (String name : names) {
      ItineraryArea area;
      try {
        area = ItineraryArea.valueOf(name);
      } catch (IllegalArgumentException e) {
        throw new InvalidInputException(field, "unknown area '" + InputRules.abbreviate(name) + "'; areas: "
            + Arrays.toString(ItineraryArea.values()));
      }
      if (!areas.add(area)) {
        throw new InvalidInputException(field, "area " + name + " is listed more than once");
      }
    }
    return List.copyOf(areas);
  }

  private String requireSponsor(String field, Object value) {
    String id = InputRules.requireText(field, value, 64);
    return registry.find(id).filter(Organisation::isSponsor).map(Organisation::id)
        .orElseThrow(() -> new InvalidInputException(field, "must be a sponsor organisation; sponsors: "
            + registry.sponsors().stream().map(Organisation::id).toList()));
  }

  private static void requireSignatory(String field, String sponsor, AgreementLookup.Agreement agreement) {
    if (!agreement.sponsors().contains(sponsor)) {
      throw new InvalidInputException(field, "'" + sponsor + "' is not a sponsor signatory of agreement "
          + agreement.code() + "; its sponsors: " + agreement.sponsors());
    }
  }

  /** A whole number in range; forms may send whole numbers as decimals (4.0). */
  static int requireCount(String field, Object value, int min, int max) {
    if (value == null) {
      throw new InvalidInputException(field, "is required");
    }
    if (!(value instanceof Number number) || number.doubleValue() != Math.rint(number.doubleValue())) {
      throw new InvalidInputException(field, "must be a whole number");
    }
    double n = number.doubleValue();
    if (n < min || n > max) {
      throw new InvalidInputException(field, "must be between " + min + " and " + max);
    }
    return (int) n;
  }

  /** A date on which something was done: well formed and not in the future. */
  private static LocalDate requireDoneOn(VariableScope scope, String field) {
    LocalDate date = InputRules.requireDate(scope, field);
    if (date.isAfter(ProgrammeCalendar.today())) {
      throw new InvalidInputException(field, "must not be in the future");
    }
    return date;
  }

  /** Stores the checked value with its proper type where the form put it (a radio sends "true" as text). */
  private static void normalise(VariableScope scope, String field, Object value) {
    if (scope.hasVariableLocal(field)) {
      scope.setVariableLocal(field, value);
    } else {
      scope.setVariable(field, value);
    }
  }
}
