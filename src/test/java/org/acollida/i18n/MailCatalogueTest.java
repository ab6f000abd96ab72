package org.acollida.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.acollida.contract.ContributionAnswer;
import org.acollida.notification.MailCatalogue;
import org.acollida.notification.MailKind;
import org.acollida.notification.NotificationPreferences;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/** The mails' catalogue (i18n/mail.json): every text in English, Spanish and Valencian with the same placeholders. */
class MailCatalogueTest {

  @Test
  void everyTextIsInEveryLanguageWithTheSamePlaceholders() throws IOException {
    JsonNode catalogue = catalogue();
    List<String> wrong = new ArrayList<>();
    catalogue.fields().forEachRemaining(entry -> {
      String english = entry.getValue().path("en").asText();
      for (String language : NotificationPreferences.LANGUAGES) {
        String text = entry.getValue().path(language).asText();
        if (text.isBlank()) {
          wrong.add(language + ": " + entry.getKey() + " missing");
        } else if (!Placeholders.in(text).equals(Placeholders.in(english))) {
          wrong.add(language + ": " + entry.getKey() + " has placeholders " + Placeholders.in(text)
              + " where English has " + Placeholders.in(english));
        }
      }
    });
    assertThat(NotificationPreferences.LANGUAGES).containsExactlyInAnyOrder("es", "ca", "en");
    assertThat(wrong).as("texts missing or with other placeholders in " + MailCatalogue.RESOURCE).isEmpty();
  }

  @Test
  void everyMailAndEveryCodedValueHasItsTexts() throws IOException {
    JsonNode catalogue = catalogue();
    List<String> missing = new ArrayList<>();
    for (MailKind kind : MailKind.values()) {
      for (String part : List.of(".subject", ".body")) {
        if (!catalogue.has(kind.key() + part)) {
          missing.add(kind.key() + part);
        }
      }
    }
    for (ContributionAnswer answer : ContributionAnswer.values()) {
      if (!catalogue.has("answer." + answer.name())) {
        missing.add("answer." + answer.name());
      }
    }
    for (String key : List.of("outcome.EXTENDED", "outcome.REFUSED", "mail.link", "mail.footer")) {
      if (!catalogue.has(key)) {
        missing.add(key);
      }
    }
    assertThat(missing).isEmpty();
  }

  private static JsonNode catalogue() throws IOException {
    try (InputStream in = new ClassPathResource(MailCatalogue.RESOURCE).getInputStream()) {
      return new ObjectMapper().readTree(in);
    }
  }
}
