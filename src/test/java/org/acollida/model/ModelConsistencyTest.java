package org.acollida.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.acollida.i18n.FormTranslations;
import org.acollida.i18n.UserLanguage;
import org.acollida.organisation.Organisation;
import org.acollida.organisation.OrganisationRegistry;
import org.acollida.support.ProcessTestSupport;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Guard rails for process designers: what the models in processes/ and forms/ must keep true
 * for the application to work. Runs over every model, so a new process is checked too. Where the
 * forms live (forms/&lt;process key&gt;/) is {@link FormFoldersTest}'s.
 */
class ModelConsistencyTest extends ProcessTestSupport {

  private static final Path PROCESSES = ProcessModels.PROCESSES;
  private static final Path FORMS = Path.of("forms");
  private static final Pattern BEAN_REFERENCE = Pattern.compile("\\$\\{\\s*!?\\s*([a-zA-Z][a-zA-Z0-9]*)[.}\\s]");
  private static final Pattern GENERATED_ID = Pattern.compile("^(Activity|Event|Gateway|Flow|StartEvent|EndEvent|Task)_[0-9a-z]{7}$");
  private static final Set<String> ENGINE_NAMES = Set.of("execution", "task", "null", "true", "false", "empty", "not");

  @Autowired ApplicationContext context;

  @Test
  void everyUserTaskHasAFormThatExists() throws IOException {
    for (BpmnModelInstance model : ProcessModels.all()) {
      for (UserTask task : model.getModelElementsByType(UserTask.class)) {
        String formRef = task.getCamundaFormRef();
        assertThat(formRef).as(task.getId() + " has a camunda:formRef").isNotBlank();
        assertThat(formIds()).as(task.getId() + "'s form " + formRef + " is in forms/<process key>/").contains(formRef);
      }
    }
  }

  /**
   * A start event either names a Camunda Form (checked like the user tasks' ones) or, where a Camunda Form cannot do
   * it, an embedded HTML form of its own process's folder, deployed under exactly the name its form key gives
   * (Tasklist loads it by that name).
   */
  @Test
  void everyEmbeddedStartFormIsDeployedUnderTheNameItsKeyGives() throws IOException {
    RepositoryService repository = engine.getRepositoryService();
    int embedded = 0;
    for (BpmnModelInstance model : ProcessModels.all()) {
      for (StartEvent start : model.getModelElementsByType(StartEvent.class)) {
        String formKey = start.getCamundaFormKey();
        if (formKey == null) {
          continue;
        }
        String processKey = ProcessModels.processKey(model);
        assertThat(formKey).as(start.getId() + "'s form key").startsWith("embedded:deployment:forms/" + processKey + "/")
            .endsWith(".html");
        String name = formKey.substring("embedded:deployment:".length());
        assertThat(Path.of(name)).as(name + " in the repository").isRegularFile();
        String deploymentId = repository.createProcessDefinitionQuery().processDefinitionKey(processKey)
            .latestVersion().singleResult().getDeploymentId();
        String definitionId = repository.createProcessDefinitionQuery().processDefinitionKey(processKey)
            .latestVersion().singleResult().getId();
        String served = engine.getFormService().getStartFormKey(definitionId).substring("embedded:deployment:".length());
        assertThat(repository.getDeploymentResourceNames(deploymentId)).as("deployed beside " + processKey)
            .contains(served);
        try (InputStream form = repository.getResourceAsStream(deploymentId, served)) {
          assertThat(new String(form.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)).isEqualTo(Files.readString(Path.of(name)));
        }
        embedded++;
      }
    }
    assertThat(embedded).as("record-expense's start form, with its receipt").isPositive();
  }

  /**
   * The application deploys each form of forms/&lt;process key&gt;/ and each of its language variants exactly once,
   * each under a resource name of its own, beside the processes that name them.
   */
  @Test
  void everyFormIsDeployedOnceInEveryLanguage() throws IOException {
    RepositoryService repository = engine.getRepositoryService();
    String deploymentId = repository.createProcessDefinitionQuery().processDefinitionKey("sponsorship-agreement")
        .latestVersion().singleResult().getDeploymentId();
    List<String> deployed = new ArrayList<>();
    List<String> resourceNames = new ArrayList<>();
    for (String name : repository.getDeploymentResourceNames(deploymentId)) {
      if (name.endsWith(".form")) {
        resourceNames.add(name);
        try (InputStream in = repository.getResourceAsStream(deploymentId, name)) {
          deployed.add(new ObjectMapper().readTree(in).get("id").asText());
        }
      }
    }
    List<String> expected = new ArrayList<>();
    for (String formId : formIds()) {
      expected.add(formId);
      UserLanguage.TRANSLATIONS.forEach(language -> expected.add(FormTranslations.variantId(formId, language)));
    }
    assertThat(deployed).as("forms deployed").containsExactlyInAnyOrderElementsOf(expected);
    assertThat(resourceNames).as("their resource names").doesNotHaveDuplicates();
  }

  @Test
  void everyProcessKeepsHistoryForALimitedTimeAndCarriesItsDiagram() throws IOException {
    for (BpmnModelInstance model : ProcessModels.all()) {
      for (Process process : model.getModelElementsByType(Process.class)) {
        assertThat(process.getCamundaHistoryTimeToLiveString()).as(process.getId() + " history time-to-live").isNotBlank();
      }
      Set<String> drawn = new TreeSet<>();
      model.getModelElementsByType(BpmnShape.class).forEach(s -> drawn.add(s.getBpmnElement().getId()));
      model.getModelElementsByType(BpmnEdge.class).forEach(e -> drawn.add(e.getBpmnElement().getId()));
      for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
        assertThat(drawn).as(node.getId() + " is drawn in the diagram").contains(node.getId());
      }
      for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
        assertThat(drawn).as(flow.getId() + " is drawn in the diagram").contains(flow.getId());
      }
    }
  }

  @Test
  void aDecisionsHistoryNeverOutlivesTheProcessThatAskedForIt() throws IOException {
    // the cleanup is end-time based: a decision is kept its time-to-live after it was evaluated, which
    // is before its process ended, so a time-to-live no longer than the process's keeps, for example,
    // a family's assessment answers no longer than its itinerary
    Map<String, Integer> decisionTimeToLive = new HashMap<>();
    try (Stream<Path> files = Files.list(PROCESSES)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".dmn")).toList()) {
        for (Decision decision : Dmn.readModelFromFile(file.toFile()).getModelElementsByType(Decision.class)) {
          assertThat(decision.getCamundaHistoryTimeToLive()).as(decision.getId() + " history time-to-live").isNotNull();
          decisionTimeToLive.put(decision.getId(), decision.getCamundaHistoryTimeToLive());
        }
      }
    }
    int checked = 0;
    for (BpmnModelInstance model : ProcessModels.all()) {
      Collection<Process> processes = model.getModelElementsByType(Process.class);
      assertThat(processes).as("one process per file").hasSize(1);
      Process process = processes.iterator().next();
      for (BusinessRuleTask task : model.getModelElementsByType(BusinessRuleTask.class)) {
        assertThat(decisionTimeToLive).as(task.getId() + "'s decision is in processes/").containsKey(task.getCamundaDecisionRef());
        assertThat(decisionTimeToLive.get(task.getCamundaDecisionRef()))
            .as("%s's time-to-live against %s's", task.getCamundaDecisionRef(), process.getId())
            .isLessThanOrEqualTo(process.getCamundaHistoryTimeToLive());
        checked++;
      }
    }
    assertThat(checked).as("business rule tasks checked").isPositive();
  }

  @Test
  void idsAreMeaningfulNotGenerated() throws IOException {
    for (BpmnModelInstance model : ProcessModels.all()) {
      for (BaseElement element : model.getModelElementsByType(BaseElement.class)) {
        if (element.getId() != null) {
          assertThat(GENERATED_ID.matcher(element.getId()).matches()).as("id " + element.getId()).isFalse();
        }
      }
    }
  }

  @Test
  void everyBeanAnExpressionNamesExists() throws IOException {
    Set<String> variables = new TreeSet<>(ENGINE_NAMES);
    List<String> missing = new ArrayList<>();
    for (Path file : bpmnFiles()) {
      String xml = Files.readString(file);
      Matcher matcher = BEAN_REFERENCE.matcher(xml);
      while (matcher.find()) {
        String name = matcher.group(1);
        boolean methodCall = xml.startsWith(".", matcher.end(1));
        boolean delegate = xml.substring(Math.max(0, matcher.start() - 40), matcher.start()).contains("delegateExpression");
        if ((methodCall || delegate) && !variables.contains(name) && !context.containsBean(name)) {
          missing.add(file.getFileName() + ": " + name);
        }
      }
    }
    assertThat(missing).as("beans named in expressions").isEmpty();
  }

  /** The ids and messages that shared/contract.md promises to clients, Tasklist filters and other processes. */
  @Test
  void theContractsTasksMessagesAndTimersExist() throws IOException {
    Map<String, List<String>> promised = Map.of(
        "sponsorship-agreement", List.of("VoteOnExtension", "HoldMonitoringMeeting", "FinalEvaluation",
            "AgreementTerminatedEarly", "ExtensionVoteOpens", "TermEnds", "MonitoringMeetingDue",
            "VoteUnfinishedAtTermEnd"),
        "integration-itinerary", List.of("AgreeItineraryPlan", "RecordFollowUp", "AssessAutonomy", "CloseItinerary"),
        "consultation-round", List.of("SubmitContribution", "ImproveRepresentation", "SynthesiseContributions",
            "ApproveSynthesis"),
        "strategy-measure", List.of("ReportProgress", "ReportOverdue", "FollowUpOverdueReport", "ConfirmClosure"));
    Map<String, List<String>> messages = Map.of(
        "strategy-measure", List.of("MeasureContributionJoined"),
        "sponsorship-agreement", List.of("AgreementTerminated"),
        "integration-itinerary", List.of("AgreementEnded"));
    for (Map.Entry<String, List<String>> process : promised.entrySet()) {
      BpmnModelInstance model = Bpmn.readModelFromFile(PROCESSES.resolve(process.getKey() + ".bpmn").toFile());
      for (String id : process.getValue()) {
        assertThat((Object) model.getModelElementById(id)).as(process.getKey() + " has " + id).isNotNull();
      }
      assertThat(model.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.Message.class))
          .extracting(org.camunda.bpm.model.bpmn.instance.Message::getName)
          .as(process.getKey() + "'s messages").containsAll(messages.getOrDefault(process.getKey(), List.of()));
    }
  }

  @Test
  void theRegistrationFormOffersExactlyTheRegisteredOrganisations() throws IOException {
    JsonNode form = new ObjectMapper().readTree(FORMS.resolve("sponsorship-agreement/agreement-registration.form").toFile());
    Set<String> offered = new TreeSet<>();
    form.findValues("values").forEach(values -> values.forEach(v -> offered.add(v.get("value").asText())));
    Set<String> registered = new TreeSet<>();
    new OrganisationRegistry().all().stream().map(Organisation::id).forEach(registered::add);
    assertThat(offered).isEqualTo(registered);
  }

  /**
   * Camunda Forms check "required" in the browser only. Every required field of a process's forms must
   * also be checked by that process's validation class (through its constant, or its name).
   */
  @Test
  void everyRequiredFormFieldIsAlsoValidatedOnTheServer() throws Exception {
    // a request process lives in the package of the case it acts on (docs/adr/0009-requests-live-with-their-cases.md)
    Map<String, String> packages = Map.ofEntries(
        Map.entry("sponsorship-agreement", "agreement"),
        Map.entry("integration-itinerary", "itinerary"),
        Map.entry("consultation-round", "consultation"),
        Map.entry("propose-agreement-extension", "agreement"),
        Map.entry("request-agreement-termination", "agreement"),
        Map.entry("report-sponsorship-breakdown", "itinerary"),
        Map.entry("record-family-departure", "itinerary"),
        Map.entry("hand-over-acceptance", "itinerary"),
        Map.entry("strategy-measure", "measure"),
        Map.entry("strategy-evaluation", "evaluation"),
        Map.entry("record-expense", "spending"),
        Map.entry("spending-justification", "spending"));
    List<String> unchecked = new ArrayList<>();
    for (BpmnModelInstance model : ProcessModels.all()) {
      String processKey = ProcessModels.processKey(model);
      String pkg = packages.get(processKey);
      assertThat(pkg).as("validation package of " + processKey).isNotNull();
      String prefix = Character.toUpperCase(pkg.charAt(0)) + pkg.substring(1);
      String validation = Files.readString(Path.of("src/main/java/org/acollida", pkg, prefix + "Validation.java"));
      Map<String, Set<String>> constantsByValue = new java.util.HashMap<>();
      for (String holder : List.of("Tasks", "Variables")) {
        for (java.lang.reflect.Field field : Class.forName("org.acollida." + pkg + "." + prefix + holder).getFields()) {
          if (field.getType() == String.class && java.lang.reflect.Modifier.isStatic(field.getModifiers())) {
            constantsByValue.computeIfAbsent((String) field.get(null), v -> new TreeSet<>()).add(field.getName());
          }
        }
      }
      Set<String> formRefs = new TreeSet<>();
      model.getModelElementsByType(UserTask.class).forEach(t -> formRefs.add(t.getCamundaFormRef()));
      for (String formRef : formRefs) {
        for (String key : requiredKeys(formRef)) {
          boolean checked = validation.contains("\"" + key + "\"")
              || constantsByValue.getOrDefault(key, Set.of()).stream().anyMatch(validation::contains);
          if (!checked) {
            unchecked.add(processKey + " / " + formRef + " / " + key);
          }
        }
      }
    }
    assertThat(unchecked).as("required form fields the server does not check").isEmpty();
  }

  /** The keys of a form's required fields, top level and inside groups (not inside repeated lists). */
  private static Set<String> requiredKeys(String formId) throws IOException {
    Set<String> keys = new TreeSet<>();
    for (Path file : FormTranslations.forms(FORMS)) {
      JsonNode form = new ObjectMapper().readTree(file.toFile());
      if (form.get("id").asText().equals(formId)) {
        collectRequired(form.get("components"), keys);
      }
    }
    return keys;
  }

  private static void collectRequired(JsonNode components, Set<String> keys) {
    if (components == null) {
      return;
    }
    for (JsonNode component : components) {
      if (component.path("validate").path("required").asBoolean(false) && component.has("key")) {
        keys.add(component.get("key").asText());
      }
      if (!"dynamiclist".equals(component.path("type").asText())) {
        collectRequired(component.get("components"), keys);
      }
    }
  }

  private static Collection<Path> bpmnFiles() throws IOException {
    try (Stream<Path> files = Files.list(PROCESSES)) {
      return files.filter(f -> f.toString().endsWith(".bpmn")).sorted().toList();
    }
  }


  private static Set<String> formIds() throws IOException {
    Set<String> ids = new TreeSet<>();
    for (Path file : FormTranslations.forms(FORMS)) {
      ids.add(new ObjectMapper().readTree(file.toFile()).get("id").asText());
    }
    return ids;
  }
}
