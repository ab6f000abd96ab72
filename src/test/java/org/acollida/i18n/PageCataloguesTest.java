package org.acollida.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.acollida.contract.ContributionAnswer;
import org.acollida.contract.StakeholderCategory;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/**
 * The catalogues of the pages people read (i18n/&lt;page&gt;.json, {@link PageTexts}): every text in English, Spanish
 * and Valencian with the same placeholders, and every text a page's template reads is in its catalogue.
 */
class PageCataloguesTest {

  /** {@code t['key']} or {@code t.key} in a template's expressions (not a call such as {@code t.get(...)}). */
  private static final Pattern TEMPLATE_KEY =
      Pattern.compile("\\bt(?:\\['([^']+)']|\\.([A-Za-z][A-Za-z0-9]*)\\b(?!\\s*\\())");
  /** Each catalogue and the templates that read it. */
  private static final Map<String, List<String>> CATALOGUES = Map.of(
      "i18n/audit.json", List.of("templates/audit/case.html"),
      "i18n/report.json", List.of("templates/consultation/report.html"),
      "i18n/dashboard.json", List.of(),
      "i18n/accountability.json", List.of("templates/accountability/page.html"));

  @Test
  void everyTextIsInEveryLanguageWithTheSamePlaceholders() throws IOException {
    List<String> missing = new ArrayList<>();
    for (String name : CATALOGUES.keySet()) {
      catalogue(name).fields().forEachRemaining(entry -> {
        String english = entry.getValue().path(UserLanguage.SOURCE).asText();
        for (String language : PageTexts.LANGUAGES) {
          String text = entry.getValue().path(language).asText();
          if (text.isBlank()) {
            missing.add(name + " " + language + ": " + entry.getKey());
          } else if (!Placeholders.in(text).equals(Placeholders.in(english))) {
            missing.add(name + " " + language + ": " + entry.getKey() + " has placeholders " + Placeholders.in(text)
                + " where English has " + Placeholders.in(english));
          }
        }
      });
    }
    assertThat(PageTexts.LANGUAGES).containsExactly("en", "es", "ca");
    assertThat(missing).as("texts missing or with other placeholders").isEmpty();
  }

  @Test
  void everyTextATemplateReadsIsInItsCatalogue() throws IOException {
    for (Map.Entry<String, List<String>> catalogue : CATALOGUES.entrySet()) {
      Set<String> keys = keys(catalogue.getKey());
      for (String template : catalogue.getValue()) {
        Set<String> used = new LinkedHashSet<>();
        Matcher matcher = TEMPLATE_KEY.matcher(new ClassPathResource(template).getContentAsString(StandardCharsets.UTF_8));
        while (matcher.find()) {
          used.add(matcher.group(1) != null ? matcher.group(1) : matcher.group(2));
        }
        assertThat(used).as(template + " reads its texts from the catalogue").isNotEmpty();
        assertThat(keys).as("keys " + template + " reads, missing from " + catalogue.getKey()).containsAll(used);
      }
    }
  }

  @Test
  void theReportNamesEveryCategoryAnswerAndPriority() throws IOException {
    Set<String> keys = keys("i18n/report.json");
    for (StakeholderCategory category : StakeholderCategory.values()) {
      assertThat(keys).contains("category." + category.name());
    }
    for (ContributionAnswer answer : ContributionAnswer.values()) {
      assertThat(keys).contains("answer." + answer.name());
    }
    for (int priority = 1; priority <= 5; priority++) {
      assertThat(keys).contains("priority." + priority);
    }
  }

  private static Set<String> keys(String name) throws IOException {
    Set<String> keys = new LinkedHashSet<>();
    catalogue(name).fieldNames().forEachRemaining(keys::add);
    return keys;
  }

  private static JsonNode catalogue(String name) throws IOException {
    try (InputStream in = new ClassPathResource(name).getInputStream()) {
      return new ObjectMapper().readTree(in);
    }
  }
}
