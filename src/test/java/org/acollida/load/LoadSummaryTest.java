package org.acollida.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** summary.json from a Gatling report's statistics script, and the facilitator's answers, without an application. */
class LoadSummaryTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** The shape of Gatling 3.13's js/stats.js: a script, keys unquoted, numbers as text, requests under a group. */
  private static final String STATS = """
      var stats = {
          type: "GROUP",
      name: "All Requests",
      stats: { "name": "All Requests", "numberOfRequests": { "total": "12", "ok": "11", "ko": "1" } },
      contents: {
      "req_task-list-1": {
              type: "REQUEST",
              name: "task list",
      stats: {
          "name": "task list",
          "numberOfRequests": { "total": "10", "ok": "9", "ko": "1" },
          "percentiles1": { "total": "42", "ok": "40", "ko": "90" },
          "percentiles3": { "total": "120", "ok": "110", "ko": "90" }
      }
          },
      "req_public-report-2": {
              type: "REQUEST",
              name: "public report",
      stats: {
          "name": "public report",
          "numberOfRequests": { "total": "2", "ok": "2", "ko": "0" },
          "percentiles1": { "total": "7", "ok": "7", "ko": "-" },
          "percentiles3": { "total": "9", "ok": "9", "ko": "-" }
      }
          }
      }
      };

      function fillStats(stat){ $("#numberOfRequests").append(stat.numberOfRequests.total); }
      """;

  @TempDir Path results;

  @Test
  @SuppressWarnings("unchecked")
  void everyRequestKindWithItsCountErrorsMedianAndP95FromTheNewestReport() throws Exception {
    Path older = Files.createDirectories(results.resolve("programmeloadsimulation-1/js"));
    Files.writeString(older.resolve("stats.js"), STATS.replace("task list", "an older run"));
    older.getParent().toFile().setLastModified(1_000);
    Path newest = Files.createDirectories(results.resolve("programmeloadsimulation-2/js"));
    Files.writeString(newest.resolve("stats.js"), STATS);

    Path file = results.resolve("load/summary.json");
    Map<String, Object> summary = LoadSummary.write(results, file);

    Map<String, Object> requests = (Map<String, Object>) summary.get("requests");
    assertThat(requests).containsOnlyKeys("task list", "public report");
    assertThat(requests.get("task list")).isEqualTo(Map.of("count", 10L, "errors", 1L, "medianMs", 42L, "p95Ms", 120L));
    assertThat(requests.get("public report")).isEqualTo(Map.of("count", 2L, "errors", 0L, "medianMs", 7L, "p95Ms", 9L));
    assertThat(JSON.readTree(file.toFile()).path("requests").path("task list").path("p95Ms").asLong()).isEqualTo(120);
  }

  @Test
  void theFacilitatorAnswersEveryContributionOfTheSerializedSynthesis() throws Exception {
    String formVariables = JSON.writeValueAsString(Map.of("synthesis", Map.of("type", "Json", "value",
        "[{\"stakeholderId\":\"cepaim\",\"contribution\":\"More mediators\"},{\"stakeholderId\":\"oim\"}]")));

    JsonNode variable = JSON.readTree(ProgrammeLoadSimulation.answered(formVariables)).path("variables").path("synthesis");

    assertThat(variable.path("type").asText()).isEqualTo("Json");
    JsonNode synthesis = JSON.readTree(variable.path("value").asText());
    assertThat(synthesis).hasSize(2);
    assertThat(synthesis.get(0).path("stakeholderId").asText()).isEqualTo("cepaim");
    assertThat(synthesis.get(0).path("contribution").asText()).as("kept").isEqualTo("More mediators");
    for (JsonNode entry : synthesis) {
      assertThat(entry.path("answer").asText()).isEqualTo("ACCEPTED");
      assertThat(entry.path("reason").asText()).isNotBlank();
    }
  }
}
