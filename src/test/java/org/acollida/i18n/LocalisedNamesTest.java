package org.acollida.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.acollida.support.ProcessTestSupport;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;

/** Process, task and filter names as coordinators see them: in their language, with none missing. */
class LocalisedNamesTest extends ProcessTestSupport {

  @Autowired NameCatalogue catalogue;
  @Autowired FilterService filters;

  @Test
  void everyProcessAndUserTaskNameIsTranslated() throws IOException {
    List<String> missing = new ArrayList<>();
    try (Stream<Path> files = Files.list(Path.of("processes"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".bpmn")).sorted().toList()) {
        BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
        List<String> names = new ArrayList<>();
        model.getModelElementsByType(Process.class).forEach(p -> names.add(p.getName()));
        model.getModelElementsByType(UserTask.class).forEach(t -> names.add(t.getName()));
        for (String name : names) {
          assertThat(name).as("a process or user task in " + file + " without a name").isNotBlank();
          UserLanguage.TRANSLATIONS.stream().filter(language -> catalogue.translate(name, language).equals(name))
              .forEach(language -> missing.add(file.getFileName() + " " + language + ": " + name));
        }
      }
    }
    assertThat(missing).as("names missing from processes/i18n/<process id>.json").isEmpty();
  }

  @Test
  void everyFilterNameAndDescriptionIsTranslated() {
    List<String> missing = new ArrayList<>();
    for (Filter filter : filters.createFilterQuery().list()) {
      List<String> texts = new ArrayList<>(List.of(filter.getName()));
      if (filter.getProperties() != null && filter.getProperties().get("description") instanceof String description) {
        texts.add(description);
      }
      for (String text : texts) {
        UserLanguage.TRANSLATIONS.stream().filter(language -> catalogue.translate(text, language).equals(text))
            .forEach(language -> missing.add(language + ": " + text));
      }
    }
    assertThat(filters.createFilterQuery().count()).isPositive();
    assertThat(missing).as("filter texts missing from i18n/filters.json").isEmpty();
  }

  @Test
  void tasklistListsProcessesAndFiltersInTheBrowsersLanguage() {
    assertThat(get("coordinator-gva", "/process-definition?key=sponsorship-agreement&latestVersion=true", "es-ES")
        .findValuesAsText("name")).containsExactly("Convenio de patrocinio comunitario");
    assertThat(get("coordinator-gva", "/process-definition?key=sponsorship-agreement&latestVersion=true", "ca")
        .findValuesAsText("name")).containsExactly("Conveni de patrocini comunitari");
    assertThat(get("coordinator-gva", "/filter?resourceType=Task", "ca").findValuesAsText("name"))
        .contains("La meua organització", "Les meues tasques").doesNotContain("My organisation");
    assertThat(get("coordinator-gva", "/filter?resourceType=Task", "fr-FR").findValuesAsText("name"))
        .contains("My organisation", "My tasks");
    // scripts that send no language keep the names as stored
    assertThat(get("coordinator-gva", "/filter?resourceType=Task", "").findValuesAsText("name")).contains("My organisation");
  }

  private JsonNode get(String user, String path, String acceptLanguage) {
    HttpHeaders headers = new HttpHeaders();
    if (!acceptLanguage.isBlank()) {
      headers.set(HttpHeaders.ACCEPT_LANGUAGE, acceptLanguage);
    }
    var response = new TestRestTemplate().withBasicAuth(user, user).exchange(
        "http://localhost:" + port + "/engine-rest" + path, HttpMethod.GET, new HttpEntity<>(headers), JsonNode.class);
    assertThat(response.getStatusCode().is2xxSuccessful()).as(path).isTrue();
    return response.getBody();
  }
}
