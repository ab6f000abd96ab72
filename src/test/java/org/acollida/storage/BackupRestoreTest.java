package org.acollida.storage;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.acollida.contract.ProgrammeCalendar;
import org.acollida.support.ApplicationProcess;
import org.acollida.support.ProcessTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * docs/operations.md, "Backup and restore", done for real: the application runs on an H2 file with an agreement,
 * a family and a consultation round in progress; an administrator backs it up through {@code POST /admin/backup}
 * while it runs; the application is stopped, the zip is unzipped into the data folder of a new installation, and
 * the application started there finds every case as it was (variables, open tasks, waiting timers, history, the
 * open case codes of Acollida's own table) and works on.
 */
// the applications run in JVMs of their own on H2 files: once per build is enough, not again in the PostgreSQL run
@DisabledIfSystemProperty(named = "spring.datasource.url", matches = "jdbc:postgresql:.*")
class BackupRestoreTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String SIGNATORIES =
      "[{\"organisation\":\"gva\",\"budgetEur\":0},{\"organisation\":\"sjm\",\"budgetEur\":120000}]";
  private static final String STAKEHOLDERS = """
      [{"id":"asoc-senegalesa","name":"Asociación de Senegaleses de Valencia","category":"MIGRANT_ASSOCIATION","user":"stakeholder-1"},
       {"id":"mujeres-migrantes","name":"Mujeres Migrantes en Acción","category":"MIGRANT_ASSOCIATION","user":"stakeholder-2"},
       {"id":"cepaim","name":"Fundación CEPAIM","category":"NGO","user":"stakeholder-3"}]""";

  @TempDir Path work;

  @Test
  void aBackupTakenWhileTheApplicationRunsRestoresEveryCaseIntoAFreshInstallation() throws Exception {
    LocalDate today = LocalDate.now(ProgrammeCalendar.ZONE);
    Path original = Files.createDirectories(work.resolve("original"));
    Path backups = original.resolve("backups");
    List<String> cases = new ArrayList<>();
    Map<String, CaseState> backedUp;
    Path zip;

    try (ApplicationProcess app = launch(original, "original", "--acollida.backup.directory=" + backups)) {
      Rest rest = new Rest(app.port());
      // an agreement, a family of it whose sponsor has done one arrival formality, a round with one contribution
      cases.add(rest.started("coordinator-gva", "sponsorship-agreement", Map.of(
          "agreementCode", value("CS-BACKUP"),
          "startDate", value(today.minusMonths(1).toString()),
          "signatories", Map.of("value", SIGNATORIES, "type", "Json"))));
      String family = rest.started("coordinator-gva", "integration-itinerary", family("FAM-BACKUP", today));
      cases.add(family);
      cases.add(rest.started("facilitator", "consultation-round", Map.of(
          "consultationCode", value("CONS-BACKUP"),
          "topic", value("Access to housing"),
          "strategyPriority", value(2),
          "stakeholders", Map.of("value", STAKEHOLDERS, "type", "Json"),
          "contributionDeadline", value(today.plusDays(20).toString()))));
      rest.awaitNoJobDue();
      ResponseEntity<String> consent = rest.addDocument("sponsor-sjm", family, "familyConsent", ProcessTestSupport.SMALL_PDF);
      assertThat(consent.getStatusCode().value()).as(consent.getBody()).isEqualTo(201);
      assertThat(rest.complete("sponsor-sjm", rest.openTask(family, "OpenBankAccount"),
          Map.of("accountOpenedOn", value(today.toString()))).getStatusCode().value()).isEqualTo(204);
      String contribution = rest.onlyTask("/task?assignee=stakeholder-1&processInstanceId=" + cases.get(2));
      assertThat(rest.complete("stakeholder-1", contribution,
          Map.of("contributionText", value("More social housing in the towns around Valencia"))).getStatusCode().value())
          .isEqualTo(204);
      rest.awaitNoJobDue();
      backedUp = rest.states(cases);
      assertThat(backedUp.get(family).openTasks()).extracting(task -> task.get("taskDefinitionKey"))
          .containsExactlyInAnyOrder("RegisterInMunicipality", "ObtainHealthCard");

      // only an administrator backs up; nothing is written for anyone else
      assertThat(rest.call(null, HttpMethod.POST, "/admin/backup", null).getStatusCode().value()).isEqualTo(401);
      assertThat(rest.call("coordinator-gva", HttpMethod.POST, "/admin/backup", null).getStatusCode().value())
          .isEqualTo(403);
      assertThat(rest.call("sponsor-sjm", HttpMethod.POST, "/admin/backup", null).getStatusCode().value())
          .isEqualTo(403);
      assertThat(backups).doesNotExist();

      ResponseEntity<String> answer = rest.call("admin", HttpMethod.POST, "/admin/backup", null);
      assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(200);
      JsonNode written = JSON.readTree(answer.getBody());
      zip = backups.resolve(written.path("file").asText());
      assertThat(written.path("file").asText()).matches("acollida-\\d{8}T\\d{6}\\.\\d{3}Z\\.zip");
      assertThat(zip).exists();
      assertThat(Files.size(zip)).isEqualTo(written.path("bytes").asLong()).isPositive();
      try (Stream<Path> files = Files.list(backups)) {
        assertThat(files).as("no partial file left").containsExactly(zip);
      }

      // after the backup: not in it
      rest.started("coordinator-gva", "integration-itinerary", family("FAM-AFTER-BACKUP", today));
      app.kill(); // stopped: however it stops, the backup is complete
    }

    // restore into a new installation: the zip holds the database file, named after it
    Path restored = Files.createDirectories(work.resolve("restored").resolve("data"));
    assertThat(unzip(zip, restored)).containsExactly("acollida.mv.db");

    try (ApplicationProcess app = launch(restored.getParent(), "restored")) {
      Rest rest = new Rest(app.port());
      assertThat(rest.states(cases)).as("every case as it was backed up").isEqualTo(backedUp);
      assertThat(app.count("/process-instance/count?businessKey=FAM-AFTER-BACKUP")).isZero();

      // Acollida's own table came back too: the family's code is still taken
      ResponseEntity<String> again = rest.start("coordinator-gva", "integration-itinerary", family("FAM-BACKUP", today));
      assertThat(again.getStatusCode().value()).isEqualTo(400);
      assertThat(JSON.readTree(again.getBody()).path("field").asText()).isEqualTo("familyCode");

      // the family's consent came back with it (documents live in the engine's tables, docs/documents.md), so its
      // last arrival formality completes below
      ResponseEntity<String> documents = rest.call("sponsor-sjm", HttpMethod.GET,
          "/api/documents?processInstanceId=" + cases.get(1), null);
      assertThat(JSON.readTree(documents.getBody()).path("documents").findValuesAsText("kind")).as(documents.getBody())
          .containsExactly("familyConsent");

      // and work goes on where it stopped
      String family = cases.get(1);
      assertThat(rest.complete("sponsor-sjm", rest.openTask(family, "RegisterInMunicipality"),
          Map.of("registeredOn", value(today.toString()))).getStatusCode().value()).isEqualTo(204);
      assertThat(rest.complete("sponsor-sjm", rest.openTask(family, "ObtainHealthCard"),
          Map.of("healthCardsObtainedOn", value(today.toString()))).getStatusCode().value()).isEqualTo(204);
      assertThat(rest.openTask(family, "AgreeItineraryPlan")).isNotNull();
    }
  }

  private ApplicationProcess launch(Path folder, String name, String... more) throws Exception {
    List<String> arguments = new ArrayList<>(List.of("--spring.profiles.active=demo", "--acollida.demo.data=false",
        "--acollida.database.file=" + folder.resolve("data").resolve("acollida")));
    arguments.addAll(List.of(more));
    return ApplicationProcess.launch(folder, name, Map.of(), arguments.toArray(String[]::new));
  }

  private static Map<String, Object> family(String code, LocalDate today) {
    return Map.of("familyCode", value(code), "agreementCode", value("CS-BACKUP"), "sponsorOrganisation", value("sjm"),
        "municipality", value("Alaquàs"), "members", value(3), "minors", value(0),
        "arrivalDate", value(today.minusDays(3).toString()));
  }

  private static Map<String, Object> value(Object value) {
    return Map.of("value", value);
  }

  /** Unzips into the folder; returns the entries' names. */
  private static List<String> unzip(Path zip, Path folder) throws Exception {
    List<String> names = new ArrayList<>();
    try (InputStream in = Files.newInputStream(zip); ZipInputStream entries = new ZipInputStream(in)) {
      for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
        Path target = folder.resolve(entry.getName()).normalize();
        assertThat(target.getParent()).isEqualTo(folder);
        Files.copy(entries, target);
        names.add(entry.getName());
      }
    }
    return names;
  }

  /** What a case is made of, as the REST API shows it. */
  record CaseState(String definitionKey, String businessKey, Map<String, Object> variables,
      List<Map<String, Object>> openTasks, List<Map<String, Object>> jobs, long historicActivities) {}

  /** The engine REST API of one application, as a demo user (password = user id). */
  private static final class Rest {
    private final int port;

    Rest(int port) {
      this.port = port;
    }

    ResponseEntity<String> call(String user, HttpMethod method, String path, Object body) {
      HttpHeaders headers = new HttpHeaders();
      headers.setContentType(MediaType.APPLICATION_JSON);
      TestRestTemplate template = user == null ? new TestRestTemplate() : new TestRestTemplate().withBasicAuth(user, user);
      String base = path.startsWith("/admin/") || path.startsWith("/api/") ? "" : "/engine-rest";
      return template.exchange("http://127.0.0.1:" + port + base + path, method, new HttpEntity<>(body, headers),
          String.class);
    }

    JsonNode get(String path) throws Exception {
      ResponseEntity<String> answer = call("admin", HttpMethod.GET, path, null);
      assertThat(answer.getStatusCode().value()).as(path + ": " + answer.getBody()).isEqualTo(200);
      return JSON.readTree(answer.getBody());
    }

    ResponseEntity<String> start(String user, String processKey, Map<String, Object> variables) {
      return call(user, HttpMethod.POST, "/process-definition/key/" + processKey + "/start",
          Map.of("variables", variables));
    }

    String started(String user, String processKey, Map<String, Object> variables) throws Exception {
      ResponseEntity<String> answer = start(user, processKey, variables);
      assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(200);
      return JSON.readTree(answer.getBody()).path("id").asText();
    }

    String openTask(String processInstanceId, String taskKey) throws Exception {
      return onlyTask("/task?processInstanceId=" + processInstanceId + "&taskDefinitionKey=" + taskKey);
    }

    String onlyTask(String query) throws Exception {
      JsonNode tasks = get(query);
      assertThat(tasks).as(query).hasSize(1);
      return tasks.get(0).path("id").asText();
    }

    /** A document of the case through the documents API (multipart), as Tasklist's Documents tab sends it. */
    ResponseEntity<String> addDocument(String user, String processInstanceId, String kind, byte[] pdf) {
      MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
      form.add("processInstanceId", processInstanceId);
      form.add("kind", kind);
      HttpHeaders fileHeaders = new HttpHeaders();
      fileHeaders.setContentType(MediaType.APPLICATION_PDF);
      fileHeaders.setContentDispositionFormData("file", "consent.pdf");
      form.add("file", new HttpEntity<>(pdf, fileHeaders));
      HttpHeaders headers = new HttpHeaders();
      headers.setContentType(MediaType.MULTIPART_FORM_DATA);
      return new TestRestTemplate().withBasicAuth(user, user).exchange("http://127.0.0.1:" + port + "/api/documents",
          HttpMethod.POST, new HttpEntity<>(form, headers), String.class);
    }

    ResponseEntity<String> complete(String user, String taskId, Map<String, Object> variables) {
      return call(user, HttpMethod.POST, "/task/" + taskId + "/complete", Map.of("variables", variables));
    }

    /** Waits until the job executor has run every job due now (continuations after a start or a completion). */
    void awaitNoJobDue() throws Exception {
      long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
      while (get("/job/count?executable=true").path("count").asLong() > 0) {
        assertThat(System.nanoTime()).as("jobs still due after 60 s").isLessThan(deadline);
        Thread.sleep(200); // waiting on another process's job executor, not on our own engine
      }
    }

    Map<String, CaseState> states(List<String> ids) throws Exception {
      Map<String, CaseState> states = new LinkedHashMap<>();
      for (String id : ids) {
        JsonNode instance = get("/process-instance/" + id);
        JsonNode definition = get("/process-definition/" + instance.path("definitionId").asText());
        states.put(id, new CaseState(definition.path("key").asText(), instance.path("businessKey").asText(),
            new TreeMap<>(JSON.convertValue(get("/process-instance/" + id + "/variables?deserializeValues=false"),
                Map.class)),
            sorted(get("/task?processInstanceId=" + id), "id", "taskDefinitionKey", "name", "assignee", "due",
                "tenantId"),
            sorted(get("/job?processInstanceId=" + id), "id", "dueDate", "retries"),
            get("/history/activity-instance/count?processInstanceId=" + id).path("count").asLong()));
      }
      return states;
    }

    private static List<Map<String, Object>> sorted(JsonNode list, String... fields) {
      List<Map<String, Object>> rows = new ArrayList<>();
      for (JsonNode item : list) {
        Map<String, Object> row = new TreeMap<>();
        for (String field : fields) {
          row.put(field, item.path(field).asText());
        }
        rows.add(row);
      }
      rows.sort(Comparator.comparing(row -> String.valueOf(row.get("id"))));
      return rows;
    }
  }
}
