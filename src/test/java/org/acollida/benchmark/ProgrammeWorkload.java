package org.acollida.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.acollida.agreement.AgreementTasks;
import org.acollida.consultation.ConsultationTasks;
import org.acollida.contract.DocumentKind;
import org.acollida.contract.ProgrammeCalendar;
import org.acollida.itinerary.ItineraryTasks;
import org.acollida.support.ProcessTestSupport;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.plugin.variable.SpinValues;

/**
 * A programme at scale through the Java API: agreements signed by the government and the four sponsors,
 * families registered under them and followed from arrival to autonomy and closure, the agreements
 * through their monitoring meetings, a refused extension and the final evaluation, and consultation
 * rounds from invitations to publication. Every instance ends.
 */
final class ProgrammeWorkload {

  static final List<String> SPONSORS = List.of("sjm", "caritas-valencia", "caritas-orihuela-alicante",
      "caritas-segorbe-castellon");
  static final String SIGNATORIES = """
      [{"organisation":"gva","budgetEur":0},{"organisation":"sjm","budgetEur":100000},
       {"organisation":"caritas-valencia","budgetEur":50000},{"organisation":"caritas-orihuela-alicante","budgetEur":40000},
       {"organisation":"caritas-segorbe-castellon","budgetEur":30000}]""";
  static final String STAKEHOLDERS = """
      [{"id":"asoc-senegalesa","name":"Asociación de Senegaleses de Valencia","category":"MIGRANT_ASSOCIATION","user":"stakeholder-1"},
       {"id":"mujeres-migrantes","name":"Mujeres Migrantes en Acción","category":"MIGRANT_ASSOCIATION","user":"stakeholder-2"},
       {"id":"cepaim","name":"Fundación CEPAIM","category":"NGO","user":"stakeholder-3"},
       {"id":"accem","name":"Accem","category":"NGO","user":"stakeholder-4"},
       {"id":"ayto-valencia","name":"Ajuntament de València","category":"PUBLIC_ADMINISTRATION","user":"stakeholder-5"},
       {"id":"oim","name":"OIM España","category":"INTERNATIONAL_ORGANISATION","user":"stakeholder-6"}]""";

  static final LocalDate AGREEMENTS_SIGNED = LocalDate.parse("2026-01-01");
  static final LocalDate FAMILIES_REGISTERED = LocalDate.parse("2026-01-10");
  static final LocalDate FAMILIES_ARRIVED = LocalDate.parse("2026-01-05");
  /** Monthly follow-ups, the autonomy assessment six months after arrival, then closure. */
  static final List<LocalDate> FAMILY_DATES = List.of(FAMILIES_REGISTERED, LocalDate.parse("2026-02-05"),
      LocalDate.parse("2026-03-05"), LocalDate.parse("2026-04-05"), LocalDate.parse("2026-05-05"),
      LocalDate.parse("2026-06-05"), LocalDate.parse("2026-07-05"));
  /** Three monitoring meetings, the extension vote (refused), the term's end and the final evaluation. */
  static final List<LocalDate> AGREEMENT_DATES = List.of(LocalDate.parse("2026-07-01"), LocalDate.parse("2027-01-01"),
      LocalDate.parse("2027-07-01"), LocalDate.parse("2027-10-01"), LocalDate.parse("2028-01-01"));
  static final List<LocalDate> ROUND_DATES = List.of(LocalDate.parse("2026-03-01"), LocalDate.parse("2026-03-20"));

  private static final ObjectMapper JSON = new ObjectMapper();

  private final RuntimeService runtime;
  private final TaskService tasks;
  private final EngineDriver driver;
  private final String prefix;

  /** @param prefix keeps codes unique when the workload runs more than once on the same database */
  ProgrammeWorkload(ProcessEngine engine, EngineDriver driver, String prefix) {
    this.runtime = engine.getRuntimeService();
    this.tasks = engine.getTaskService();
    this.driver = driver;
    this.prefix = prefix;
  }

  static int agreementsFor(int families) {
    return Math.max(1, (families + 49) / 50);
  }

  static int roundsFor(int families) {
    return Math.max(1, (families + 99) / 100);
  }

  /**
   * Agreements first, then their families from registration to closure, then the agreements to their end,
   * then the consultation rounds; each group moves through its dates together.
   *
   * @return the ids of the process instances started, all ended
   */
  List<String> run(int families) {
    int agreements = agreementsFor(families);
    EngineDriver.today(AGREEMENTS_SIGNED);
    List<String> agreementIds = driver.forEach(agreements, "agreements registered",
        a -> registerAgreement(agreementCode(a)).getId());
    EngineDriver.today(FAMILIES_REGISTERED);
    List<String> familyIds = driver.forEach(families, "families registered",
        f -> registerFamily(f, agreementCode(f % agreements), SPONSORS.get(f % SPONSORS.size())).getId());
    driver.drive(familyIds, FAMILY_DATES, this::itineraryAnswers);
    driver.drive(agreementIds, AGREEMENT_DATES, this::agreementAnswers);
    EngineDriver.today(ROUND_DATES.get(0));
    List<String> roundIds = driver.forEach(roundsFor(families), "consultation rounds started",
        r -> startRound(prefix + "-CR-" + r).getId());
    driver.drive(roundIds, ROUND_DATES, this::roundAnswers);
    List<String> started = new ArrayList<>(agreementIds);
    started.addAll(familyIds);
    started.addAll(roundIds);
    return started;
  }

  /** Consultation rounds past their contribution deadline, every stakeholder's contribution in, waiting for the facilitator's answers. */
  List<String> roundsAwaitingSynthesis(int rounds) {
    EngineDriver.today(ROUND_DATES.get(0));
    List<String> ids = driver.forEach(rounds, "consultation rounds started", r -> startRound(prefix + "-CRS-" + r).getId());
    for (LocalDate date : ROUND_DATES) {
      EngineDriver.today(date);
      driver.forEach(ids.size(), "  " + date + ": rounds settled", i -> driver.settleLeaving(ids.get(i), this::roundAnswers,
          task -> ConsultationTasks.SYNTHESISE_CONTRIBUTIONS.equals(task.getTaskDefinitionKey())));
    }
    return ids;
  }

  String agreementCode(int a) {
    return prefix + "-CS-" + a;
  }

  ProcessInstance registerAgreement(String code) {
    return registerAgreement(code, AGREEMENTS_SIGNED);
  }

  ProcessInstance registerAgreement(String code, LocalDate signed) {
    return runtime.startProcessInstanceByKey("sponsorship-agreement", code, Variables.createVariables()
        .putValue("agreementCode", code)
        .putValue("startDate", signed.toString())
        .putValue("signatories", SpinValues.jsonValue(SIGNATORIES).create()));
  }

  /** A family of three with one child, arrived before registration: its reception starts with the formalities. */
  ProcessInstance registerFamily(int f, String agreementCode, String sponsor) {
    return registerFamily(f, agreementCode, sponsor, FAMILIES_ARRIVED);
  }

  ProcessInstance registerFamily(int f, String agreementCode, String sponsor, LocalDate arrived) {
    ProcessInstance family = runtime.startProcessInstanceByKey("integration-itinerary", Variables.createVariables()
        .putValue("familyCode", String.format("%s-FAM-%06d", prefix, f))
        .putValue("agreementCode", agreementCode)
        .putValue("sponsorOrganisation", sponsor)
        .putValue("municipality", "Alaquàs")
        .putValue("members", 3)
        .putValue("minors", 1)
        .putValue("arrivalDate", arrived.toString()));
    // its consent, without which its last arrival formality does not complete (docs/documents.md)
    tasks.createAttachment(DocumentKind.FAMILY_CONSENT.key(), null, family.getId(), "consent.pdf", null,
        new ByteArrayInputStream(ProcessTestSupport.SMALL_PDF));
    return family;
  }

  private ProcessInstance startRound(String code) {
    return runtime.startProcessInstanceByKey("consultation-round", code, Variables.createVariables()
        .putValue("consultationCode", code)
        .putValue("topic", "Access to decent housing for migrant families")
        .putValue("strategyPriority", 3)
        .putValue("stakeholders", SpinValues.jsonValue(STAKEHOLDERS).create())
        .putValue("contributionDeadline", ROUND_DATES.get(1).toString()));
  }

  private static String today() {
    return LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), ProgrammeCalendar.ZONE).toString();
  }

  Map<String, Object> itineraryAnswers(Task task) {
    String today = today();
    return switch (task.getTaskDefinitionKey()) {
      case ItineraryTasks.REGISTER_IN_MUNICIPALITY -> Map.of("registeredOn", today);
      case ItineraryTasks.OBTAIN_HEALTH_CARD -> Map.of("healthCardsObtainedOn", today);
      case ItineraryTasks.OPEN_BANK_ACCOUNT -> Map.of("accountOpenedOn", today);
      // the workload's families have one minor, of school age
      case ItineraryTasks.ENROL_CHILDREN_IN_SCHOOL -> Map.of("minorsBirthYears", String.valueOf(
          LocalDate.parse(today).getYear() - 10), "enrolledOn", today, "childrenEnrolled", 1);
      case ItineraryTasks.AGREE_ITINERARY_PLAN -> Map.of(
          "itineraryAreas", SpinValues.jsonValue("[\"LANGUAGE\",\"EMPLOYMENT_AND_TRAINING\"]").create(),
          "planGoals", "Spanish to B1; a first job for the father.",
          "agreedWithFamilyOn", today, "familyTookPart", true);
      case ItineraryTasks.WORK_ON_AREA -> Map.of("areaGoals", "Goals agreed with the family", "areaActions", "Classes twice a week",
          "areaOutcome", "GOALS_REACHED");
      case ItineraryTasks.RECORD_FOLLOW_UP -> Map.of("followUpDate", today, "followUpNotes", "Settling in well.",
          "sponsorshipBreakingDown", "false");
      case ItineraryTasks.ASSESS_AUTONOMY -> Map.of("languageLevel", "PROFICIENT", "incomeSource", "EMPLOYMENT",
          "housingSituation", "OWN_RENTAL", "childrenInSchool", "true");
      case ItineraryTasks.CLOSE_ITINERARY -> Map.of("closureSummary", "Autonomous: work, own flat, B1 Spanish.", "closureDecision", "APPROVE");
      default -> throw new IllegalStateException("the benchmark has no answer for " + task.getTaskDefinitionKey());
    };
  }

  private Map<String, Object> agreementAnswers(Task task) {
    return switch (task.getTaskDefinitionKey()) {
      case AgreementTasks.HOLD_MONITORING_MEETING -> Map.of("meetingDate", today(),
          "meetingMinutes", "Families progressing; budget on track.");
      case AgreementTasks.VOTE_ON_EXTENSION -> Map.of("extensionApproved", false, "extensionRefusalReason",
          "The programme cannot fund two more years");
      case AgreementTasks.FINAL_EVALUATION -> Map.of("objectivesMet", "PARTIALLY_MET",
          "evaluationSummary", "Most families reached autonomy within the term.");
      default -> throw new IllegalStateException("the benchmark has no answer for " + task.getTaskDefinitionKey());
    };
  }

  private Map<String, Object> roundAnswers(Task task) {
    return switch (task.getTaskDefinitionKey()) {
      case ConsultationTasks.SUBMIT_CONTRIBUTION -> Map.of("contributionText", "Mediators who speak the families' languages.");
      case ConsultationTasks.SYNTHESISE_CONTRIBUTIONS -> Map.of("synthesis", SpinValues.jsonValue(answered(task)).create());
      case ConsultationTasks.APPROVE_SYNTHESIS -> Map.of("synthesisApproved", true);
      case ConsultationTasks.DECIDE_NEXT_ROUND -> Map.of("callNextRound", false);
      default -> throw new IllegalStateException("the benchmark has no answer for " + task.getTaskDefinitionKey());
    };
  }

  /**
   * Every contribution answered, with a reason: rejected, so that publishing the round starts no strategy-measure.
   * The benchmark measures agreements, itineraries and rounds, every instance run to its end; a measure follows its
   * contribution for a year and is not part of it (yet).
   */
  private String answered(Task task) {
    try {
      JsonNode synthesis = JSON.readTree(runtime.getVariable(task.getProcessInstanceId(), "synthesis").toString());
      for (JsonNode entry : synthesis) {
        ((ObjectNode) entry).put("answer", "REJECTED").put("reason", "It is outside the strategy's priorities.");
      }
      return JSON.writeValueAsString(synthesis);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
