package org.acollida.common;

import java.util.List;

/**
 * RFC 4180 CSV for the downloads (dashboard figures, accountability): a heading line, then one line per row; a cell
 * a spreadsheet would run as a formula (= + - @; names and titles are people's text) is quoted with a leading '.
 */
public final class Csv {

  private Csv() {}

  public static String of(List<String> columns, List<List<Object>> rows) {
    StringBuilder csv = new StringBuilder();
    line(csv, List.copyOf(columns));
    rows.forEach(row -> line(csv, row));
    return csv.toString();
  }

  private static void line(StringBuilder csv, List<?> values) {
    for (int i = 0; i < values.size(); i++) {
      if (i > 0) {
        csv.append(',');
      }
      csv.append(cell(values.get(i)));
    }
    csv.append("\r\n");
  }

  private static String cell(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof Number) {
      return value.toString();
    }
    String text = value.toString();
    if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
      text = "'" + text;
    }
    if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
      return '"' + text.replace("\"", "\"\"") + '"';
    }
    return text;
  }
}
