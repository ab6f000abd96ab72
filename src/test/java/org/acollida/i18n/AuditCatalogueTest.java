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
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.acollida.audit.AuditEntry;
import org.acollida.audit.AuditTexts;
import org.acollida.contract.ProcessKeys;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/** The audit page's catalogue (i18n/audit.json) holds every text the page and its lines use (languages: PageCataloguesTest). */
class AuditCatalogueTest {

  private static final Pattern TEMPLATE_KEY = Pattern.compile("t\\['([^']+)']");

  @Test
  void everyTextThePageAndItsLinesUseIsInTheCatalogue() throws IOException {
    Set<String> keys = new LinkedHashSet<>();
    catalogue().fieldNames().forEachRemaining(keys::add);

    Set<String> used = new LinkedHashSet<>();
    String template = new ClassPathResource("templates/audit/case.html").getContentAsString(StandardCharsets.UTF_8);
    Matcher matcher = TEMPLATE_KEY.matcher(template);
    while (matcher.find()) {
      used.add(matcher.group(1));
    }
    assertThat(used).as("the template reads its texts from the catalogue").isNotEmpty();
    for (AuditEntry.Kind kind : AuditEntry.Kind.values()) {
      used.add(kind.textKey());
    }
    for (String process : List.of(ProcessKeys.AGREEMENT, ProcessKeys.ITINERARY, ProcessKeys.CONSULTATION)) {
      used.add("process." + process);
    }
    for (String language : AuditTexts.LANGUAGES) {
      used.add("language." + language);
    }
    used.addAll(List.of("page.title", "page.heading", "page.intro", "who.system", "value.none", "notFound.heading",
        "notFound.text", "badRequest.heading", "state.COMPLETED", "state.EXTERNALLY_TERMINATED",
        "state.INTERNALLY_TERMINATED"));
    assertThat(keys).as("keys the page uses, missing from i18n/audit.json").containsAll(used);
  }

  private static JsonNode catalogue() throws IOException {
    try (InputStream in = new ClassPathResource("i18n/audit.json").getInputStream()) {
      return new ObjectMapper().readTree(in);
    }
  }
}
