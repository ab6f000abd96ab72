package org.acollida.dashboard;

import java.util.ArrayList;
import java.util.List;
import org.acollida.accountability.PublicMeasure;
import org.acollida.contract.MeasureStatus;
import org.acollida.strategy.StrategyRegistry;

/**
 * The measures adopted from consultations, by status per priority of the strategy. The same measures the public
 * accountability page shows (they are public), so every viewer sees the same figures.
 */
final class AccountabilityFigures {

  private AccountabilityFigures() {}

  static FigureTable measuresByPriority(List<PublicMeasure> measures, StrategyRegistry strategy) {
    List<String> columns = new ArrayList<>();
    columns.add("priority");
    for (MeasureStatus status : MeasureStatus.values()) {
      columns.add(status.name());
    }
    columns.add("total");
    FigureTable table = FigureTable.of("measures-by-priority", "Measures by status, per priority of the strategy", columns,
        "Every measure adopted from a published round or started directly (measureStatus), as on /reports/accountability."
            + " DONE and DROPPED await the Joint Commission's confirmation.");
    for (StrategyRegistry.Priority priority : strategy.priorities()) {
      Object[] cells = new Object[columns.size()];
      // a code the page names in the reader's language (i18n/dashboard.json), like the stages and statuses
      cells[0] = "priority-" + priority.id();
      int total = 0;
      for (MeasureStatus status : MeasureStatus.values()) {
        int n = (int) measures.stream()
            .filter(m -> m.priority() == priority.id() && m.measureStatus().equals(status.name())).count();
        cells[status.ordinal() + 1] = n;
        total += n;
      }
      cells[cells.length - 1] = total;
      table.add(cells);
    }
    return table;
  }
}
