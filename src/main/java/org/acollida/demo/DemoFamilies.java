package org.acollida.demo;

import java.time.LocalDate;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.acollida.contract.DocumentKind;
import org.acollida.contract.Messages;
import org.acollida.contract.ProcessKeys;
import org.acollida.contract.ProgrammeCalendar;
import org.acollida.document.Documents;
import org.acollida.itinerary.ItineraryVariables;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.plugin.variable.SpinValues;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The pilot's five families (23 people) in Alaquàs, Almassora, Calp, Cocentaina and València, under
 * the pilot agreement, each at a different stage so that Tasklist and Cockpit show a living
 * programme: one awaiting arrival, one in its arrival formalities, one agreeing its plan, one working
 * on its plan, one whose sponsorship broke down and awaits the coordinator's mediation. Family codes
 * only, no personal data. Each registered once ever, and brought to its stage in the same transaction.
 */
@Component
@Profile("demo")
@ConditionalOnProperty(name = "acollida.demo.data", havingValue = "true", matchIfMissing = true)
@Order(60)
public class DemoFamilies implements ApplicationRunner {

  private static final Logger LOG = LoggerFactory.getLogger(DemoFamilies.class);

  private final RuntimeService runtime;
  private final TaskService tasks;
  private final HistoryService history;
  private final DemoItems items;
  private final Documents documents;

  public DemoFamilies(RuntimeService runtime, TaskService tasks, HistoryService history, DemoItems items,
      Documents documents) {
    this.runtime = runtime;
    this.tasks = tasks;
    this.history = history;
    this.items = items;
    this.documents = documents;
  }

  record Family(String code, String sponsor, String municipality, int members, int minors, LocalDate arrival) {}

  List<Family> families(LocalDate today) {
    return List.of(
        new Family("FAM-COCENTAINA", "caritas-orihuela-alicante", "Cocentaina", 3, 1, today.plusWeeks(3)),
        new Family("FAM-CALP", "caritas-orihuela-alicante", "Calp", 6, 4, today.minusWeeks(3)),
        new Family("FAM-ALMASSORA", "caritas-segorbe-castellon", "Almassora", 5, 3, today.minusMonths(2)),
        new Family("FAM-VALENCIA", "sjm", "València", 5, 3, today.minusMonths(19)),
        new Family("FAM-ALAQUAS", "caritas-valencia", "Alaquàs", 4, 2, today.minusMonths(20)));
  }

  @Override
  public void run(ApplicationArguments args) {
    if (runtime.createProcessInstanceQuery().processDefinitionKey(ProcessKeys.AGREEMENT)
        .processInstanceBusinessKey(DemoPilotAgreement.PILOT_CODE).count() == 0) {
      LOG.info("Demo: no running pilot agreement, no demo families");
      return;
    }
    LocalDate today = ProgrammeCalendar.today();
    for (Family family : families(today)) {
      // each family on its own, registered and brought to its stage in one transaction
      items.once("family:" + family.code(), () -> registeredEver(family.code()), () -> create(family, today));
    }
  }

  /** Once ever: a family whose itinerary has been closed since is not registered again. */
  private boolean registeredEver(String familyCode) {
    return history.createHistoricProcessInstanceQuery().processDefinitionKey(ProcessKeys.ITINERARY)
        .processInstanceBusinessKey(familyCode).count() > 0;
  }

  private void create(Family family, LocalDate today) {
    ProcessInstance itinerary = register(family);
    items.checkpoint("family:" + family.code() + ":registered");
    if (!family.arrival().isAfter(today)) {
      // a family yet to arrive shows its reception waiting for the consent (docs/documents.md)
      addConsent(itinerary, family);
    }
    switch (family.code()) {
      case "FAM-CALP" -> complete(itinerary, "RegisterInMunicipality", Map.of("registeredOn", today.minusWeeks(2)));
      case "FAM-ALMASSORA" -> arrivalFormalities(itinerary, family, today.minusMonths(1));
      case "FAM-VALENCIA" -> {
        arrivalFormalities(itinerary, family, family.arrival().plusWeeks(3));
        agreePlan(itinerary, family, "[\"LANGUAGE\",\"EMPLOYMENT_AND_TRAINING\",\"EDUCATION\",\"COMMUNITY_NETWORK\"]");
        completeArea(itinerary, "EDUCATION");
      }
      case "FAM-ALAQUAS" -> {
        arrivalFormalities(itinerary, family, family.arrival().plusWeeks(3));
        agreePlan(itinerary, family, "[\"LANGUAGE\",\"HOUSING\",\"MONEY_MANAGEMENT\"]");
        runtime.createMessageCorrelation(Messages.SPONSORSHIP_BREAKDOWN_REPORTED)
            .processInstanceId(itinerary.getId())
            .setVariable(ItineraryVariables.BREAKDOWN_DESCRIPTION,
                "Disagreements between the family and the sponsor group about the flat and the budget.")
            .correlateWithResult();
      }
      default -> { }
    }
  }

  /** The family's consent to the processing of its data, added by its sponsor's coordinator. */
  private void addConsent(ProcessInstance itinerary, Family family) {
    String coordinator = "sponsor-" + family.sponsor();
    documents.add(new Documents.Reader(coordinator, List.of(family.sponsor()), List.of(family.sponsor())),
        itinerary.getId(), DocumentKind.FAMILY_CONSENT.key(), "consent-" + family.code() + ".pdf", "application/pdf",
        DemoPdf.onePage(List.of("Acollida demo", "Consent to the processing of personal data",
            "Family " + family.code() + ", sponsored by " + family.sponsor(), "(a demo document: no personal data)")));
  }

  private ProcessInstance register(Family family) {
    return runtime.startProcessInstanceByKey(ProcessKeys.ITINERARY, family.code(),
        Variables.createVariables()
            .putValue(ItineraryVariables.FAMILY_CODE, family.code())
            .putValue(ItineraryVariables.AGREEMENT_CODE, DemoPilotAgreement.PILOT_CODE)
            .putValue(ItineraryVariables.SPONSOR_ORGANISATION, family.sponsor())
            .putValue(ItineraryVariables.MUNICIPALITY, family.municipality())
            .putValue(ItineraryVariables.MEMBERS, family.members())
            .putValue(ItineraryVariables.MINORS, family.minors())
            .putValue(ItineraryVariables.ARRIVAL_DATE, family.arrival().toString()));
  }

  private void arrivalFormalities(ProcessInstance itinerary, Family family, LocalDate doneOn) {
    complete(itinerary, "RegisterInMunicipality", Map.of("registeredOn", doneOn));
    complete(itinerary, "ObtainHealthCard", Map.of("healthCardsObtainedOn", doneOn));
    complete(itinerary, "OpenBankAccount", Map.of("accountOpenedOn", doneOn, "moneyCounsellor", "Volunteer treasurer"));
    if (family.minors() > 0) {
      // the demo's minors are all of school age: born ten years before they arrived
      String birthYears = String.join(", ", Collections.nCopies(family.minors(),
          String.valueOf(family.arrival().getYear() - 10)));
      complete(itinerary, "EnrolChildrenInSchool", Map.of("minorsBirthYears", birthYears, "enrolledOn", doneOn,
          "childrenEnrolled", family.minors()));
    }
  }

  private void agreePlan(ProcessInstance itinerary, Family family, String areas) {
    complete(itinerary, "AgreeItineraryPlan", Map.of(
        ItineraryVariables.ITINERARY_AREAS, SpinValues.jsonValue(areas).create(),
        "planGoals", "Spanish and Valencian classes for the adults, a first job, the children settled at school.",
        "agreedWithFamilyOn", family.arrival().plusMonths(2),
        "familyTookPart", true));
  }

  private void completeArea(ProcessInstance itinerary, String area) {
    Task task = tasks.createTaskQuery().processInstanceId(itinerary.getId()).taskDefinitionKey("WorkOnArea").list()
        .stream().filter(t -> area.equals(tasks.getVariable(t.getId(), ItineraryVariables.AREA)))
        .findFirst().orElseThrow();
    tasks.complete(task.getId(), Map.of("areaGoals", "Children at school every day, homework support.",
        "areaActions", "Enrolment, meetings with the teachers, a volunteer for homework twice a week.",
        "areaOutcome", "GOALS_REACHED"));
  }

  private void complete(ProcessInstance itinerary, String taskKey, Map<String, Object> values) {
    Map<String, Object> variables = new HashMap<>();
    values.forEach((name, value) -> variables.put(name, value instanceof LocalDate date ? date.toString() : value));
    Task task = tasks.createTaskQuery().processInstanceId(itinerary.getId()).taskDefinitionKey(taskKey).singleResult();
    tasks.complete(task.getId(), variables);
  }
}
