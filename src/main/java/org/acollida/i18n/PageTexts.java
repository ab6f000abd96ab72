package org.acollida.i18n;

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
import org.springframework.core.io.ClassPathResource;

/**
 * The texts of a page (or of the values it shows) in English, Spanish and Valencian, from one catalogue under
 * {@code i18n/}: each key with its text in every language, {@code {{name}}} marking what is filled in. The
 * catalogue tests check every key in every language with the same placeholders.
 */
public final class PageTexts {

  /** The pages' languages: the source language first, then the translations. */
  public static final List<String> LANGUAGES =
      Stream.concat(Stream.of(UserLanguage.SOURCE), UserLanguage.TRANSLATIONS.stream()).toList();
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([A-Za-z]+)\\s*}}");

  private final String catalogue;
  private final Map<String, Map<String, String>> texts;

  private PageTexts(String catalogue, Map<String, Map<String, String>> texts) {
    this.catalogue = catalogue;
    this.texts = texts;
  }

  /** Reads a catalogue from the classpath, e.g. {@code i18n/report.json}. */
  public static PageTexts read(String catalogue) {
    Map<String, Map<String, String>> texts = new LinkedHashMap<>();
    try (InputStream in = new ClassPathResource(catalogue).getInputStream()) {
      JsonNode root = new ObjectMapper().readTree(in);
      root.properties().forEach(entry -> {
        Map<String, String> byLanguage = new LinkedHashMap<>();
        entry.getValue().properties().forEach(t -> byLanguage.put(t.getKey(), t.getValue().asText()));
        texts.put(entry.getKey(), byLanguage);
      });
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + catalogue, e);
    }
    return new PageTexts(catalogue, texts);
  }

  public boolean has(String key) {
    return texts.containsKey(key);
  }

  /** Every text in that language, for a template ({@code t['key']}). */
  public Map<String, String> all(String language) {
    Map<String, String> all = new LinkedHashMap<>();
    texts.keySet().forEach(key -> all.put(key, text(key, language, Map.of())));
    return all;
  }

  /** Every text in that language with its placeholders left in, for a page that fills them itself (in JavaScript). */
  public Map<String, String> unfilled(String language) {
    Map<String, String> all = new LinkedHashMap<>();
    texts.forEach((key, byLanguage) -> {
      String text = byLanguage.getOrDefault(language, "");
      all.put(key, text.isBlank() ? byLanguage.get(UserLanguage.SOURCE) : text);
    });
    return all;
  }

  public String text(String key, String language) {
    return text(key, language, Map.of());
  }

  /** The text of that key in that language (English where it has none), with its placeholders filled in. */
  public String text(String key, String language, Map<String, String> values) {
    Map<String, String> byLanguage = texts.get(key);
    if (byLanguage == null) {
      throw new IllegalArgumentException("no text " + key + " in " + catalogue);
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
}
