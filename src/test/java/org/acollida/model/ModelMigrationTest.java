package org.acollida.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.acollida.contract.ProgrammeCalendar;
import org.acollida.itinerary.ItineraryTasks;
import org.acollida.itinerary.ItineraryVariables;
import org.acollida.support.ProcessTestSupport;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.IntermediateCatchEvent;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;

/**
 * docs/operations.md, "Changing a model safely": a changed model deployed over running itineraries. Instances keep
 * running on the version they started on; an administrator moves them to the new version with the engine's
 * migration API (REST, as {@code admin}), and they go on from where they were, through the changed part.
 * Each test deploys its versions of {@code integration-itinerary} and deletes them afterwards, so the other tests
 * of this JVM start on the application's own model again.
 */
class ModelMigrationTest extends ProcessTestSupport {

  static final String PROCESS = "integration-itinerary";
  /** v2: a new user task before the plan (the needs assessment split off it). */
  static final String ASSESS_FAMILY_NEEDS = "AssessFamilyNeeds";
  /** v2: the follow-up timer renamed in Modeler: no counterpart by id, so an explicit migration instruction. */
  static final String FOLLOW_UP_DUE = "FollowUpDue";
  static final String FOLLOW_UP_VISIT_DUE = "FollowUpVisitDue";
  /** v2: the follow-up task's new name. */
  static final String FOLLOW_UP_VISIT = "Record the follow-up visit";
  static final String SIGNATORIES = """
      [{"organisation":"gva","budgetEur":0},{"organisation":"sjm","budgetEur":100000}]""";

  @Autowired RepositoryService repository;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;

  private final List<String> deployments = new ArrayList<>();
  private final List<String> instances = new ArrayList<>();
  private ProcessDefinition application;
  private String agreement;

  @BeforeEach
  void applicationModelAndAnAgreement() {
    application = latest();
    today("2026-03-02");
    agreement = "CS-MIG-" + UUID.randomUUID().toString().substring(0, 8);
    instances.add(runtime.startProcessInstanceByKey("sponsorship-agreement", agreement, Variables.createVariables()
        .putValue("agreementCode", agreement).putValue("startDate", "2026-01-01")
        .putValue("signatories", SpinValues.jsonValue(SIGNATORIES).create())).getId());
  }

  @AfterEach
  void backToTheApplicationModel() {
    ClockUtil.reset();
    // families first (their end releases their codes), then the agreement
    for (int i = instances.size() - 1; i >= 0; i--) {
      if (runtime.createProcessInstanceQuery().processInstanceId(instances.get(i)).count() > 0) {
        runtime.deleteProcessInstance(instances.get(i), "test over");
      }
    }
    deployments.forEach(id -> repository.deleteDeployment(id, true));
    assertThat(latest().getId()).as("the application's own model is the latest again").isEqualTo(application.getId());
  }

  @Test
  void runningItinerariesMigratedToAChangedModelGoOnThroughTheChangeAndThoseLeftBehindKeepTheirVersion() {
    String formalities = register();           // waiting in the three arrival formalities
    String planning = register();              // waiting in AgreeItineraryPlan
    formalitiesDone(planning);
    String inProgress = register();            // working on two areas, follow-up and assessment timers waiting
    formalitiesDone(inProgress);
    agreePlan(inProgress);
    String followingUp = register();           // a follow-up task open, the next follow-up's timer waiting
    formalitiesDone(followingUp);
    agreePlan(followingUp);
    String leftBehind = register();            // like the first, never migrated
    Job inProgressTimer = timer(inProgress, FOLLOW_UP_DUE);
    ClockUtil.setCurrentTime(timer(followingUp, FOLLOW_UP_DUE).getDuedate());
    executeDueJobs(followingUp);
    Task openFollowUp = task(followingUp, ItineraryTasks.RECORD_FOLLOW_UP);

    ProcessDefinition v2 = deploy("itinerary v2", changedModel());

    // without migration: every running instance stays on the version it started on; new ones start on v2
    List<String> running = List.of(formalities, planning, inProgress, followingUp, leftBehind);
    running.forEach(id -> assertThat(definitionOf(id)).isEqualTo(application.getId()));
    String registeredAfter = register();
    assertThat(definitionOf(registeredAfter)).isEqualTo(v2.getId());

    // the administrator's migration, through REST as in docs/operations.md
    Map<String, Object> plan = generatePlan(application.getId(), v2.getId());
    List<Map<String, Object>> instructions = instructions(plan);
    assertThat(instructions).as("activities kept their ids, and are mapped")
        .anySatisfy(i -> assertThat(i.get("sourceActivityIds")).isEqualTo(List.of(ItineraryTasks.RECORD_FOLLOW_UP)))
        .anySatisfy(i -> assertThat(i.get("sourceActivityIds")).isEqualTo(List.of(ItineraryTasks.WORK_ON_AREA)))
        .noneSatisfy(i -> assertThat(i.get("sourceActivityIds")).isEqualTo(List.of(FOLLOW_UP_DUE)));
    instructions.add(Map.of("sourceActivityIds", List.of(FOLLOW_UP_DUE),
        "targetActivityIds", List.of(FOLLOW_UP_VISIT_DUE), "updateEventTrigger", false));
    ResponseEntity<Map> validation = post("admin", "/migration/validate", plan);
    assertThat(validation.getStatusCode().value()).as(String.valueOf(validation.getBody())).isEqualTo(200);
    assertThat((List<?>) validation.getBody().get("instructionReports")).as(String.valueOf(validation.getBody()))
        .isEmpty();
    ResponseEntity<Map> executed = post("admin", "/migration/execute", Map.of("migrationPlan", plan,
        "processInstanceIds", List.of(formalities, planning, inProgress, followingUp),
        "skipCustomListeners", false, "skipIoMappings", false));
    assertThat(executed.getStatusCode().value()).as(String.valueOf(executed.getBody())).isEqualTo(204);

    List.of(formalities, planning, inProgress, followingUp)
        .forEach(id -> assertThat(definitionOf(id)).as("migrated").isEqualTo(v2.getId()));
    assertThat(definitionOf(leftBehind)).as("not migrated").isEqualTo(application.getId());

    // reaching the new task after the formalities; the instance left behind goes straight to the plan (v1)
    formalitiesDone(formalities);
    assertThat(taskKeys(formalities)).containsExactly(ASSESS_FAMILY_NEEDS);
    tasks.complete(task(formalities, ASSESS_FAMILY_NEEDS).getId());
    assertThat(taskKeys(formalities)).containsExactly(ItineraryTasks.AGREE_ITINERARY_PLAN);
    formalitiesDone(leftBehind);
    assertThat(taskKeys(leftBehind)).containsExactly(ItineraryTasks.AGREE_ITINERARY_PLAN);

    // past the new task already: the plan, then the work and the renamed timer
    agreePlan(planning);
    assertThat(taskKeys(planning)).containsOnly(ItineraryTasks.WORK_ON_AREA).hasSize(2);
    assertThat(runtime.getVariable(planning, ItineraryVariables.ITINERARY_STATUS)).isEqualTo("IN_PROGRESS");
    assertThat(timer(planning, FOLLOW_UP_VISIT_DUE)).isNotNull();

    // a timer waiting at migration keeps its due date under its new id, fires, and creates the renamed task
    Job migratedTimer = timer(inProgress, FOLLOW_UP_VISIT_DUE);
    assertThat(migratedTimer.getId()).isEqualTo(inProgressTimer.getId());
    assertThat(migratedTimer.getDuedate()).isEqualTo(inProgressTimer.getDuedate());
    executeDueJobs(inProgress);
    assertThat(task(inProgress, ItineraryTasks.RECORD_FOLLOW_UP).getName()).isEqualTo(FOLLOW_UP_VISIT);

    // a task open at migration is the same task (its id, form values to come, and history) and completes on v2
    Task migratedFollowUp = task(followingUp, ItineraryTasks.RECORD_FOLLOW_UP);
    assertThat(migratedFollowUp.getId()).isEqualTo(openFollowUp.getId());
    assertThat(migratedFollowUp.getProcessDefinitionId()).isEqualTo(v2.getId());
    assertThat(migratedFollowUp.getName()).as("named when it was created").isEqualTo(openFollowUp.getName());
    tasks.complete(migratedFollowUp.getId(), Map.of(ItineraryTasks.FOLLOW_UP_DATE, clockDay(),
        ItineraryTasks.FOLLOW_UP_NOTES, "Settled in; Spanish lessons twice a week.",
        ItineraryTasks.SPONSORSHIP_BREAKING_DOWN, false));
    assertThat(taskKeys(followingUp)).containsOnly(ItineraryTasks.WORK_ON_AREA);
    assertThat(timer(followingUp, FOLLOW_UP_VISIT_DUE)).isNotNull();
    assertThat(runtime.getVariable(followingUp, ItineraryVariables.FOLLOW_UPS_RECORDED)).isEqualTo(1);
  }

  /**
   * The application's last change of listener beans (validateItineraryTask removed, a Record… listener per task):
   * an instance still on a version deployed before it names a bean that no longer exists, and its tasks cannot be
   * completed until it is migrated to the version the new build deployed.
   */
  @Test
  void anInstanceOnAVersionThatNamesARemovedBeanWorksAgainOnceMigrated() {
    BpmnModelInstance before = currentModel();
    before.getModelElementsByType(CamundaTaskListener.class).stream()
        .filter(listener -> String.valueOf(listener.getCamundaDelegateExpression()).startsWith("${record"))
        .forEach(listener -> listener.setCamundaDelegateExpression("${validateItineraryTask}"));
    ProcessDefinition old = deploy("itinerary before the listener rename", before);
    String family = register(old.getId());
    ProcessDefinition current = deploy("itinerary after the listener rename", currentModel());

    Task registration = task(family, ItineraryTasks.REGISTER_IN_MUNICIPALITY);
    assertThatThrownBy(() -> tasks.complete(registration.getId(),
        Map.of(ItineraryTasks.REGISTERED_ON, clockDay()))).hasMessageContaining("validateItineraryTask");
    ResponseEntity<Map> fromTasklist = post("sponsor-sjm", "/task/" + registration.getId() + "/complete",
        Map.of("variables", Map.of(ItineraryTasks.REGISTERED_ON, Map.of("value", clockDay()))));
    assertThat(fromTasklist.getStatusCode().value()).isEqualTo(500);
    assertThat((String) fromTasklist.getBody().get("message")).contains("validateItineraryTask");
    assertThat(task(family, ItineraryTasks.REGISTER_IN_MUNICIPALITY).getId()).as("still open")
        .isEqualTo(registration.getId());

    // every instance of the old version, by query
    ResponseEntity<Map> executed = post("admin", "/migration/execute", Map.of(
        "migrationPlan", generatePlan(old.getId(), current.getId()),
        "processInstanceQuery", Map.of("processDefinitionId", old.getId())));
    assertThat(executed.getStatusCode().value()).as(String.valueOf(executed.getBody())).isEqualTo(204);
    assertThat(runtime.createProcessInstanceQuery().processDefinitionId(old.getId()).count()).isZero();

    tasks.complete(registration.getId(), Map.of(ItineraryTasks.REGISTERED_ON, clockDay()));
    assertThat(taskKeys(family)).containsExactlyInAnyOrder(ItineraryTasks.OBTAIN_HEALTH_CARD,
        ItineraryTasks.OPEN_BANK_ACCOUNT);
  }

  /**
   * v2 of the itinerary, changed as a designer would in Modeler: a user task renamed, a user task added before
   * an existing one, a timer's id changed.
   */
  private BpmnModelInstance changedModel() {
    BpmnModelInstance model = currentModel();
    model.<UserTask>getModelElementById(ItineraryTasks.RECORD_FOLLOW_UP).setName(FOLLOW_UP_VISIT);

    UserTask plan = model.getModelElementById(ItineraryTasks.AGREE_ITINERARY_PLAN);
    SequenceFlow toPlan = plan.getIncoming().iterator().next();
    SubProcess itinerary = (SubProcess) plan.getParentElement();
    UserTask needs = model.newInstance(UserTask.class);
    needs.setId(ASSESS_FAMILY_NEEDS);
    needs.setName("Assess the family's needs");
    needs.setCamundaCandidateGroups("${sponsorOrganisation}");
    itinerary.addChildElement(needs);
    SequenceFlow needsAssessed = model.newInstance(SequenceFlow.class);
    needsAssessed.setId("Flow_NeedsAssessed");
    itinerary.addChildElement(needsAssessed);
    plan.getIncoming().remove(toPlan);
    toPlan.setTarget(needs);
    needs.getIncoming().add(toPlan);
    needsAssessed.setSource(needs);
    needs.getOutgoing().add(needsAssessed);
    needsAssessed.setTarget(plan);
    plan.getIncoming().add(needsAssessed);

    model.<IntermediateCatchEvent>getModelElementById(FOLLOW_UP_DUE).setId(FOLLOW_UP_VISIT_DUE);
    Bpmn.validateModel(model);
    return model;
  }

  private BpmnModelInstance currentModel() {
    return Bpmn.readModelFromStream(repository.getProcessModel(application.getId()));
  }

  /** Deploys the model with the forms it names, as the application deploys them (formRefBinding deployment). */
  private ProcessDefinition deploy(String name, BpmnModelInstance model) {
    Set<String> forms = model.getModelElementsByType(UserTask.class).stream()
        .map(UserTask::getCamundaFormRef).collect(Collectors.toSet());
    model.getModelElementsByType(StartEvent.class).forEach(start -> forms.add(start.getCamundaFormRef()));
    DeploymentBuilder deployment = repository.createDeployment().name(name)
        .addModelInstance(application.getResourceName(), model);
    for (String resource : repository.getDeploymentResourceNames(application.getDeploymentId())) {
      String file = resource.substring(resource.lastIndexOf('/') + 1);
      if (file.endsWith(".form") && forms.stream().anyMatch(form -> form != null
          && (file.equals(form + ".form") || file.startsWith(form + "-")))) {
        deployment.addInputStream(resource, repository.getResourceAsStream(application.getDeploymentId(), resource));
      }
    }
    String id = deployment.deploy().getId();
    deployments.add(id);
    return repository.createProcessDefinitionQuery().deploymentId(id).processDefinitionKey(PROCESS).singleResult();
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> generatePlan(String source, String target) {
    ResponseEntity<Map> generated = post("admin", "/migration/generate", Map.of(
        "sourceProcessDefinitionId", source, "targetProcessDefinitionId", target, "updateEventTriggers", false));
    assertThat(generated.getStatusCode().value()).as(String.valueOf(generated.getBody())).isEqualTo(200);
    Map<String, Object> plan = new LinkedHashMap<>(generated.getBody());
    plan.put("instructions", new ArrayList<>((List<Map<String, Object>>) plan.get("instructions")));
    return plan;
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> instructions(Map<String, Object> plan) {
    return (List<Map<String, Object>>) plan.get("instructions");
  }

  private String register() {
    return register(latest().getId());
  }

  private String register(String definitionId) {
    String id = runtime.startProcessInstanceById(definitionId, Variables.createVariables()
        .putValue("familyCode", "FAM-MIG-" + UUID.randomUUID().toString().substring(0, 8))
        .putValue("agreementCode", agreement).putValue("sponsorOrganisation", "sjm")
        .putValue("municipality", "Xàtiva").putValue("members", 3).putValue("minors", 0)
        .putValue("arrivalDate", "2026-03-01")).getId();
    instances.add(id);
    return id;
  }

  private void formalitiesDone(String itinerary) {
    ensureFamilyConsent(itinerary);
    tasks.complete(task(itinerary, ItineraryTasks.REGISTER_IN_MUNICIPALITY).getId(),
        Map.of(ItineraryTasks.REGISTERED_ON, clockDay()));
    tasks.complete(task(itinerary, ItineraryTasks.OBTAIN_HEALTH_CARD).getId(),
        Map.of(ItineraryTasks.HEALTH_CARDS_OBTAINED_ON, clockDay()));
    tasks.complete(task(itinerary, ItineraryTasks.OPEN_BANK_ACCOUNT).getId(),
        Map.of(ItineraryTasks.ACCOUNT_OPENED_ON, clockDay()));
  }

  private void agreePlan(String itinerary) {
    tasks.complete(task(itinerary, ItineraryTasks.AGREE_ITINERARY_PLAN).getId(), Map.of(
        ItineraryVariables.ITINERARY_AREAS, SpinValues.jsonValue("[\"LANGUAGE\",\"EMPLOYMENT_AND_TRAINING\"]").create(),
        ItineraryTasks.PLAN_GOALS, "Spanish to B1; a first job for the mother.",
        ItineraryTasks.AGREED_WITH_FAMILY_ON, clockDay(),
        ItineraryTasks.FAMILY_TOOK_PART, true));
    executeDueJobs(itinerary);
  }

  /** The engine clock's day, as forms send dates. */
  private static String clockDay() {
    return ClockUtil.getCurrentTime().toInstant().atZone(ProgrammeCalendar.ZONE).toLocalDate().toString();
  }

  private ProcessDefinition latest() {
    return repository.createProcessDefinitionQuery().processDefinitionKey(PROCESS).latestVersion().singleResult();
  }

  private String definitionOf(String instance) {
    return runtime.createProcessInstanceQuery().processInstanceId(instance).singleResult().getProcessDefinitionId();
  }

  private Task task(String instance, String key) {
    List<Task> found = tasks.createTaskQuery().processInstanceId(instance).taskDefinitionKey(key).list();
    assertThat(found).as(key).hasSize(1);
    return found.get(0);
  }

  private List<String> taskKeys(String instance) {
    return tasks.createTaskQuery().processInstanceId(instance).list().stream().map(Task::getTaskDefinitionKey).toList();
  }

  private Job timer(String instance, String activityId) {
    return management.createJobQuery().processInstanceId(instance).activityId(activityId).timers().singleResult();
  }
}
