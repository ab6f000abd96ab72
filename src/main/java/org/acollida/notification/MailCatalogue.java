package org.acollida.notification;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The mails' texts ({@code i18n/mail.json}): each key with its English, Spanish and Valencian text, placeholders
 * written {@code {{ name }}} as in the other catalogues (MailCatalogueTest checks every key in every language).
 */
@Component
public class MailCatalogue {

  public static final String RESOURCE = "i18n/mail.json";
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([^}\\s]+)\\s*}}");

  private final JsonNode texts;

  public MailCatalogue() {
    try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
      texts = new ObjectMapper().readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The text in that language (English if the key lacks it), placeholders filled; a missing one stays visible. */
  public String text(String key, String language, Map<String, String> params) {
    JsonNode entry = texts.get(key);
    if (entry == null) {
      throw new IllegalStateException("no text " + key + " in " + RESOURCE);
    }
    String text = entry.path(language).asText(entry.path("en").asText());
    Matcher matcher = PLACEHOLDER.matcher(text);
    StringBuilder filled = new StringBuilder();
    while (matcher.find()) {
      String value = params.get(matcher.group(1));
      matcher.appendReplacement(filled, Matcher.quoteReplacement(value == null ? "—" : value));
    }
    matcher.appendTail(filled);
    return filled.toString();
  }

  public boolean has(String key) {
    return texts.has(key);
  }
}
