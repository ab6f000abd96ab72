package org.acollida.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.acollida.i18n.FormTranslations;
import org.acollida.i18n.UserLanguage;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.junit.jupiter.api.Test;

/**
 * forms/ lines up with the processes, so a designer in Modeler sees which forms belong to which process: each
 * form is forms/&lt;process key&gt;/&lt;form id&gt;.form, in the folder of the one process whose camunda:formRef
 * (start event or user task) names it, and its catalogue is beside it in forms/&lt;process key&gt;/i18n/.
 * BPMN names forms by id, never by path, so moving a form between folders changes no model. Reads files only.
 */
class FormFoldersTest {

  private static final Path FORMS = Path.of("forms");
  private static final String CAMUNDA_NS = "http://camunda.org/schema/1.0/bpmn";
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void everyFormLivesInTheFolderOfTheOnlyProcessThatUsesIt() throws IOException {
    Map<String, Set<String>> processesByForm = processesByFormId();
    List<String> misplaced = new ArrayList<>();
    for (Path file : FormTranslations.forms(FORMS)) {
      String formId = JSON.readTree(file.toFile()).get("id").asText();
      Set<String> processes = processesByForm.getOrDefault(formId, Set.of());
      Path folder = FORMS.relativize(file).getParent();
      if (processes.size() != 1) {
        misplaced.add(FORMS.relativize(file) + ": used by " + (processes.isEmpty() ? "no process" : processes));
      } else if (folder == null || !folder.toString().equals(processes.iterator().next())) {
        misplaced.add(FORMS.relativize(file) + ": belongs in forms/" + processes.iterator().next() + "/");
      }
    }
    assertThat(misplaced).as("forms outside forms/<key of the process that uses them>/").isEmpty();
    assertThat(processesByForm).as("forms the models name").isNotEmpty();
  }

  /**
   * In a packaged jar the engine names each deployed resource by its file name alone, and a deployment keeps
   * one resource per name: two forms whose files share a name, in different folders or as a form and another
   * form's language variant, would deploy one of them silently. Files named by their form ids, ids unique,
   * keep every name apart.
   */
  @Test
  void everyFormFileIsNamedByItsIdAndNoDeployedNameRepeats() throws IOException {
    List<String> misnamed = new ArrayList<>();
    Map<String, List<Path>> filesByDeployedName = new TreeMap<>();
    for (Path file : FormTranslations.forms(FORMS)) {
      String formId = JSON.readTree(file.toFile()).get("id").asText();
      if (!file.getFileName().toString().equals(formId + ".form")) {
        misnamed.add(FORMS.relativize(file) + " holds the form " + formId);
      }
      filesByDeployedName.computeIfAbsent(formId + ".form", n -> new ArrayList<>()).add(file);
      for (String language : UserLanguage.TRANSLATIONS) {
        filesByDeployedName.computeIfAbsent(FormTranslations.variantId(formId, language) + ".form",
            n -> new ArrayList<>()).add(file);
      }
    }
    assertThat(misnamed).as("form files not named <form id>.form").isEmpty();
    filesByDeployedName.values().removeIf(files -> files.size() == 1);
    assertThat(filesByDeployedName).as("deployed form names that repeat").isEmpty();
  }

  /** Nothing else sits in forms/: a form at the top or deeper down would not be deployed (forms/*&#47;*.form). */
  @Test
  void formsHoldsOnlyProcessFoldersOfFormsAndTheirCatalogues() throws IOException {
    Set<String> processKeys = new TreeSet<>();
    for (BpmnModelInstance model : ProcessModels.all()) {
      model.getModelElementsByType(Process.class).forEach(p -> processKeys.add(p.getId()));
    }
    List<String> strays = new ArrayList<>();
    try (Stream<Path> files = Files.walk(FORMS)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        Path relative = FORMS.relativize(file);
        String name = relative.getFileName().toString();
        boolean inProcessFolder = relative.getNameCount() >= 2 && processKeys.contains(relative.getName(0).toString());
        // an embedded HTML form only where a Camunda Form cannot do it (ModelConsistencyTest checks its form key)
        boolean form = relative.getNameCount() == 2 && (name.endsWith(".form") || name.endsWith(".html"));
        boolean catalogue = relative.getNameCount() == 3
            && relative.getName(1).toString().equals(FormTranslations.CATALOGUE_FOLDER) && name.endsWith(".json");
        if (!inProcessFolder || !(form || catalogue)) {
          strays.add(relative.toString());
        }
      }
    }
    assertThat(strays).as("files in forms/ other than <process key>/<form id>.form (or .html) and <process key>/i18n/<form id>.json")
        .isEmpty();
  }

  /** Form id -> keys of the processes whose start events or user tasks name it. */
  private static Map<String, Set<String>> processesByFormId() throws IOException {
    Map<String, Set<String>> processes = new TreeMap<>();
    for (BpmnModelInstance model : ProcessModels.all()) {
      String processKey = ProcessModels.processKey(model);
      for (BaseElement element : model.getModelElementsByType(BaseElement.class)) {
        String formRef = element.getAttributeValueNs(CAMUNDA_NS, "formRef");
        if (formRef != null && !formRef.isBlank()) {
          processes.computeIfAbsent(formRef, f -> new TreeSet<>()).add(processKey);
        }
      }
    }
    return processes;
  }

}
