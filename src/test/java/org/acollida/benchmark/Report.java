package org.acollida.benchmark;

import java.util.List;
import java.util.Map;

/** The short table printed at the end of a run. */
final class Report {

  private Report() {
  }

  @SuppressWarnings("unchecked")
  static String table(Map<String, Object> results) {
    Map<String, Object> parameters = (Map<String, Object>) results.get("parameters");
    Map<String, Object> ours = (Map<String, Object>) results.get("ours");
    Map<String, Object> bare = (Map<String, Object>) results.get("baseline");
    Map<String, Object> ourSteps = (Map<String, Object>) ours.get("steps");
    Map<String, Object> bareSteps = (Map<String, Object>) bare.get("steps");
    StringBuilder table = new StringBuilder();
    table.append(String.format("%nAcollida programme benchmark: %s families, %s agreements, %s consultation rounds%n",
        parameters.get("families"), parameters.get("agreements"), parameters.get("consultationRounds")));
    table.append(String.format("%-24s %14s %14s %8s%n", "", "ours", "baseline", "ratio"));
    table.append(String.format("%-24s %14s %14s %8s%n", "seconds", ours.get("seconds"), bare.get("seconds"),
        results.get("ratio")));
    for (String step : ourSteps.keySet()) {
      table.append(String.format("%-24s %14s %14s%n", step, ourSteps.get(step), bareSteps.get(step)));
    }
    if (ours.get("sql") instanceof Map<?, ?> sql && bare.get("sql") instanceof Map<?, ?> bareSql) {
      table.append(String.format("%-24s %14s %14s%n", "SQL statements", sql.get("statements"), bareSql.get("statements")));
    }
    if (ours.containsKey("databaseFileMbAfter")) {
      table.append(String.format("%-24s %14s %14s%n", "H2 file MB after", ours.get("databaseFileMbAfter"),
          bare.get("databaseFileMbAfter")));
    }
    if (results.get("sqlOursAboveBaseline") instanceof List<?> extra && !extra.isEmpty()) {
      table.append(String.format("%nWhere ours spends more time in SQL than the baseline (ms; runs ours / baseline):%n"));
      for (Map<String, Object> row : ((List<Map<String, Object>>) extra).subList(0, Math.min(5, extra.size()))) {
        String sql = (String) row.get("sql");
        table.append(String.format("  %+8d  %7s / %-7s  %s%n", row.get("extraMs"), row.get("oursExecutions"),
            row.get("baselineExecutions"), sql.length() > 90 ? sql.substring(0, 90) + "…" : sql));
      }
    }
    Map<String, Object> query = (Map<String, Object>) results.get("taskQuery");
    table.append(String.format("%nTasklist 'My organisation' (page of 15 + count), %s open tasks, %s of them sjm's:%n",
        query.get("openTasks"), query.get("sponsorTasks")));
    table.append(String.format("  sponsor-sjm with checks %s ms, unchecked %s ms (medians of %s): ratio %s%n",
        query.get("checkedMedianMs"), query.get("uncheckedMedianMs"), query.get("repetitions"), query.get("ratio")));
    if (results.get("startup") instanceof Map<?, ?> startup) {
      for (String phase : List.of("freshDatabase", "restart")) {
        if (startup.get(phase) instanceof Map<?, ?> measured) {
          table.append(String.format("Start-up (%s, %s): %s s to ready, RSS %s MB (peak %s MB)%n", phase,
              startup.get("maxHeap"), measured.get("secondsToReady"), measured.get("rssMb"), measured.get("peakRssMb")));
        }
      }
    }
    Map<String, Object> machine = (Map<String, Object>) results.get("machine");
    table.append(String.format("Machine: %s processors (%s), %s, %s; load %s -> %s%n", machine.get("processors"),
        machine.get("cpu"), machine.get("memTotal"), machine.get("java"), machine.get("loadAverageAtStart"),
        machine.get("loadAverageAtEnd")));
    return table.toString();
  }
}
