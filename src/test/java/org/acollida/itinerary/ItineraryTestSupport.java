package org.acollida.itinerary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.acollida.support.ProcessTestSupport;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.plugin.variable.SpinValues;

/** Agreements and families of the itinerary tests: each test registers its own, with unique codes. */
abstract class ItineraryTestSupport extends ProcessTestSupport {

  static final String PROCESS = "integration-itinerary";
  static final String SIGNATORIES = """
      [{"organisation":"gva","budgetEur":0},{"organisation":"sjm","budgetEur":100000},
       {"organisation":"caritas-valencia","budgetEur":50000}]""";

  /** Registers an agreement (gva, sjm, caritas-valencia) in force from that date; returns its code. */
  protected String agreementFrom(String startDate) {
    String code = "CS-T-" + UUID.randomUUID().toString().substring(0, 8);
    runtimeService().startProcessInstanceByKey("sponsorship-agreement", code, Variables.createVariables()
        .putValue("agreementCode", code)
        .putValue("startDate", startDate)
        .putValue("signatories", SpinValues.jsonValue(SIGNATORIES).create()));
    return code;
  }

  protected ProcessInstance agreementInstance(String code) {
    return runtimeService().createProcessInstanceQuery().processDefinitionKey("sponsorship-agreement")
        .processInstanceBusinessKey(code).singleResult();
  }

  protected static String familyCode() {
    return "FAM-T-" + UUID.randomUUID().toString().substring(0, 8);
  }

  protected static VariableMap family(String familyCode, String agreementCode, String sponsor, int members, int minors,
      String arrivalDate) {
    return Variables.createVariables()
        .putValue("familyCode", familyCode)
        .putValue("agreementCode", agreementCode)
        .putValue("sponsorOrganisation", sponsor)
        .putValue("municipality", "Alaquàs")
        .putValue("members", members)
        .putValue("minors", minors)
        .putValue("arrivalDate", arrivalDate);
  }

  protected ProcessInstance register(String agreementCode, String sponsor, int members, int minors, String arrivalDate) {
    return register(family(familyCode(), agreementCode, sponsor, members, minors, arrivalDate));
  }

  protected ProcessInstance register(VariableMap variables) {
    return runtimeService().startProcessInstanceByKey(PROCESS, variables);
  }

  protected List<Task> tasks(ProcessInstance itinerary, String key) {
    return taskQuery().processInstanceId(itinerary.getId()).taskDefinitionKey(key).list();
  }

  protected Task task(ProcessInstance itinerary, String key) {
    List<Task> tasks = tasks(itinerary, key);
    assertThat(tasks).as(key + " of " + itinerary.getBusinessKey()).hasSize(1);
    return tasks.get(0);
  }

  protected void complete(ProcessInstance itinerary, String key, Map<String, Object> variables) {
    taskService().complete(task(itinerary, key).getId(), variables);
  }

  /** The receiving sponsor's hand-over question (process hand-over-acceptance, called by the itinerary). */
  protected ProcessInstance handOverQuestion(ProcessInstance itinerary) {
    return runtimeService().createProcessInstanceQuery().processDefinitionKey("hand-over-acceptance")
        .variableValueEquals("familyItinerary", itinerary.getId()).singleResult();
  }

  protected void answerHandOver(ProcessInstance itinerary, Map<String, Object> answer) {
    complete(handOverQuestion(itinerary), ItineraryTasks.ACCEPT_HAND_OVER, answer);
  }

  protected String candidateGroup(Task task) {
    return taskService().getIdentityLinksForTask(task.getId()).stream()
        .filter(link -> link.getGroupId() != null).findFirst().orElseThrow().getGroupId();
  }

  /** The consent (if not given yet), then padrón, health cards and bank account, all done that day; schooling is left to the caller. */
  protected void arrivalFormalities(ProcessInstance itinerary, String doneOn) {
    ensureFamilyConsent(itinerary.getId());
    complete(itinerary, ItineraryTasks.REGISTER_IN_MUNICIPALITY, Map.of("registeredOn", doneOn));
    complete(itinerary, ItineraryTasks.OBTAIN_HEALTH_CARD, Map.of("healthCardsObtainedOn", doneOn));
    complete(itinerary, ItineraryTasks.OPEN_BANK_ACCOUNT, Map.of("accountOpenedOn", doneOn));
  }

  /** Every minor of the family born ten years ago (of school age), one of them enrolled. */
  protected Map<String, Object> schoolEnrolment(ProcessInstance itinerary, String doneOn) {
    int minors = ((Number) runtimeService().getVariable(itinerary.getId(), "minors")).intValue();
    String tenYearsAgo = String.valueOf(LocalDate.parse(doneOn).getYear() - 10);
    return Map.of("minorsBirthYears", String.join(", ", Collections.nCopies(minors, tenYearsAgo)),
        "enrolledOn", doneOn, "childrenEnrolled", 1);
  }

  /** From registration (family already arrived) to a plan over two areas: the itinerary is in progress. */
  protected void receiveAndPlan(ProcessInstance itinerary, String doneOn) {
    arrivalFormalities(itinerary, doneOn);
    if (!tasks(itinerary, ItineraryTasks.ENROL_CHILDREN_IN_SCHOOL).isEmpty()) {
      complete(itinerary, ItineraryTasks.ENROL_CHILDREN_IN_SCHOOL, schoolEnrolment(itinerary, doneOn));
    }
    complete(itinerary, ItineraryTasks.AGREE_ITINERARY_PLAN, Map.of(
        "itineraryAreas", SpinValues.jsonValue("[\"LANGUAGE\",\"EMPLOYMENT_AND_TRAINING\"]").create(),
        "planGoals", "Spanish to B1; a first job for the father.",
        "agreedWithFamilyOn", doneOn,
        "familyTookPart", true));
    executeDueJobs(itinerary.getId());
  }
}
