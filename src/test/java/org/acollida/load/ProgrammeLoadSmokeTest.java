package org.acollida.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
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
    ProgrammeAtScale.Prepared prepared = ProgrammeAtScale.bring(engine, 2, 40, 3, "S" + System.nanoTime() % 100000);
    Path results = Path.of("target/gatling-smoke").toAbsolutePath();
    Map<String, String> settings = Map.of("load.baseUrl", "http://127.0.0.1:" + port,
        "load.reportCode", prepared.publishedRound(), "load.users", "2", "load.seconds", "5", "load.pauseMs", "200");
    settings.forEach(System::setProperty);
    try {
      int exit = io.gatling.app.Gatling$.MODULE$.fromArgs(new String[] {
          "--simulation", ProgrammeLoadSimulation.class.getName(), "--results-folder", results.toString()});
      assertThat(exit).as("Gatling's exit code").isZero();
    } finally {
      settings.keySet().forEach(System::clearProperty);
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
