package org.acollida.benchmark;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * H2's own statement statistics (INFORMATION_SCHEMA.QUERY_STATISTICS): how many statements a phase ran
 * and which cost the most time. Switching the statistics off and on again starts them afresh.
 */
final class SqlStatistics {

  /** One distinct statement of a phase: how often it ran and its total time. */
  record Statement(String sql, long executions, double totalMs) {

    Map<String, Object> asMap() {
      Map<String, Object> map = new LinkedHashMap<>();
      map.put("executions", executions);
      map.put("totalMs", Math.round(totalMs));
      map.put("sql", sql);
      return map;
    }
  }

  private final JdbcTemplate jdbc;

  SqlStatistics(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  void reset() {
    jdbc.execute("SET QUERY_STATISTICS FALSE");
    jdbc.execute("SET QUERY_STATISTICS_MAX_ENTRIES 5000");
    jdbc.execute("SET QUERY_STATISTICS TRUE");
  }

  /** Every distinct statement since the last reset, costliest first. */
  List<Statement> read() {
    return jdbc.query("""
        select EXECUTION_COUNT, CUMULATIVE_EXECUTION_TIME, regexp_replace(SQL_STATEMENT, '\\s+', ' ') as SQL_TEXT
        from INFORMATION_SCHEMA.QUERY_STATISTICS order by CUMULATIVE_EXECUTION_TIME desc""",
        (row, i) -> new Statement(row.getString("SQL_TEXT"), row.getLong("EXECUTION_COUNT"),
            row.getDouble("CUMULATIVE_EXECUTION_TIME")));
  }

  /** A phase's figures for results.json: the number of statements and the {@code top} costliest. */
  static Map<String, Object> summary(List<Statement> statements, int top) {
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("statements", statements.stream().mapToLong(Statement::executions).sum());
    result.put("distinctStatements", statements.size());
    result.put("costliest", statements.stream().limit(top).map(Statement::asMap).toList());
    return result;
  }

  /**
   * Where ours spent more time in SQL than the baseline, statement by statement, most first: what to look
   * at when ours is slower. A statement that only one side ran counts as zero on the other.
   */
  static List<Map<String, Object>> oursAboveBaseline(List<Statement> ours, List<Statement> baseline, int top) {
    Map<String, Statement> our = bySql(ours);
    Map<String, Statement> bare = bySql(baseline);
    Statement none = new Statement("", 0, 0);
    return Stream.concat(our.keySet().stream(), bare.keySet().stream()).distinct()
        .map(sql -> {
          Statement mine = our.getOrDefault(sql, none);
          Statement theirs = bare.getOrDefault(sql, none);
          Map<String, Object> row = new LinkedHashMap<>();
          row.put("extraMs", Math.round(mine.totalMs() - theirs.totalMs()));
          row.put("oursExecutions", mine.executions());
          row.put("oursMs", Math.round(mine.totalMs()));
          row.put("baselineExecutions", theirs.executions());
          row.put("baselineMs", Math.round(theirs.totalMs()));
          row.put("sql", sql);
          return row;
        })
        .sorted(Comparator.comparing((Map<String, Object> row) -> (Long) row.get("extraMs")).reversed())
        .limit(top).toList();
  }

  private static Map<String, Statement> bySql(List<Statement> statements) {
    Map<String, Statement> bySql = new LinkedHashMap<>();
    statements.forEach(statement -> bySql.put(statement.sql(), statement));
    return bySql;
  }
}
