package org.acollida.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.pvm.delegate.ActivityBehavior;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.SendTask;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.camunda.bpm.model.xml.type.ModelElementType;
import org.junit.jupiter.api.Test;

/**
 * The Camunda Modeler element templates in element-templates/&lt;process key&gt;/ (Camunda 7 format) stay in step
 * with the models and the code. Reads files only, no Spring context: the templates with Jackson, the beans from the
 * {@code @Component("name")} classes under src/main/java, the models from processes/*.bpmn at test time, so a
 * changed model is checked as it stands.
 *
 * <p>What is templated: the Spring bean behind each service task and send task
 * ({@code camunda:delegateExpression="${bean}"}, binding {@code property}), and the delegate-expression execution
 * listeners (binding {@code camunda:executionListener}): those of the start events and those of the processes
 * themselves. Applying a template with execution listeners replaces all the element's execution listeners, so such a
 * template carries every execution listener its element has (the consultation round's end holds two beans in one
 * template).
 *
 * <p>What cannot be templated: task listeners. The Camunda 7 element template schema has no
 * {@code camunda:taskListener} binding, so the user tasks' listeners (the {@code record<TaskId>} completion listeners,
 * {@code summariseFamilies}, {@code prepareContributionInvitation}, {@code requireCandidateGroup}) stay set by hand in
 * Modeler's Task listeners group, and no template may name one. Execution listeners written as plain expressions
 * (the itinerary's {@code itineraryStatusTracker} calls) take arguments per element and are not templated either.
 */
class ElementTemplatesTest {

  private static final Path TEMPLATES = Path.of("element-templates");
  private static final Path SOURCES = Path.of("src/main/java");
  private static final String SCHEMA = "https://unpkg.com/@camunda/element-templates-json-schema/resources/schema.json";
  private static final Set<String> CAMUNDA7_BINDINGS = Set.of("property", "camunda:property", "camunda:inputParameter",
      "camunda:outputParameter", "camunda:in", "camunda:out", "camunda:in:businessKey", "camunda:executionListener",
      "camunda:field", "camunda:errorEventDefinition");
  private static final Set<String> LISTENER_IMPLEMENTATIONS = Set.of("class", "delegateExpression", "expression", "script");
  private static final Pattern BEAN_EXPRESSION = Pattern.compile("^\\$\\{\\s*([a-zA-Z][a-zA-Z0-9]*)\\s*}$");
  private static final Pattern COMPONENT = Pattern.compile("@(?:Component|Service)\\(\\s*(?:value\\s*=\\s*)?\"([^\"]+)\"\\s*\\)");
  private static final Pattern PACKAGE = Pattern.compile("^package\\s+([\\w.]+)\\s*;", Pattern.MULTILINE);
  private static final ObjectMapper JSON = new ObjectMapper();

  /** An execution listener: its event, its implementation type (delegateExpression, expression, class, script) and value. */
  private record Listener(String event, String implementationType, String value) {}

  /** A template as read from its file. */
  private record Template(Path file, JsonNode json) {
    String id() {
      return json.path("id").asText();
    }

    Set<String> appliesTo() {
      Set<String> types = new TreeSet<>();
      json.path("appliesTo").forEach(t -> types.add(t.asText()));
      return types;
    }

    List<JsonNode> properties() {
      List<JsonNode> properties = new ArrayList<>();
      json.path("properties").forEach(properties::add);
      return properties;
    }

    /** The value of its camunda:delegateExpression property binding, or null. */
    String delegateExpression() {
      return properties().stream()
          .filter(p -> p.path("binding").path("type").asText().equals("property")
              && p.path("binding").path("name").asText().equals("camunda:delegateExpression"))
          .map(p -> p.path("value").asText()).findFirst().orElse(null);
    }

    /** Its execution listeners. */
    Set<Listener> executionListeners() {
      Set<Listener> listeners = new LinkedHashSet<>();
      for (JsonNode property : properties()) {
        JsonNode binding = property.path("binding");
        if (binding.path("type").asText().equals("camunda:executionListener")) {
          listeners.add(new Listener(binding.path("event").asText(), binding.path("implementationType").asText(),
              property.path("value").asText()));
        }
      }
      return listeners;
    }

    boolean appliesToAnyOf(Set<String> types) {
      return appliesTo().stream().anyMatch(types::contains);
    }

    @Override
    public String toString() {
      return TEMPLATES.relativize(file).toString();
    }
  }

  @Test
  void everyTemplateIsACamunda7TemplateWithADescription() throws IOException {
    List<String> wrong = new ArrayList<>();
    for (Template template : templates()) {
      JsonNode json = template.json();
      if (!SCHEMA.equals(json.path("$schema").asText())) {
        wrong.add(template + ": $schema is not the Camunda 7 element template schema");
      }
      for (String field : List.of("name", "id", "description")) {
        if (json.path(field).asText().isBlank()) {
          wrong.add(template + ": no " + field);
        }
      }
      if (template.appliesTo().isEmpty() || !template.appliesTo().stream().allMatch(t -> t.startsWith("bpmn:"))) {
        wrong.add(template + ": appliesTo must list BPMN types");
      }
      if (template.properties().isEmpty()) {
        wrong.add(template + ": no properties");
      }
      for (JsonNode property : template.properties()) {
        JsonNode binding = property.path("binding");
        String type = binding.path("type").asText();
        if (!CAMUNDA7_BINDINGS.contains(type)) {
          wrong.add(template + ": binding " + type + " does not exist in Camunda 7 templates (task listeners cannot be templated)");
        }
        if (type.equals("camunda:executionListener")) {
          if (!property.path("type").asText("Hidden").equals("Hidden")) {
            wrong.add(template + ": an execution listener property must be Hidden");
          }
          if (binding.path("event").asText().isBlank() || property.path("value").asText().isBlank()
              || !LISTENER_IMPLEMENTATIONS.contains(binding.path("implementationType").asText())) {
            wrong.add(template + ": an execution listener needs its event, implementationType and value");
          }
        }
        if (type.equals("property") && binding.path("name").asText().equals("camunda:delegateExpression")
            && property.path("editable").asBoolean(true)) {
          wrong.add(template + ": the delegate expression must not be editable (editable: false)");
        }
      }
    }
    assertThat(wrong).as("templates not in the Camunda 7 format").isEmpty();
  }

  @Test
  void templateIdsAreUnique() throws IOException {
    Map<String, List<String>> filesById = new TreeMap<>();
    for (Template template : templates()) {
      filesById.computeIfAbsent(template.id(), id -> new ArrayList<>()).add(template.toString());
    }
    filesById.values().removeIf(files -> files.size() == 1);
    assertThat(filesById).as("template ids used more than once").isEmpty();
  }

  /** A template names beans by delegate expression; each must be a bean of ours, of the kind its binding calls. */
  @Test
  void everyTemplateNamesABeanThatExists() throws Exception {
    Map<String, String> beans = beanClasses();
    List<String> wrong = new ArrayList<>();
    for (Template template : templates()) {
      for (JsonNode property : template.properties()) {
        JsonNode binding = property.path("binding");
        boolean delegate = binding.path("type").asText().equals("property")
            && binding.path("name").asText().equals("camunda:delegateExpression");
        boolean listener = binding.path("type").asText().equals("camunda:executionListener")
            && binding.path("implementationType").asText().equals("delegateExpression");
        if (!delegate && !listener) {
          continue;
        }
        String bean = beanName(property.path("value").asText());
        if (bean == null || !beans.containsKey(bean)) {
          wrong.add(template + ": no bean " + property.path("value").asText());
          continue;
        }
        Class<?> type = Class.forName(beans.get(bean));
        if (delegate && !JavaDelegate.class.isAssignableFrom(type) && !ActivityBehavior.class.isAssignableFrom(type)) {
          wrong.add(template + ": " + bean + " is no JavaDelegate");
        }
        if (listener && !ExecutionListener.class.isAssignableFrom(type)) {
          wrong.add(template + ": " + bean + " is no ExecutionListener");
        }
      }
    }
    assertThat(wrong).as("templates naming no bean of ours").isEmpty();
  }

  @Test
  void everyServiceAndSendTaskOfTheModelsHasATemplate() throws IOException {
    List<Template> templates = templates();
    List<String> missing = new ArrayList<>();
    int tasks = 0;
    for (BpmnModelInstance model : ProcessModels.all()) {
      List<BaseElement> delegating = new ArrayList<>();
      delegating.addAll(model.getModelElementsByType(ServiceTask.class));
      delegating.addAll(model.getModelElementsByType(SendTask.class));
      for (BaseElement task : delegating) {
        String expression = task instanceof ServiceTask service
            ? service.getCamundaDelegateExpression() : ((SendTask) task).getCamundaDelegateExpression();
        if (expression == null) {
          continue;
        }
        tasks++;
        Set<String> types = bpmnTypes(task.getElementType());
        boolean templated = templates.stream()
            .anyMatch(t -> expression.equals(t.delegateExpression()) && t.appliesToAnyOf(types));
        if (!templated) {
          missing.add(ProcessModels.processKey(model) + " / " + task.getId() + ": " + expression);
        }
      }
    }
    assertThat(tasks).as("service and send tasks with a delegate expression").isPositive();
    assertThat(missing).as("delegate expressions with no element template applying to their task").isEmpty();
  }

  /**
   * Each delegate-expression execution listener of a model (processes, start events, any element) has a template
   * for its element that sets exactly the element's execution listeners: applying it drops none of them.
   */
  @Test
  void everyDelegateExecutionListenerHasATemplateThatKeepsItsElementsListeners() throws IOException {
    List<Template> templates = templates();
    List<String> missing = new ArrayList<>();
    int listeners = 0;
    for (BpmnModelInstance model : ProcessModels.all()) {
      for (BaseElement element : model.getModelElementsByType(BaseElement.class)) {
        Set<Listener> own = executionListenersOf(element);
        if (own.stream().noneMatch(l -> l.implementationType().equals("delegateExpression"))) {
          continue;
        }
        listeners++;
        Set<String> types = bpmnTypes(element.getElementType());
        boolean templated = templates.stream()
            .anyMatch(t -> t.appliesToAnyOf(types) && t.executionListeners().equals(own));
        if (!templated) {
          missing.add(ProcessModels.processKey(model) + " / " + element.getId() + ": " + own);
        }
      }
    }
    assertThat(listeners).as("elements with delegate-expression execution listeners").isPositive();
    assertThat(missing).as("execution listeners with no template that sets exactly them on their element").isEmpty();
  }

  /** Like forms/, element-templates/ lines up with the processes: a bean one process uses has its template in that process's folder. */
  @Test
  void everyTemplateLivesInTheFolderOfTheProcessThatUsesIt() throws IOException {
    Map<String, Set<String>> processesByExpression = new TreeMap<>();
    for (BpmnModelInstance model : ProcessModels.all()) {
      String key = ProcessModels.processKey(model);
      for (BaseElement element : model.getModelElementsByType(BaseElement.class)) {
        String expression = element.getAttributeValueNs("http://camunda.org/schema/1.0/bpmn", "delegateExpression");
        if (expression != null) {
          processesByExpression.computeIfAbsent(expression, e -> new TreeSet<>()).add(key);
        }
        for (Listener listener : executionListenersOf(element)) {
          processesByExpression.computeIfAbsent(listener.value(), e -> new TreeSet<>()).add(key);
        }
      }
    }
    List<String> misplaced = new ArrayList<>();
    for (Template template : templates()) {
      Set<String> users = new TreeSet<>();
      for (JsonNode property : template.properties()) {
        users.addAll(processesByExpression.getOrDefault(property.path("value").asText(), Set.of()));
      }
      Path folder = TEMPLATES.relativize(template.file()).getParent();
      if (users.size() == 1 && (folder == null || !folder.toString().equals(users.iterator().next()))) {
        misplaced.add(template + ": belongs in element-templates/" + users.iterator().next() + "/");
      }
    }
    assertThat(misplaced).as("templates outside the folder of the process that uses them").isEmpty();
  }

  private static List<Template> templates() throws IOException {
    List<Template> templates = new ArrayList<>();
    try (Stream<Path> files = Files.walk(TEMPLATES)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
        JsonNode json = JSON.readTree(file.toFile());
        if (json.isArray()) {
          json.forEach(t -> templates.add(new Template(file, t)));
        } else {
          templates.add(new Template(file, json));
        }
      }
    }
    assertThat(templates).as("templates in element-templates/").isNotEmpty();
    return templates;
  }



  /** Bean name -> class, from the {@code @Component("name")} classes under src/main/java. */
  private static Map<String, String> beanClasses() throws IOException {
    Map<String, String> beans = new TreeMap<>();
    try (Stream<Path> files = Files.walk(SOURCES)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        String source = Files.readString(file);
        Matcher component = COMPONENT.matcher(source);
        Matcher pkg = PACKAGE.matcher(source);
        if (component.find() && pkg.find()) {
          String simpleName = file.getFileName().toString().replaceFirst("\\.java$", "");
          beans.put(component.group(1), pkg.group(1) + "." + simpleName);
        }
      }
    }
    assertThat(beans).as("beans under src/main/java").isNotEmpty();
    return beans;
  }

  private static String beanName(String expression) {
    Matcher matcher = BEAN_EXPRESSION.matcher(expression.trim());
    return matcher.matches() ? matcher.group(1) : null;
  }

  /** The element's own execution listeners (not those of elements inside it). */
  private static Set<Listener> executionListenersOf(BaseElement element) {
    Set<Listener> listeners = new LinkedHashSet<>();
    ExtensionElements extensions = element.getExtensionElements();
    if (extensions == null) {
      return listeners;
    }
    for (CamundaExecutionListener listener : extensions.getChildElementsByType(CamundaExecutionListener.class)) {
      if (listener.getCamundaDelegateExpression() != null) {
        listeners.add(new Listener(listener.getCamundaEvent(), "delegateExpression", listener.getCamundaDelegateExpression()));
      } else if (listener.getCamundaExpression() != null) {
        listeners.add(new Listener(listener.getCamundaEvent(), "expression", listener.getCamundaExpression()));
      } else if (listener.getCamundaClass() != null) {
        listeners.add(new Listener(listener.getCamundaEvent(), "class", listener.getCamundaClass()));
      } else {
        listeners.add(new Listener(listener.getCamundaEvent(), "script", String.valueOf(listener.getCamundaScript())));
      }
    }
    return listeners;
  }

  /** The BPMN types a template may name in appliesTo for this element: its own and those it extends (bpmn:Task, ...). */
  private static Set<String> bpmnTypes(ModelElementType type) {
    Set<String> types = new TreeSet<>();
    for (ModelElementType t = type; t != null; t = t.getBaseType()) {
      String name = t.getTypeName();
      types.add("bpmn:" + Character.toUpperCase(name.charAt(0)) + name.substring(1));
    }
    return types;
  }
}
