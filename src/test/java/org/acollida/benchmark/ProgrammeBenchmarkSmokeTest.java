package org.acollida.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.acollida.support.ProcessTestSupport;
import org.junit.jupiter.api.Test;

/** The benchmark at a tiny scale on the test engine, so that it cannot rot: every instance ends, the floor leaves the same history. */
class ProgrammeBenchmarkSmokeTest extends ProcessTestSupport {

  @Test
  @SuppressWarnings("unchecked")
  void theProgrammeAndItsBaselineRunTheSameStepsToTheEndAndTheTaskQueryIsMeasured() {
    Map<String, Object> results = ProgrammeBenchmark.measure(engine, null, null, 2, 8, 3, 2, true);

    Map<String, Object> ours = (Map<String, Object>) ((Map<String, Object>) results.get("ours")).get("steps");
    Map<String, Object> baseline = (Map<String, Object>) ((Map<String, Object>) results.get("baseline")).get("steps");
    assertThat(ours.get("processInstances")).as("2 families, an agreement, a round").isEqualTo(4L);
    assertThat((Long) ours.get("userTasks")).isGreaterThan(20L);
    assertThat((Long) ours.get("timers")).isPositive();
    // the floor leaves the same history: every count equal, not just close
    assertThat(baseline).as("the baseline's steps and history rows").isEqualTo(ours);
    assertThat((Double) results.get("ratio")).isPositive();

    Map<String, Object> query = (Map<String, Object>) results.get("taskQuery");
    assertThat((Long) query.get("sponsorTasks")).as("sjm's family in its arrival formalities").isGreaterThanOrEqualTo(4L);
    assertThat((Double) query.get("checkedMedianMs")).isPositive();
  }
}
