package org.acollida;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.acollida.support.ApplicationProcess;
import org.acollida.support.ReliabilityFigures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.http.ResponseEntity;

/**
 * The application killed with SIGKILL mid-way and restarted on the same H2 file: what a client
 * was told is stored is there, and a timer that fell due while it was down fires.
 */
class CrashRecoveryTest {

  @TempDir Path dataDir;

  @Test
  void everythingCommittedSurvivesKill9AndTimersStillFire() throws Exception {
    String database = "--acollida.database.file=" + dataDir.resolve("acollida");
    String signatories = "[{\"organisation\":\"gva\",\"budgetEur\":0},{\"organisation\":\"sjm\",\"budgetEur\":100000}]";
    LocalDate start = LocalDate.now(ZoneId.of("Europe/Madrid")).minusMonths(22);
    List<String> ids = new ArrayList<>();

    // first life: no job executor, so the vote-opening timers are still waiting when the process dies
    // and the H2 file compaction rewriting chunks all the time (H2 only lets it touch chunks older than
    // RETENTION_TIME, 45 s by default): a kill in the middle of a pass must not lose a commit either
    String compactingAllTheTime = "--spring.datasource.url=jdbc:h2:file:" + dataDir.resolve("acollida")
        + ";DB_CLOSE_ON_EXIT=FALSE;RETENTION_TIME=0";
    try (ApplicationProcess app = ApplicationProcess.launch(dataDir, "first", Map.of(),
        "--spring.profiles.active=demo", compactingAllTheTime, "--acollida.database.compaction-interval=PT0.05S",
        "--camunda.bpm.job-execution.enabled=false")) {
      for (int i = 1; i <= 3; i++) {
        ResponseEntity<Map> started = app.post("/process-definition/key/sponsorship-agreement/start", Map.of("variables", Map.of(
            "agreementCode", Map.of("value", "CRASH-" + i),
            "startDate", Map.of("value", start.toString()),
            "signatories", Map.of("value", signatories, "type", "Json"))));
        assertThat(started.getStatusCode().value()).isEqualTo(200);
        ids.add((String) started.getBody().get("id"));
      }
      ResponseEntity<Map> terminated = app.post("/message", Map.of("messageName", "AgreementTerminated",
          "businessKey", "CRASH-3", "processVariables", Map.of("terminationReason", Map.of("value", "test"))));
      assertThat(terminated.getStatusCode().value()).isEqualTo(204);
      app.kill(); // right after the last answer
    }

    try (ApplicationProcess app = ApplicationProcess.launch(dataDir, "second", Map.of(),
        "--spring.profiles.active=demo", database)) {
      long found = ids.stream().filter(id -> app.get("/process-instance/" + id, Map.class).get("id") != null).count();
      ReliabilityFigures.crash(ids.size(), found);
      for (String id : ids.subList(0, 2)) {
        Map<String, Map<String, Object>> variables = app.get("/process-instance/" + id + "/variables", Map.class);
        assertThat(variables.get("termEndDate").get("value")).isEqualTo(start.plusYears(2).toString());
      }
      assertThat(app.get("/process-instance/" + ids.get(2) + "/variables/agreementStatus", Map.class))
          .containsEntry("value", "TERMINATED");
      assertThat(app.get("/task?processInstanceId=" + ids.get(2), List.class)).hasSize(1); // the final evaluation
      assertThat(app.count("/process-instance/count?businessKey=CS-VAL-PILOT"))
          .as("the demo pilot agreement is registered once, not again on a restart").isEqualTo(1);

      // the vote-opening timers fell due while the application was down: the job executor runs them now
      String votes = "/task/count?taskDefinitionKey=VoteOnExtension&processInstanceIdIn=" + ids.get(0) + "," + ids.get(1);
      long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
      while (System.nanoTime() < deadline && app.count(votes) < 4) {
        Thread.sleep(500); // waiting on another process's job executor, not on our own engine
      }
      assertThat(app.count(votes)).as("two votes per agreement, opened after the restart").isEqualTo(4);
    }
  }
}
