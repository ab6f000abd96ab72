package org.acollida.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.acollida.i18n.NameCatalogue;
import org.acollida.i18n.UserLanguage;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The audit page's texts in English, Spanish and Valencian, from its catalogue {@value #CATALOGUE}: each key with
 * its text in every language, {@code {{name}}} marking what is filled in. Task and process names come in the
 * reader's language from the processes' own catalogues ({@link NameCatalogue}); variable, message and decision
 * names stay as the contract names them.
 */
@Component
public class AuditTexts {

  static final String CATALOGUE = "i18n/audit.json";
  /** The page's languages: the source language first, then the translations. */
  public static final List<String> LANGUAGES =
      Stream.concat(Stream.of(UserLanguage.SOURCE), UserLanguage.TRANSLATIONS.stream()).toList();
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([A-Za-z]+)\\s*}}");

  private final Map<String, Map<String, String>> texts;
  private final NameCatalogue names;

  public AuditTexts(NameCatalogue names) {
    this.names = names;
    this.texts = read();
  }

  /** Key → language → text, in the catalogue's order. */
  static Map<String, Map<String, String>> read() {
    Map<String, Map<String, String>> texts = new LinkedHashMap<>();
    try (InputStream in = new ClassPathResource(CATALOGUE).getInputStream()) {
      JsonNode catalogue = new ObjectMapper().readTree(in);
      catalogue.fields().forEachRemaining(entry -> {
        Map<String, String> byLanguage = new LinkedHashMap<>();
        entry.getValue().fields().forEachRemaining(t -> byLanguage.put(t.getKey(), t.getValue().asText()));
        texts.put(entry.getKey(), byLanguage);
      });
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + CATALOGUE, e);
    }
    return texts;
  }

  /** Every text in that language, for the template ({@code t['key']}). */
  public Map<String, String> all(String language) {
    Map<String, String> all = new LinkedHashMap<>();
    texts.keySet().forEach(key -> all.put(key, text(key, language, Map.of())));
    return all;
  }

  /** The text of that key in that language (English where it has none), with its placeholders filled in. */
  public String text(String key, String language, Map<String, String> values) {
    Map<String, String> byLanguage = texts.get(key);
    if (byLanguage == null) {
      throw new IllegalArgumentException("no text " + key + " in " + CATALOGUE);
    }
    String text = byLanguage.getOrDefault(language, "");
    if (text.isBlank()) {
      text = byLanguage.get(UserLanguage.SOURCE);
    }
    Matcher matcher = PLACEHOLDER.matcher(text);
    StringBuilder filled = new StringBuilder();
    while (matcher.find()) {
      matcher.appendReplacement(filled, Matcher.quoteReplacement(values.getOrDefault(matcher.group(1), "")));
    }
    matcher.appendTail(filled);
    return filled.toString();
  }

  /** A task's or process's name as the reader's Tasklist shows it. */
  public String name(String english, String language) {
    return english == null ? "" : names.translate(english, language);
  }

  /** The sentence of one line of the trail, in that language. */
  public String describe(AuditEntry entry, String language) {
    String subject = switch (entry.kind()) {
      case STARTED, ENDED, TASK_CLAIMED, TASK_RELEASED, TASK_ASSIGNED, TASK_COMPLETED, VARIABLES_WRITTEN ->
          name(entry.subject(), language);
      default -> entry.subject() == null ? "" : entry.subject();
    };
    String value = entry.value();
    if (entry.kind() == AuditEntry.Kind.ENDED) {
      value = texts.containsKey("state." + value) ? text("state." + value, language, Map.of()) : String.valueOf(value);
    } else if (entry.kind() == AuditEntry.Kind.OPERATION && value != null) {
      value = name(value, language);
    } else if (value == null) {
      value = text("value.none", language, Map.of());
    }
    return text(entry.kind().textKey(), language, Map.of("subject", subject, "value", value));
  }

  /** Who did it, for people: the user id, or that the engine did it on its own. */
  public String who(AuditEntry entry, String language) {
    return entry.userId() == null ? text("who.system", language, Map.of()) : entry.userId();
  }
}
