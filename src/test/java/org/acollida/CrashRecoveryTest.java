package org.acollida;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The application killed with SIGKILL mid-way and restarted on the same H2 file: what a client
 * was told is stored is there, and a timer that fell due while it was down fires.
 */
class CrashRecoveryTest {

  @TempDir Path dataDir;
  private Process app;

  @AfterEach
  void stop() {
    if (app != null) {
      app.destroyForcibly();
    }
  }

  @Test
  void everythingCommittedSurvivesKill9AndTimersStillFire() throws Exception {
    int port = freePort();
    // first life: no job executor, so the vote-opening timer is still waiting when the process dies
    app = launch(port, false);
    String signatories = "[{\"organisation\":\"gva\",\"budgetEur\":0},{\"organisation\":\"sjm\",\"budgetEur\":100000}]";
    LocalDate start = LocalDate.now(ZoneId.of("Europe/Madrid")).minusMonths(22);
    List<String> ids = new ArrayList<>();
    for (int i = 1; i <= 3; i++) {
      ResponseEntity<Map> started = post(port, "/process-definition/key/sponsorship-agreement/start", Map.of("variables", Map.of(
          "agreementCode", Map.of("value", "CRASH-" + i),
          "startDate", Map.of("value", start.toString()),
          "signatories", Map.of("value", signatories, "type", "Json"))));
      assertThat(started.getStatusCode().value()).isEqualTo(200);
      ids.add((String) started.getBody().get("id"));
    }
    ResponseEntity<Map> terminated = post(port, "/message", Map.of("messageName", "AgreementTerminated",
        "businessKey", "CRASH-3", "processVariables", Map.of("terminationReason", Map.of("value", "test"))));
    assertThat(terminated.getStatusCode().value()).isEqualTo(204);

    app.destroyForcibly().waitFor(30, TimeUnit.SECONDS); // SIGKILL: no shutdown hook, no clean close

    app = launch(port, true);
    for (String id : ids.subList(0, 2)) {
      Map<String, Map<String, Object>> variables = get(port, "/process-instance/" + id + "/variables", Map.class);
      assertThat(variables.get("termEndDate").get("value")).isEqualTo(start.plusYears(2).toString());
    }
    assertThat(get(port, "/process-instance/" + ids.get(2) + "/variables/agreementStatus", Map.class))
        .containsEntry("value", "TERMINATED");
    assertThat(get(port, "/task?processInstanceId=" + ids.get(2), List.class)).hasSize(1); // the final evaluation

    // the vote-opening timers fell due while the application was down: the job executor runs them now
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    int votes = 0;
    while (System.nanoTime() < deadline && votes < 4) {
      votes = get(port, "/task?taskDefinitionKey=VoteOnExtension&processInstanceIdIn=" + ids.get(0) + "," + ids.get(1),
          List.class).size();
      if (votes < 4) {
        Thread.sleep(500); // waiting on another process's job executor, not on our own engine
      }
    }
    assertThat(votes).as("two votes per agreement, opened after the restart").isEqualTo(4);
  }

  private Process launch(int port, boolean jobExecutor) throws IOException, InterruptedException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    File log = dataDir.resolve("app-" + System.nanoTime() + ".log").toFile();
    Process process = new ProcessBuilder(java, "-Xmx384m", "-cp", System.getProperty("java.class.path"),
        AcollidaApplication.class.getName(),
        "--spring.profiles.active=demo",
        "--server.port=" + port, "--server.address=127.0.0.1",
        "--spring.datasource.url=jdbc:h2:file:" + dataDir.resolve("acollida") + ";DB_CLOSE_ON_EXIT=FALSE",
        "--camunda.bpm.job-execution.enabled=" + jobExecutor)
        // run from the data folder: the surefire class path has the working directory on it, which would
        // make the top-level processes/ folder a second copy of the deployed models
        .directory(dataDir.toFile())
        .redirectErrorStream(true).redirectOutput(log).start();
    long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("application exited: " + Files.readString(log.toPath()));
      }
      if (Files.readString(log.toPath()).contains("Demo: pilot agreement") || Files.readString(log.toPath()).contains("Demo users ready")) {
        try {
          if (new TestRestTemplate().withBasicAuth("admin", "admin")
              .getForEntity("http://127.0.0.1:" + port + "/engine-rest/engine", String.class).getStatusCode().is2xxSuccessful()
              && Files.readString(log.toPath()).contains("Started AcollidaApplication")) {
            Thread.sleep(1500); // the demo runners finish right after start-up
            return process;
          }
        } catch (Exception notYet) {
          // still starting
        }
      }
      Thread.sleep(300);
    }
    throw new IllegalStateException("application did not start: " + Files.readString(log.toPath()));
  }

  private ResponseEntity<Map> post(int port, String path, Object body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return new TestRestTemplate().withBasicAuth("admin", "admin").exchange("http://127.0.0.1:" + port + "/engine-rest" + path,
        HttpMethod.POST, new HttpEntity<>(body, headers), Map.class);
  }

  private <T> T get(int port, String path, Class<T> type) {
    return new TestRestTemplate().withBasicAuth("admin", "admin")
        .getForObject("http://127.0.0.1:" + port + "/engine-rest" + path, type);
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
