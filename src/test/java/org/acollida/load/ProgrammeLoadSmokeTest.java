package org.acollida.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.acollida.benchmark.ProgrammeAtScale;
import org.acollida.support.ProcessTestSupport;
import org.junit.jupiter.api.Test;

/**
 * The load test's mix in miniature against the test application, so that it cannot rot: every request kind
 * answered, none with an error. Not a measure of time (the build's machine is busy with other work).
 */
class ProgrammeLoadSmokeTest extends ProcessTestSupport {

  @Test
  @SuppressWarnings("unchecked")
  void everyRequestKindOfTheMixIsAnsweredWithoutError() throws Exception {
    ProgrammeAtScale.Prepared prepared = ProgrammeAtScale.bring(engine, 2, 40, 3, 6, "S" + System.nanoTime() % 100000);
    Path results = Path.of("target/gatling-smoke").toAbsolutePath();
    Files.createDirectories(results);
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx512m", "--add-opens", "java.base/java.lang=ALL-UNNAMED", "-cp", System.getProperty("java.class.path")));
    Map.of("load.baseUrl", "http://127.0.0.1:" + port, "load.reportCode", prepared.publishedRound(), "load.users", "2",
        "load.seconds", "5", "load.pauseMs", "200").forEach((key, value) -> command.add("-D" + key + "=" + value));
    command.addAll(List.of("io.gatling.app.Gatling", "--simulation", ProgrammeLoadSimulation.class.getName(),
        "--results-folder", results.toString()));
    // Gatling in a JVM of its own: in this one it would take over the logging that other tests capture
    Path log = results.resolve("gatling.log");
    Process gatling = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    try {
      assertThat(gatling.waitFor(3, TimeUnit.MINUTES)).as("Gatling ended in time").isTrue();
      assertThat(gatling.exitValue()).as("Gatling's exit code; see " + log).isZero();
    } finally {
      gatling.destroyForcibly();
      prepared.clearOpenTasks().run();
    }

    Map<String, Object> summary = LoadSummary.write(results, Path.of("target/load/smoke-summary.json"));
    Map<String, Map<String, Object>> requests = (Map<String, Map<String, Object>>) summary.get("requests");
    assertThat(requests).as("summary.json").containsOnlyKeys(ProgrammeLoadSimulation.REQUEST_KINDS);
    requests.forEach((kind, figures) -> {
      assertThat((Long) figures.get("count")).as(kind + " count").isPositive();
      assertThat((Long) figures.get("errors")).as(kind + " errors").isZero();
    });
  }
}
