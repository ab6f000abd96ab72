package org.acollida.spending;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The overrun-alert decision table as a designer left it in processes/, evaluated without the application. */
class OverrunAlertDecisionTest {

  private static DmnEngine dmn;
  private static DmnDecision decision;

  @BeforeAll
  static void parse() throws Exception {
    dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    try (InputStream in = Files.newInputStream(Path.of("processes/overrun-alert.dmn"))) {
      decision = dmn.parseDecision("overrun-alert", in);
    }
  }

  static String level(double spentShare, double termElapsedShare) {
    return dmn.evaluateDecisionTable(decision, Variables.createVariables().putValue("spentShare", spentShare)
        .putValue("termElapsedShare", termElapsedShare)).getSingleResult().getSingleEntry();
  }

  @ParameterizedTest(name = "spent {0} of the allocation with {1} of the term elapsed: {2}")
  @CsvSource({
      // in step with the term, or nothing spent
      "0.0, 0.0, NONE", "0.1, 0.1, NONE", "0.24, 0.05, NONE", "0.5, 0.5, NONE", "0.65, 0.49, NONE", "0.89, 0.99, NONE",
      // ahead of time: watch
      "0.25, 0.0, WATCH", "0.49, 0.24, WATCH", "0.66, 0.3, WATCH", "0.89, 0.49, WATCH",
      // nearly all spent, whenever
      "0.9, 0.5, WATCH", "1.0, 1.0, WATCH",
      // far ahead of time: alert
      "0.5, 0.1, ALERT", "0.9, 0.49, ALERT",
      // above the allocation, whenever
      "1.01, 1.0, ALERT", "2.0, 0.0, ALERT"})
  void decidesTheLevelFromTheSharesSpentAndElapsed(double spentShare, double termElapsedShare, String expected) {
    assertThat(level(spentShare, termElapsedShare)).isEqualTo(expected);
  }

  @Test
  void theEdgesBelongToTheHigherLevel() {
    assertThat(level(0.25, 0.2499)).isEqualTo("WATCH");
    assertThat(level(0.25, 0.25)).as("a quarter spent a quarter in is on course").isEqualTo("NONE");
    assertThat(level(1.0, 0.99)).as("exactly the allocation is not an overrun").isEqualTo("WATCH");
  }
}
