package org.acollida.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every form a person fills in exists in Spanish and Valencian: each text of each form in forms/ has both
 * translations in forms/i18n/&lt;form id&gt;.json. Runs over every form, so a new form fails here until its
 * catalogue is written, and a changed English text fails until its translations are revised.
 */
class FormCataloguesTest {

  private static final Path FORMS = Path.of("forms");
  private static final ObjectMapper JSON = new ObjectMapper();

  static List<String> formIds() throws IOException {
    List<String> ids = new ArrayList<>();
    for (Path form : FormTranslations.forms(FORMS)) {
      ids.add(JSON.readTree(form.toFile()).get("id").asText());
    }
    return ids;
  }

  private static JsonNode form(String id) throws IOException {
    for (Path file : FormTranslations.forms(FORMS)) {
      JsonNode form = JSON.readTree(file.toFile());
      if (form.get("id").asText().equals(id)) {
        return form;
      }
    }
    throw new AssertionError("no form " + id);
  }

  @ParameterizedTest(name = "{0}: every text has its Spanish and Valencian translation")
  @MethodSource("formIds")
  void everyTextIsTranslatedIntoEveryLanguage(String formId) throws IOException {
    Map<String, Map<String, String>> catalogue = FormTranslations.catalogue(FORMS, formId);
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
    assertThat(missing).as("missing in " + FormTranslations.cataloguePath(FORMS, formId)).isEmpty();
  }

  @ParameterizedTest(name = "{0}: the catalogue holds no text the form no longer has")
  @MethodSource("formIds")
  void theCatalogueHoldsNoStaleText(String formId) throws IOException {
    Set<String> stale = new TreeSet<>(FormTranslations.catalogue(FORMS, formId).keySet());
    stale.removeAll(FormTranslations.texts(form(formId)));
    assertThat(stale).as("texts in the catalogue of " + formId + " that the form no longer has").isEmpty();
  }

  @Test
  void aVariantChangesOnlyTheTextsAndItsId() throws IOException {
    JsonNode english = form("vote-on-extension");
    JsonNode spanish = FormTranslations.translate(english, FormTranslations.catalogue(FORMS, "vote-on-extension"), "es");
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
