package org.acollida.dashboard;

import java.util.ArrayList;
import java.util.List;

/**
 * One chart's figures: the table shown beside the chart and downloaded as CSV. The page draws the
 * chart from these very rows, so chart, table and CSV cannot disagree.
 *
 * @param id the name in URLs ({@code /dashboard/api/figures/{id}.csv})
 * @param columns column headings; {@code rows} hold one value per column (text, number or null)
 * @param note what a reader must know to read the figures (e.g. that spending is not recorded)
 */
public record FigureTable(String id, String title, List<String> columns, List<List<Object>> rows, String note) {

  public FigureTable {
    for (List<Object> row : rows) {
      if (row.size() != columns.size()) {
        throw new IllegalArgumentException(id + ": a row has " + row.size() + " values for " + columns.size() + " columns");
      }
    }
  }

  static FigureTable of(String id, String title, List<String> columns, String note) {
    return new FigureTable(id, title, columns, new ArrayList<>(), note);
  }

  FigureTable add(Object... values) {
    if (values.length != columns.size()) {
      throw new IllegalArgumentException(id + ": " + values.length + " values for " + columns.size() + " columns");
    }
    rows.add(java.util.Arrays.asList(values));
    return this;
  }

  /** The value in that column of the first row whose first column is {@code key}; null when there is none. */
  public Object value(String key, String column) {
    int index = columns.indexOf(column);
    if (index < 0) {
      throw new IllegalArgumentException(id + " has no column " + column);
    }
    for (List<Object> row : rows) {
      if (key.equals(row.get(0))) {
        return row.get(index);
      }
    }
    return null;
  }

  /** RFC 4180 CSV: a heading line, then one line per row; cells that could be read as formulas are quoted with a leading '. */
  public String toCsv() {
    return org.acollida.common.Csv.of(columns, rows);
  }
}
