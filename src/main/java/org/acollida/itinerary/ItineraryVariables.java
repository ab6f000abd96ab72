package org.acollida.itinerary;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.acollida.common.InputRules;
import org.acollida.contract.ItineraryContract;
import org.acollida.contract.ItineraryStatus;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.spin.plugin.variable.SpinValues;

/**
 * The itinerary process's variables: every name in one place, read and written with their types.
 * The first block is the contract; the rest is the itinerary's own readable state.
 */
public final class ItineraryVariables {

  public static final String FAMILY_CODE = ItineraryContract.FAMILY_CODE;
  public static final String AGREEMENT_CODE = ItineraryContract.AGREEMENT_CODE;
  public static final String SPONSOR_ORGANISATION = ItineraryContract.SPONSOR_ORGANISATION;
  public static final String MUNICIPALITY = ItineraryContract.MUNICIPALITY;
  public static final String MEMBERS = ItineraryContract.MEMBERS;
  public static final String MINORS = ItineraryContract.MINORS;
  public static final String ARRIVAL_DATE = ItineraryContract.ARRIVAL_DATE;
  public static final String ITINERARY_STATUS = ItineraryContract.ITINERARY_STATUS;
  public static final String AUTONOMY_LEVEL = ItineraryContract.AUTONOMY_LEVEL;

  /** RECEPTION, PLANNING or IN_PROGRESS: where the itinerary is, whatever a breakdown mediation says meanwhile. */
  public static final String ITINERARY_PHASE = "itineraryPhase";
  public static final String OPEN_BREAKDOWNS = "openBreakdowns";
  public static final String BREAKDOWNS_REPORTED = "breakdownsReported";
  public static final String BREAKDOWN_DESCRIPTION = ItineraryContract.BREAKDOWN_DESCRIPTION;
  public static final String DEPARTURE_DATE = ItineraryContract.DEPARTURE_DATE;
  public static final String DEPARTURE_REASON = ItineraryContract.DEPARTURE_REASON;
  public static final String CLOSURE_REASON = ItineraryContract.CLOSURE_REASON;
  public static final String ITINERARY_AREAS = "itineraryAreas";
  public static final String AREA_OUTCOMES = "areaOutcomes";
  public static final String NEXT_FOLLOW_UP_DATE = ItineraryContract.NEXT_FOLLOW_UP_DATE;
  public static final String FOLLOW_UPS_RECORDED = "followUpsRecorded";
  public static final String LAST_FOLLOW_UP_DATE = "lastFollowUpDate";
  public static final String NEXT_AUTONOMY_ASSESSMENT_DATE = "nextAutonomyAssessmentDate";
  public static final String AUTONOMY_ASSESSMENTS = "autonomyAssessments";
  public static final String LANGUAGE_LEVEL = "languageLevel";
  public static final String INCOME_SOURCE = "incomeSource";
  public static final String HOUSING_SITUATION = "housingSituation";
  public static final String CHILDREN_IN_SCHOOL = "childrenInSchool";
  /** The minors' years of birth ("2012, 2019"), asked when the children are enrolled in school. */
  public static final String MINORS_BIRTH_YEARS = "minorsBirthYears";
  /** How many of the minors were of compulsory school age when they were enrolled. */
  public static final String SCHOOL_AGE_CHILDREN = "schoolAgeChildren";
  /** The sponsor the family is handed over to, after a mediation decides so. */
  public static final String HAND_OVER_TO = "handOverTo";
  public static final String HAND_OVER_MUNICIPALITY = "handOverMunicipality";
  /** In hand-over-acceptance: the sponsor asked to take the family, and its answer (copied back to the itinerary). */
  public static final String RECEIVING_SPONSOR = "receivingSponsor";
  public static final String HAND_OVER_ACCEPTED = "handOverAccepted";
  public static final String HAND_OVER_REFUSAL_REASON = "handOverRefusalReason";
  public static final String CURRENT_SPONSOR = "currentSponsor";
  /** On the itinerary: the process instance id of the hand-over-acceptance waiting for the receiving sponsor. */
  public static final String HAND_OVER_QUESTION = "handOverQuestion";
  /** On the new itinerary: the process instance id and the sponsor of the one it continues. */
  public static final String PREVIOUS_FAMILY_ITINERARY = "previousFamilyItinerary";
  public static final String HANDED_OVER_FROM = "handedOverFrom";
  /** On the old itinerary: the process instance id of the one that continues it. */
  public static final String NEXT_FAMILY_ITINERARY = "nextFamilyItinerary";
  /** A handed-over family whose reception was done under the previous sponsor goes straight to planning. */
  public static final String RECEPTION_COMPLETED = "receptionCompleted";
  /** On a request (report-sponsorship-breakdown, record-family-departure): the itinerary it acts on. */
  public static final String FAMILY_ITINERARY = "familyItinerary";
  /** The multi-instance element variable of WorkOnArea. */
  public static final String AREA = "area";

  private static final ObjectMapper JSON = new ObjectMapper();

  private final VariableScope scope;

  private ItineraryVariables(VariableScope scope) {
    this.scope = scope;
  }

  public static ItineraryVariables of(VariableScope scope) {
    return new ItineraryVariables(scope);
  }

  public String familyCode() {
    return (String) scope.getVariable(FAMILY_CODE);
  }

  public String agreementCode() {
    return (String) scope.getVariable(AGREEMENT_CODE);
  }

  public String sponsorOrganisation() {
    return (String) scope.getVariable(SPONSOR_ORGANISATION);
  }

  public String municipality() {
    return (String) scope.getVariable(MUNICIPALITY);
  }

  public int members() {
    return ((Number) scope.getVariable(MEMBERS)).intValue();
  }

  public int minors() {
    return ((Number) scope.getVariable(MINORS)).intValue();
  }

  /** The minors' years of birth, or empty when nobody has recorded them (no enrolment task on this itinerary yet). */
  public Optional<List<Integer>> minorsBirthYears() {
    Object raw = scope.getVariable(MINORS_BIRTH_YEARS);
    if (!(raw instanceof String text) || text.isBlank()) {
      return Optional.empty();
    }
    return Optional.of(Arrays.stream(text.split(",")).map(String::strip).map(Integer::valueOf).toList());
  }

  public void setMinorsBirthYears(List<Integer> years, int ofSchoolAge) {
    scope.setVariable(MINORS_BIRTH_YEARS, String.join(", ", years.stream().map(String::valueOf).toList()));
    scope.setVariable(SCHOOL_AGE_CHILDREN, ofSchoolAge);
  }

  public LocalDate arrivalDate() {
    return date(ARRIVAL_DATE);
  }

  private LocalDate date(String name) {
    return InputRules.storedDate("Itinerary " + scope.getVariable(FAMILY_CODE), name, scope.getVariable(name));
  }

  public ItineraryStatus status() {
    return ItineraryStatus.valueOf((String) scope.getVariable(ITINERARY_STATUS));
  }

  public void setStatus(ItineraryStatus status) {
    scope.setVariable(ITINERARY_STATUS, status.name());
  }

  public ItineraryStatus phase() {
    return ItineraryStatus.valueOf((String) scope.getVariable(ITINERARY_PHASE));
  }

  public void setPhase(ItineraryStatus phase) {
    scope.setVariable(ITINERARY_PHASE, phase.name());
  }

  public int openBreakdowns() {
    Object open = scope.getVariable(OPEN_BREAKDOWNS);
    return open == null ? 0 : ((Number) open).intValue();
  }

  public void setOpenBreakdowns(int open) {
    scope.setVariable(OPEN_BREAKDOWNS, open);
  }

  public int breakdownsReported() {
    Object reported = scope.getVariable(BREAKDOWNS_REPORTED);
    return reported == null ? 0 : ((Number) reported).intValue();
  }

  public void setBreakdownsReported(int reported) {
    scope.setVariable(BREAKDOWNS_REPORTED, reported);
  }

  public void setClosureReason(ItineraryTasks.ClosureReason reason) {
    scope.setVariable(CLOSURE_REASON, reason.name());
  }

  /** The plan's areas, in the order of {@link ItineraryArea}. */
  public List<String> itineraryAreas() {
    Object raw = scope.getVariable(ITINERARY_AREAS);
    if (raw == null) {
      return List.of();
    }
    try {
      return JSON.readValue(raw.toString(), new TypeReference<List<String>>() {});
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("itineraryAreas were validated when the plan was agreed but cannot be read", e);
    }
  }

  public void setItineraryAreas(List<ItineraryArea> areas) {
    setJson(ITINERARY_AREAS, areas.stream().map(Enum::name).toList());
  }

  public Map<String, String> areaOutcomes() {
    Object raw = scope.getVariable(AREA_OUTCOMES);
    if (raw == null) {
      return new LinkedHashMap<>();
    }
    try {
      return JSON.readValue(raw.toString(), new TypeReference<LinkedHashMap<String, String>>() {});
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("areaOutcomes cannot be read", e);
    }
  }

  public void setAreaOutcomes(Map<String, String> outcomes) {
    setJson(AREA_OUTCOMES, outcomes);
  }

  public void setNextFollowUpDate(LocalDate date) {
    scope.setVariable(NEXT_FOLLOW_UP_DATE, date.toString());
  }

  public int followUpsRecorded() {
    Object n = scope.getVariable(FOLLOW_UPS_RECORDED);
    return n == null ? 0 : ((Number) n).intValue();
  }

  public void recordFollowUp(LocalDate date) {
    scope.setVariable(FOLLOW_UPS_RECORDED, followUpsRecorded() + 1);
    scope.setVariable(LAST_FOLLOW_UP_DATE, date.toString());
  }

  public void setNextAutonomyAssessmentDate(LocalDate date) {
    scope.setVariable(NEXT_AUTONOMY_ASSESSMENT_DATE, date.toString());
  }

  public int autonomyAssessments() {
    Object n = scope.getVariable(AUTONOMY_ASSESSMENTS);
    return n == null ? 0 : ((Number) n).intValue();
  }

  public void setAutonomyAssessments(int n) {
    scope.setVariable(AUTONOMY_ASSESSMENTS, n);
  }

  public String handOverTo() {
    return (String) scope.getVariable(HAND_OVER_TO);
  }

  public String handOverMunicipality() {
    Object municipality = scope.getVariable(HAND_OVER_MUNICIPALITY);
    return municipality instanceof String s && !s.isBlank() ? s : null;
  }

  private void setJson(String name, Object value) {
    try {
      scope.setVariable(name, SpinValues.jsonValue(JSON.writeValueAsString(value)).create());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(name + " cannot be written as JSON", e);
    }
  }
}
