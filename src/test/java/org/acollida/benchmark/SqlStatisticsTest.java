package org.acollida.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.acollida.benchmark.SqlStatistics.Statement;
import org.junit.jupiter.api.Test;

/** The comparison that tells where ours is slower than the floor, statement by statement. */
class SqlStatisticsTest {

  @Test
  void statementsAreRankedByTheTimeOursSpendsAboveTheBaselineCountingAMissingSideAsZero() {
    List<Statement> ours = List.of(new Statement("COMMIT", 100, 90.4), new Statement("insert into ACT_RU_EXECUTION", 40, 12),
        new Statement("select ours only", 3, 30.2), new Statement("update cheaper here", 10, 1));
    List<Statement> baseline = List.of(new Statement("COMMIT", 110, 70), new Statement("insert into ACT_RU_EXECUTION", 8, 2),
        new Statement("update cheaper here", 10, 6), new Statement("select baseline only", 5, 4));

    List<Map<String, Object>> rows = SqlStatistics.oursAboveBaseline(ours, baseline, 4);

    assertThat(rows).extracting(row -> row.get("sql"))
        .containsExactly("select ours only", "COMMIT", "insert into ACT_RU_EXECUTION", "select baseline only");
    assertThat(rows.get(0)).containsEntry("extraMs", 30L).containsEntry("oursExecutions", 3L)
        .containsEntry("baselineExecutions", 0L).containsEntry("baselineMs", 0L);
    assertThat(rows.get(1)).containsEntry("extraMs", 20L).containsEntry("oursMs", 90L).containsEntry("baselineMs", 70L);
    assertThat(rows.get(3)).containsEntry("extraMs", -4L).containsEntry("oursExecutions", 0L);
  }

  @Test
  void aPhaseSummaryCountsEveryExecutionAndKeepsTheCostliestFirst() {
    List<Statement> statements = List.of(new Statement("COMMIT", 100, 90), new Statement("select a", 40, 12),
        new Statement("select b", 7, 1));

    Map<String, Object> summary = SqlStatistics.summary(statements, 2);

    assertThat(summary).containsEntry("statements", 147L).containsEntry("distinctStatements", 3);
    assertThat((List<?>) summary.get("costliest")).hasSize(2);
  }
}
