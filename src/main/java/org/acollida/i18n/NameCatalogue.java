package org.acollida.i18n;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The Spanish and Valencian names of what coordinators see listed in Tasklist: processes and their user tasks
 * (processes/i18n/&lt;process id&gt;.json, next to the models) and Tasklist filters (i18n/filters.json).
 * Keyed by the English name as it stands in the model or filter.
 */
@Component
public class NameCatalogue {

  static final String PROCESS_CATALOGUES = "classpath*:processes/i18n/*.json";
  static final String FILTER_CATALOGUE = "classpath*:i18n/filters.json";

  private final Map<String, Map<String, String>> translations = new HashMap<>();

  public NameCatalogue() {
    ObjectMapper json = new ObjectMapper();
    try {
      PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
      for (String pattern : new String[] {PROCESS_CATALOGUES, FILTER_CATALOGUE}) {
        for (Resource resource : resolver.getResources(pattern)) {
          try (InputStream in = resource.getInputStream()) {
            json.readTree(in).fields().forEachRemaining(entry -> translations.put(entry.getKey(), languages(entry.getValue())));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the name catalogues", e);
    }
  }

  private static Map<String, String> languages(JsonNode node) {
    Map<String, String> byLanguage = new HashMap<>();
    node.fields().forEachRemaining(t -> byLanguage.put(t.getKey(), t.getValue().asText()));
    return byLanguage;
  }

  /** The name in that language, or the English name itself when it has no translation. */
  public String translate(String english, String language) {
    String translated = translations.getOrDefault(english, Map.of()).get(language);
    return translated == null || translated.isBlank() ? english : translated;
  }
}
