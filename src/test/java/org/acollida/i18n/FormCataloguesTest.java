package org.acollida.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every form a person fills in exists in Spanish and Valencian: each text of each form
 * forms/&lt;process key&gt;/&lt;form id&gt;.form has both translations in the catalogue beside it,
 * forms/&lt;process key&gt;/i18n/&lt;form id&gt;.json. Runs over every form, so a new form fails here until its
 * catalogue is written, and a changed English text fails until its translations are revised.
 */
class FormCataloguesTest {

  private static final Path FORMS = Path.of("forms");
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Form id -> its file. */
  private static Map<String, Path> formFiles() throws IOException {
    Map<String, Path> files = new TreeMap<>();
    for (Path form : FormTranslations.forms(FORMS)) {
      files.put(JSON.readTree(form.toFile()).get("id").asText(), form);
    }
    return files;
  }

  static List<String> formIds() throws IOException {
    return new ArrayList<>(formFiles().keySet());
  }

  private static Path file(String id) throws IOException {
    Path file = formFiles().get(id);
    if (file == null) {
      throw new AssertionError("no form " + id);
    }
    return file;
  }

  private static JsonNode form(String id) throws IOException {
    return JSON.readTree(file(id).toFile());
  }

  private static Map<String, Map<String, String>> catalogue(String id) throws IOException {
    return FormTranslations.catalogueOf(file(id), id);
  }

  @ParameterizedTest(name = "{0}: every text has its Spanish and Valencian translation")
  @MethodSource("formIds")
  void everyTextIsTranslatedIntoEveryLanguage(String formId) throws IOException {
    Map<String, Map<String, String>> catalogue = catalogue(formId);
    List<String> missing = new ArrayList<>();
    for (String text : FormTranslations.texts(form(formId))) {
      for (String language : UserLanguage.TRANSLATIONS) {
        String translated = catalogue.getOrDefault(text, Map.of()).get(language);
        if (translated == null || translated.isBlank()) {
          missing.add(language + ": " + text);
        } else if (!Placeholders.in(translated).equals(Placeholders.in(text))) {
          missing.add(language + " changes the {{variables}} of: " + text);
        }
      }
    }
    assertThat(missing).as("missing in " + FormTranslations.catalogueFile(file(formId), formId)).isEmpty();
  }

  @ParameterizedTest(name = "{0}: the catalogue holds no text the form no longer has")
  @MethodSource("formIds")
  void theCatalogueHoldsNoStaleText(String formId) throws IOException {
    Set<String> stale = new TreeSet<>(catalogue(formId).keySet());
    stale.removeAll(FormTranslations.texts(form(formId)));
    assertThat(stale).as("texts in the catalogue of " + formId + " that the form no longer has").isEmpty();
  }

  /** A catalogue left behind when its form moved to another process's folder, or was removed, is translated for nothing. */
  @Test
  void everyCatalogueBelongsToAFormBesideIt() throws IOException {
    Set<Path> expected = new TreeSet<>();
    for (Map.Entry<String, Path> form : formFiles().entrySet()) {
      expected.add(FormTranslations.catalogueFile(form.getValue(), form.getKey()));
    }
    Set<Path> catalogues = new TreeSet<>();
    try (Stream<Path> files = Files.walk(FORMS)) {
      files.filter(f -> f.getFileName().toString().endsWith(".json")).forEach(catalogues::add);
    }
    assertThat(catalogues).as("catalogues in forms/").isNotEmpty();
    catalogues.removeAll(expected);
    assertThat(catalogues).as("catalogues with no form beside them (forms/<process key>/i18n/<form id>.json)").isEmpty();
  }

  /** What the build step (pom.xml, process-classes) does with forms in process folders, each with its catalogue beside it. */
  @Test
  void theBuildTranslatesTheFormsOfEveryProcessFolderFromTheCatalogueBesideEach(@TempDir Path temp) throws IOException {
    Path forms = temp.resolve("forms");
    Path output = temp.resolve("classes/forms/translated");
    writeForm(forms.resolve("first-process"), "ask", "Question", Map.of("es", "Pregunta", "ca", "Pregunta"));
    writeForm(forms.resolve("second-process"), "answer", "Answer", Map.of("es", "Respuesta", "ca", "Resposta"));
    Files.createDirectories(output);
    Files.writeString(output.resolve("removed-form-es.form"), "{}");

    FormTranslations.main(new String[] {forms.toString(), output.toString()});

    Set<String> written = new TreeSet<>();
    try (Stream<Path> files = Files.list(output)) {
      files.forEach(f -> written.add(f.getFileName().toString()));
    }
    assertThat(written).as("one variant per form and language, nothing left from an earlier build")
        .containsExactly("answer-ca.form", "answer-es.form", "ask-ca.form", "ask-es.form");
    assertThat(JSON.readTree(output.resolve("answer-ca.form").toFile()).findValuesAsText("label")).containsExactly("Resposta");
    assertThat(FormTranslations.forms(forms)).as("catalogues are not forms")
        .containsExactly(forms.resolve("first-process/ask.form"), forms.resolve("second-process/answer.form"));
  }

  @Test
  void theBuildRefusesTwoFormsWithOneId(@TempDir Path temp) throws IOException {
    Path forms = temp.resolve("forms");
    writeForm(forms.resolve("first-process"), "ask", "Question", Map.of());
    writeForm(forms.resolve("second-process"), "ask", "Question", Map.of());
    String output = temp.resolve("translated").toString();
    assertThatThrownBy(() -> FormTranslations.main(new String[] {forms.toString(), output}))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("two forms with the id ask");
  }

  private static void writeForm(Path folder, String id, String label, Map<String, String> translations) throws IOException {
    Files.createDirectories(folder.resolve(FormTranslations.CATALOGUE_FOLDER));
    ObjectNode form = JSON.createObjectNode().put("id", id);
    form.putArray("components").addObject().put("type", "textfield").put("key", "x").put("label", label);
    Files.writeString(folder.resolve(id + ".form"), JSON.writeValueAsString(form));
    ObjectNode catalogue = JSON.createObjectNode();
    ObjectNode entry = catalogue.putObject(label);
    translations.forEach(entry::put);
    Files.writeString(FormTranslations.catalogueFile(folder.resolve(id + ".form"), id), JSON.writeValueAsString(catalogue));
  }

  @Test
  void aVariantChangesOnlyTheTextsAndItsId() throws IOException {
    JsonNode english = form("vote-on-extension");
    JsonNode spanish = FormTranslations.translate(english, catalogue("vote-on-extension"), "es");
    assertThat(spanish.get("id").asText()).isEqualTo("vote-on-extension-es");
    assertThat(spanish.findValuesAsText("key")).isEqualTo(english.findValuesAsText("key"));
    assertThat(spanish.findValuesAsText("value")).isEqualTo(english.findValuesAsText("value"));
    assertThat(spanish.findValues("validate")).isEqualTo(english.findValues("validate"));
    assertThat(spanish.findValuesAsText("label"))
        .contains("¿Está de acuerdo su organización en prorrogar el convenio dos años?")
        .doesNotContain("Does your organisation agree to extend the agreement by two years?");
  }

  @Test
  void aTextWithoutTranslationStaysEnglishRatherThanEmpty() {
    JsonNode form = JSON.createObjectNode().put("id", "f").set("components", JSON.createArrayNode()
        .add(JSON.createObjectNode().put("type", "textfield").put("key", "x").put("label", "Untranslated")));
    JsonNode valencian = FormTranslations.translate(form, Map.of(), "ca");
    assertThat(valencian.findValuesAsText("label")).containsExactly("Untranslated");
  }
}
