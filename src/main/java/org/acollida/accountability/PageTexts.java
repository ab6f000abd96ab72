package org.acollida.accountability;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The accountability page's own texts in English, Spanish and Valencian (i18n/accountability.json: each key with
 * its {@code en}, {@code es} and {@code ca} text). A text missing in a language falls back to English.
 */
@Component
public class PageTexts {

  static final String CATALOGUE = "i18n/accountability.json";

  private final Map<String, Map<String, String>> byKey;

  public PageTexts() throws IOException {
    try (InputStream in = new ClassPathResource(CATALOGUE).getInputStream()) {
      byKey = new ObjectMapper().readValue(in, new TypeReference<>() {});
    }
  }

  /** Every text of the page in that language, by key. */
  public Map<String, String> in(String language) {
    Map<String, String> texts = new HashMap<>();
    byKey.forEach((key, languages) -> texts.put(key, languages.getOrDefault(language, languages.get("en"))));
    return texts;
  }
}
