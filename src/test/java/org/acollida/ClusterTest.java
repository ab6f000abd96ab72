package org.acollida;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.LongSupplier;
import org.acollida.support.ApplicationProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.http.ResponseEntity;

/**
 * Two engine nodes on one PostgreSQL database, as a Camunda 7 cluster: work started on one node is
 * finished on the other, every due job runs exactly once across both, and killing a node loses nothing.
 * Needs a PostgreSQL server (.ci/with-postgres provides one; see docs/reliability.md).
 */
@EnabledIfEnvironmentVariable(named = "ACOLLIDA_TEST_POSTGRES_URL", matches = "jdbc:postgresql:.*")
class ClusterTest {

  private static final int AGREEMENTS = 8;
  private static final String SIGNATORIES =
      "[{\"organisation\":\"gva\",\"budgetEur\":0},{\"organisation\":\"sjm\",\"budgetEur\":100000}]";

  @TempDir Path workDir;

  @Test
  void twoNodesShareTheWorkAndEveryJobRunsExactlyOnce() throws Exception {
    Map<String, String> environment = Map.of(
        "ACOLLIDA_DB_URL", freshDatabase(),
        "ACOLLIDA_DB_USER", System.getenv("ACOLLIDA_TEST_POSTGRES_USER"),
        "ACOLLIDA_DB_PASSWORD", System.getenv("ACOLLIDA_TEST_POSTGRES_PASSWORD"),
        "ACOLLIDA_ADMIN_USER", "admin",
        "ACOLLIDA_ADMIN_PASSWORD", "admin");
    // a short lock time, so that jobs a killed node had taken are picked up again within seconds
    String[] arguments = {"--spring.profiles.active=postgres", "--camunda.bpm.job-execution.lock-time-in-millis=5000"};

    ApplicationProcess nodeA = ApplicationProcess.launch(workDir, "node-a", environment, arguments);
    try (ApplicationProcess nodeB = ApplicationProcess.launch(workDir, "node-b", environment, arguments)) {
      // back-dated agreements started on A: their vote-opening timers are due at once, on both nodes
      LocalDate start = LocalDate.now(ZoneId.of("Europe/Madrid")).minusMonths(22);
      List<String> ids = new ArrayList<>();
      for (int i = 0; i < AGREEMENTS; i++) {
        ResponseEntity<Map> started = nodeA.post("/process-definition/key/sponsorship-agreement/start",
            Map.of("variables", Map.of(
                "agreementCode", Map.of("value", "CLUSTER-" + i),
                "startDate", Map.of("value", start.toString()),
                "signatories", Map.of("value", SIGNATORIES, "type", "Json"))));
        assertThat(started.getStatusCode().value()).isEqualTo(200);
        ids.add((String) started.getBody().get("id"));
      }
      // families of the first agreement registered on A, their arrival work done on B
      LocalDate arrival = LocalDate.now(ZoneId.of("Europe/Madrid")).minusWeeks(2);
      List<String> families = new ArrayList<>();
      for (int i = 0; i < 2; i++) {
        ResponseEntity<Map> started = nodeA.post("/process-definition/key/integration-itinerary/start",
            Map.of("variables", Map.of(
                "familyCode", Map.of("value", "CLUSTER-FAM-" + i),
                "agreementCode", Map.of("value", "CLUSTER-0"),
                "sponsorOrganisation", Map.of("value", "sjm"),
                "municipality", Map.of("value", "València"),
                "members", Map.of("value", 4),
                "minors", Map.of("value", 0),
                "arrivalDate", Map.of("value", arrival.toString()))));
        assertThat(started.getStatusCode().value()).as(String.valueOf(started.getBody())).isEqualTo(200);
        families.add((String) started.getBody().get("id"));
      }
      String registration = "/task?taskDefinitionKey=RegisterInMunicipality&processInstanceId=" + families.get(0);
      await(() -> ((List<?>) nodeB.get(registration, List.class)).size(), 1);
      String registrationTask = (String) ((Map) ((List) nodeB.get(registration, List.class)).get(0)).get("id");
      assertThat(nodeB.post("/task/" + registrationTask + "/complete",
          Map.of("variables", Map.of("registeredOn", Map.of("value", arrival.plusDays(3).toString()))))
          .getStatusCode().value()).isEqualTo(204);

      String votes = "/task/count?taskDefinitionKey=VoteOnExtension";
      await(() -> nodeB.count(votes), 2 * AGREEMENTS);
      assertThat(nodeB.count("/history/activity-instance/count?activityId=OpenExtensionVote"))
          .as("each vote opened exactly once across both nodes").isEqualTo(AGREEMENTS);

      // the regional government votes on node A, the sponsor on node B
      for (String id : ids) {
        for (Map<String, Object> task : (List<Map<String, Object>>) nodeB.get("/task?processInstanceId=" + id, List.class)) {
          String candidate = (String) ((Map) ((List) nodeB.get("/task/" + task.get("id") + "/identity-links?type=candidate",
              List.class)).get(0)).get("groupId");
          ApplicationProcess node = candidate.equals("gva") ? nodeA : nodeB;
          assertThat(node.post("/task/" + task.get("id") + "/complete",
              Map.of("variables", Map.of("extensionApproved", Map.of("value", true), "budgetEur", Map.of("value", 1000)))).getStatusCode().value())
              .isEqualTo(204);
        }
      }
      nodeA.kill(); // with extensions still to run, some possibly locked by A's job executor

      String extended = "/history/activity-instance/count?activityId=ExtendAgreementTerm&finished=true";
      await(() -> nodeB.count(extended), AGREEMENTS);
      Thread.sleep(6000); // one more lock time: a job run twice would show up now
      assertThat(nodeB.count(extended)).as("each extension ran exactly once").isEqualTo(AGREEMENTS);
      assertThat(nodeB.count("/history/task/count?taskDefinitionKey=VoteOnExtension")).isEqualTo(2 * AGREEMENTS);
      for (String id : ids) {
        assertThat(nodeB.get("/process-instance/" + id + "/variables/extensionsGranted", Map.class))
            .containsEntry("value", 1);
        assertThat(nodeB.get("/process-instance/" + id + "/variables/termEndDate", Map.class))
            .containsEntry("value", start.plusYears(4).toString());
      }
      for (String family : families) {
        assertThat(nodeB.get("/process-instance/" + family, Map.class)).containsEntry("tenantId", "sjm");
      }
      assertThat(nodeB.count("/history/task/count?taskDefinitionKey=RegisterInMunicipality&finished=true"
          + "&processInstanceId=" + families.get(0))).as("the work done on B is kept").isEqualTo(1);
      assertThat(nodeB.count("/incident/count")).isZero();
    } finally {
      nodeA.close();
    }
  }

  /** Waits for another process's job executors (there is no engine of ours to drive). */
  private static void await(LongSupplier actual, long expected) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
    while (System.nanoTime() < deadline && actual.getAsLong() < expected) {
      Thread.sleep(500);
    }
    assertThat(actual.getAsLong()).isEqualTo(expected);
  }

  private static String freshDatabase() throws Exception {
    String url = System.getenv("ACOLLIDA_TEST_POSTGRES_URL");
    String name = "acollida_cluster_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    try (Connection connection = DriverManager.getConnection(url, System.getenv("ACOLLIDA_TEST_POSTGRES_USER"),
        System.getenv("ACOLLIDA_TEST_POSTGRES_PASSWORD")); Statement statement = connection.createStatement()) {
      statement.execute("create database " + name);
    }
    return url.substring(0, url.lastIndexOf('/') + 1) + name;
  }
}
