package org.acollida.accountability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.acollida.support.ProcessTestSupport;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

/** The public accountability page, its JSON and CSV: before and after a round's publication, escaped, in three languages. */
class AccountabilityPageTest extends ProcessTestSupport {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String STAKEHOLDERS = """
      [{"id":"asoc-senegalesa","name":"Asociación de Senegaleses de Valencia","category":"MIGRANT_ASSOCIATION","user":"stakeholder-1"},
       {"id":"cepaim","name":"Fundación CEPAIM","category":"NGO","user":"stakeholder-3"}]""";
  private static final String HOSTILE = "<script>alert('measure')</script> Mediators who speak Wolof";

  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;

  @Test
  void aRoundsAdoptedContributionsAppearOnlyOnceItIsPublishedEscapedAndLinkedToTheRound() throws Exception {
    today("2026-03-01");
    String code = "CR-ACC-" + UUID.randomUUID().toString().substring(0, 6);
    String round = runtime.startProcessInstanceByKey("consultation-round", code, Variables.createVariables()
        .putValue("consultationCode", code).putValue("topic", "Reception").putValue("strategyPriority", 2)
        .putValue("stakeholders", SpinValues.jsonValue(STAKEHOLDERS).create())
        .putValue("contributionDeadline", "2026-03-20")).getId();
    contribute(round, "stakeholder-1", HOSTILE);
    contribute(round, "stakeholder-3", "A rental guarantee fund");
    today("2026-03-20");
    executeDueJobs(round);
    List<Map<String, Object>> answers = JSON.readValue(runtime.getVariable(round, "synthesis").toString(), List.class);
    List<Map<String, Object>> answered = new ArrayList<>();
    for (Map<String, Object> c : answers) {
      boolean first = c.get("stakeholderId").equals("asoc-senegalesa");
      answered.add(Map.of("stakeholderId", c.get("stakeholderId"), "answer", first ? "ACCEPTED" : "REJECTED",
          "reason", "Because", "objective", first ? "2.1" : ""));
    }
    tasks.complete(task(round, "SynthesiseContributions"), Map.of("synthesis",
        SpinValues.jsonValue(JSON.writeValueAsString(answered)).create()));
    assertThat(measuresFrom(code)).as("approved is not yet published").isEmpty();
    assertThat(get("/reports/accountability", "ca").getBody()).doesNotContain(code);

    tasks.complete(task(round, "ApproveSynthesis"), Map.of("synthesisApproved", true));
    executeDueJobs(round);
    List<JsonNode> measures = measuresFrom(code);
    assertThat(measures).hasSize(1);
    JsonNode measure = measures.get(0);
    assertThat(measure.path("measureCode").asText()).isEqualTo(code + "-1");
    assertThat(measure.path("objective").asText()).isEqualTo("2.1");
    assertThat(measure.path("measureStatus").asText()).isEqualTo("PLANNED");
    assertThat(measure.path("progress").asInt()).isZero();
    assertThat(measure.path("responsibleOrganisation").asText()).isEqualTo("gva");
    assertThat(measure.path("originStakeholder").asText()).isEqualTo("asoc-senegalesa");
    assertThat(measure.path("originReportPath").asText()).isEqualTo("/reports/consultations/" + code);

    ResponseEntity<String> page = get("/reports/accountability", "ca-ES,ca;q=0.9,es;q=0.8");
    assertThat(page.getStatusCode().value()).isEqualTo(200);
    assertThat(page.getHeaders().getFirst("Content-Security-Policy")).contains("default-src 'self'");
    assertThat(page.getHeaders().getFirst("X-Frame-Options")).isEqualTo("DENY");
    assertThat(page.getBody()).contains("lang=\"ca\"", "Rendició de comptes", "Objectiu 2.1", code + "-1",
        "href=\"/reports/consultations/" + code + "\"", "Prevista")
        .contains("&lt;script&gt;").doesNotContain(HOSTILE)
        .as("the responsible organisation by its name").contains("Generalitat Valenciana");
    assertThat(get("/reports/accountability", "es").getBody()).contains("Rendición de cuentas", "lang=\"es\"");
    assertThat(get("/reports/accountability", "en").getBody()).contains("Accountability", "Objective 2.1");

    ResponseEntity<String> csv = get("/reports/accountability.csv", "en");
    assertThat(csv.getHeaders().getContentType().toString()).startsWith("text/csv");
    assertThat(csv.getBody()).startsWith("measureCode,title,priority,objective,measureStatus,progress,"
        + "responsibleOrganisation,dueDate,originConsultationCode,originStakeholder,lastReportedAt,overdue\r\n");
    assertThat(csv.getBody()).contains(code + "-1,<script>alert('measure')</script> Mediators who speak Wolof,2,2.1,PLANNED,0,gva,2027-03-20,"
        + code + ",asoc-senegalesa,,false");
  }

  private List<JsonNode> measuresFrom(String code) throws Exception {
    JsonNode body = JSON.readTree(get("/reports/accountability.json", "en").getBody());
    List<JsonNode> found = new ArrayList<>();
    for (JsonNode priority : body.path("priorities")) {
      for (JsonNode objective : priority.path("objectives")) {
        for (JsonNode measure : objective.path("measures")) {
          if (code.equals(measure.path("originConsultationCode").asText())) {
            found.add(measure);
          }
        }
      }
    }
    return found;
  }

  private ResponseEntity<String> get(String path, String language) {
    HttpHeaders headers = new HttpHeaders();
    headers.set(HttpHeaders.ACCEPT_LANGUAGE, language);
    return new TestRestTemplate().exchange("http://localhost:" + port + path, HttpMethod.GET, new HttpEntity<>(headers),
        String.class);
  }

  private void contribute(String round, String user, String text) {
    String id = tasks.createTaskQuery().processInstanceId(round).taskAssignee(user).singleResult().getId();
    tasks.complete(id, Map.of("contributionText", text));
  }

  private String task(String round, String key) {
    return tasks.createTaskQuery().processInstanceId(round).taskDefinitionKey(key).singleResult().getId();
  }
}
