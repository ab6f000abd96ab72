package org.acollida.benchmark;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * H2's own statement statistics (INFORMATION_SCHEMA.QUERY_STATISTICS): how many statements a phase ran
 * and which cost the most time. Switching the statistics off and on again starts them afresh.
 */
final class SqlStatistics {

  private final JdbcTemplate jdbc;

  SqlStatistics(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  void reset() {
    jdbc.execute("SET QUERY_STATISTICS FALSE");
    jdbc.execute("SET QUERY_STATISTICS_MAX_ENTRIES 5000");
    jdbc.execute("SET QUERY_STATISTICS TRUE");
  }

  Map<String, Object> read(int top) {
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("statements", jdbc.queryForObject(
        "select coalesce(sum(EXECUTION_COUNT), 0) from INFORMATION_SCHEMA.QUERY_STATISTICS", Long.class));
    result.put("distinctStatements", jdbc.queryForObject(
        "select count(*) from INFORMATION_SCHEMA.QUERY_STATISTICS", Long.class));
    List<Map<String, Object>> costliest = jdbc.queryForList("""
        select EXECUTION_COUNT as "executions", round(CUMULATIVE_EXECUTION_TIME) as "totalMs",
               left(regexp_replace(SQL_STATEMENT, '\\s+', ' '), 240) as "sql"
        from INFORMATION_SCHEMA.QUERY_STATISTICS order by CUMULATIVE_EXECUTION_TIME desc limit ?""", top);
    result.put("costliest", costliest);
    return result;
  }
}
