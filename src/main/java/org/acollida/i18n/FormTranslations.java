package org.acollida.i18n;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * Camunda Forms have no message catalogue, so each form (English, edited in Modeler) has a catalogue beside it:
 * forms/&lt;process key&gt;/&lt;form id&gt;.form has forms/&lt;process key&gt;/i18n/&lt;form id&gt;.json, mapping each
 * English text to its Spanish and Valencian text. At build time (process-classes) this generates one variant per
 * language, id &lt;form id&gt;-&lt;language&gt;, deployed with the processes; {@link LocalisedForms} hands each user
 * the variant in their language. Only texts change: ids, keys, values and validation stay those of the English form.
 */
public final class FormTranslations {

  /** Properties of form-js components that people read. */
  static final Set<String> TEXT_PROPERTIES = Set.of("label", "description", "text", "dateLabel", "timeLabel",
      "placeholder", "prefixAdorner", "suffixAdorner", "title");

  private static final ObjectMapper JSON = new ObjectMapper();

  private FormTranslations() {}

  /** The folder beside each form that holds its catalogue; build input, never deployed. */
  public static final String CATALOGUE_FOLDER = "i18n";

  /**
   * Usage: FormTranslations &lt;forms folder&gt; &lt;output folder&gt;. The output folder holds only this run's
   * variants afterwards (a removed form leaves no variant behind to be deployed). Fails on an unreadable
   * catalogue or on two forms with one id, never on a missing entry.
   */
  public static void main(String[] args) throws IOException {
    Path forms = Path.of(args[0]);
    Path output = Path.of(args[1]);
    Files.createDirectories(output);
    try (Stream<Path> previous = Files.list(output)) {
      for (Path stale : previous.filter(f -> f.toString().endsWith(".form")).toList()) {
        Files.delete(stale);
      }
    }
    Map<String, Path> seen = new LinkedHashMap<>();
    int written = 0;
    for (Path form : forms(forms)) {
      JsonNode source = JSON.readTree(form.toFile());
      String formId = source.get("id").asText();
      Path other = seen.put(formId, form);
      if (other != null) {
        throw new IllegalStateException("two forms with the id " + formId + ": " + other + " and " + form);
      }
      Map<String, Map<String, String>> catalogue = catalogueOf(form, formId);
      for (String language : UserLanguage.TRANSLATIONS) {
        JsonNode variant = translate(source, catalogue, language);
        Files.writeString(output.resolve(variant.get("id").asText() + ".form"), pretty(variant));
        written++;
      }
    }
    System.out.println("Form translations: " + written + " language variants written to " + output);
  }

  /** The id under which a form's variant in that language is deployed; English is the form itself. */
  public static String variantId(String formId, String language) {
    return UserLanguage.SOURCE.equals(language) ? formId : formId + "-" + language;
  }

  /** Every form under the forms folder (forms/&lt;process key&gt;/*.form), in path order; catalogues are skipped. */
  public static List<Path> forms(Path formsFolder) throws IOException {
    try (Stream<Path> files = Files.walk(formsFolder)) {
      return files.filter(Files::isRegularFile)
          .filter(f -> f.getFileName().toString().endsWith(".form"))
          .filter(f -> !isInCatalogueFolder(formsFolder.relativize(f)))
          .sorted().toList();
    }
  }

  private static boolean isInCatalogueFolder(Path relative) {
    for (Path part : relative) {
      if (part.toString().equals(CATALOGUE_FOLDER)) {
        return true;
      }
    }
    return false;
  }

  /** The catalogue of that form: &lt;form's folder&gt;/i18n/&lt;form id&gt;.json. */
  public static Path catalogueFile(Path form, String formId) {
    return form.resolveSibling(CATALOGUE_FOLDER).resolve(formId + ".json");
  }

  /** English text -> language -> translation, from the catalogue beside the form; empty when it has none yet. */
  public static Map<String, Map<String, String>> catalogueOf(Path form, String formId) throws IOException {
    Path file = catalogueFile(form, formId);
    Map<String, Map<String, String>> catalogue = new LinkedHashMap<>();
    if (Files.exists(file)) {
      JSON.readTree(file.toFile()).fields().forEachRemaining(entry -> {
        Map<String, String> translations = new LinkedHashMap<>();
        entry.getValue().fields().forEachRemaining(t -> translations.put(t.getKey(), t.getValue().asText()));
        catalogue.put(entry.getKey(), translations);
      });
    }
    return catalogue;
  }

  /** Every text of the form a person reads, in order, each once. */
  public static Set<String> texts(JsonNode form) {
    Set<String> texts = new LinkedHashSet<>();
    rewrite(form.deepCopy(), text -> {
      texts.add(text);
      return text;
    });
    return texts;
  }

  /** The form in that language; a text with no translation stays English (the completeness test reports it). */
  public static JsonNode translate(JsonNode form, Map<String, Map<String, String>> catalogue, String language) {
    JsonNode variant = form.deepCopy();
    rewrite(variant, text -> {
      String translated = catalogue.getOrDefault(text, Map.of()).get(language);
      return translated == null || translated.isBlank() ? text : translated;
    });
    ((ObjectNode) variant).put("id", variantId(form.get("id").asText(), language));
    return variant;
  }

  private static void rewrite(JsonNode node, UnaryOperator<String> translation) {
    if (node instanceof ObjectNode object) {
      List<String> names = new ArrayList<>();
      object.fieldNames().forEachRemaining(names::add);
      for (String name : names) {
        JsonNode child = object.get(name);
        if (child.isTextual() && TEXT_PROPERTIES.contains(name) && !child.asText().isBlank()) {
          object.set(name, new TextNode(translation.apply(child.asText())));
        } else if (!child.isValueNode()) {
          rewrite(child, translation);
        }
      }
    } else if (node.isArray()) {
      node.forEach(child -> rewrite(child, translation));
    }
  }

  private static String pretty(JsonNode node) throws IOException {
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"));
    return JSON.writer(printer).writeValueAsString(node) + "\n";
  }
}
