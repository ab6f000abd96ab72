package org.acollida.spending;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.acollida.contract.SpendingContract;
import org.junit.jupiter.api.Test;

/**
 * The embedded start form of record-expense (forms/record-expense/expense-recording.html), without Spring: its
 * fields are the contract's start variables, and its catalogue has every text it shows in English, Spanish and
 * Valencian, with every organisation of organisations.json and every category of the contract.
 */
class ExpenseRecordingFormTest {

  static final Path FORM = Path.of("forms/record-expense/expense-recording.html");
  static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void itsFieldsAreTheContractsStartVariables() throws Exception {
    Set<String> fields = matches(html(), "cam-variable-name=\"([^\"]+)\"");
    assertThat(fields).containsExactlyInAnyOrder(SpendingContract.AGREEMENT_CODE, SpendingContract.ORGANISATION,
        SpendingContract.EXPENSE_DATE, SpendingContract.AMOUNT_EUR, SpendingContract.CATEGORY,
        SpendingContract.FAMILY_CODE, SpendingContract.RECEIPT);
    assertThat(html()).contains("cam-variable-name=\"receipt\" cam-variable-type=\"File\"");
  }

  @Test
  void everyTextIsInEveryLanguage() throws Exception {
    JsonNode texts = texts();
    assertThat(names(texts)).containsExactly("en", "es", "ca");
    Set<String> used = matches(html(), "\\{\\{ t\\.([A-Za-z]+)");
    for (String language : List.of("en", "es", "ca")) {
      JsonNode catalogue = texts.get(language);
      assertThat(names(catalogue)).as(language).containsAll(used).containsExactlyInAnyOrderElementsOf(names(texts.get("en")));
      catalogue.properties().forEach(entry -> {
        if (entry.getValue().isTextual()) {
          assertThat(entry.getValue().asText()).as(language + " " + entry.getKey()).isNotBlank();
        }
      });
      assertThat(names(catalogue.get("categories"))).as(language + " categories").containsExactlyInAnyOrderElementsOf(
          Stream.of(SpendingContract.Category.values()).map(Enum::name).toList());
      assertThat(names(catalogue.get("organisations"))).as(language + " organisations")
          .containsExactlyInAnyOrderElementsOf(registeredOrganisations());
    }
    assertThat(texts.path("es").path("title").asText()).isEqualTo("Registrar un gasto");
    assertThat(texts.path("ca").path("title").asText()).isEqualTo("Registrar una despesa");
  }

  static String html() throws Exception {
    return Files.readString(FORM);
  }

  /** The catalogue: the JSON object the form's script assigns to {@code texts}. */
  static JsonNode texts() throws Exception {
    Matcher catalogue = Pattern.compile("var texts = (\\{.*?\\n    \\});", Pattern.DOTALL).matcher(html());
    assertThat(catalogue.find()).as("the form's catalogue").isTrue();
    return JSON.readTree(catalogue.group(1));
  }

  static List<String> registeredOrganisations() throws Exception {
    JsonNode registry = JSON.readTree(Path.of("src/main/resources/organisations.json").toFile());
    JsonNode list = registry.isArray() ? registry : registry.path("organisations");
    List<String> ids = new ArrayList<>();
    list.forEach(organisation -> ids.add(organisation.path("id").asText()));
    return ids;
  }

  static List<String> names(JsonNode object) {
    List<String> names = new ArrayList<>();
    object.fieldNames().forEachRemaining(names::add);
    return names;
  }

  static Set<String> matches(String text, String regex) {
    Matcher matcher = Pattern.compile(regex).matcher(text);
    Set<String> found = new TreeSet<>();
    while (matcher.find()) {
      found.add(matcher.group(1));
    }
    return found;
  }
}
