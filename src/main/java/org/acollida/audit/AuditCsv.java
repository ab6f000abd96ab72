package org.acollida.audit;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.acollida.contract.ProgrammeCalendar;

/**
 * A trail as RFC 4180 CSV for spreadsheets: a heading line of fixed column keys (whatever the language), then one
 * line per entry. The time is ISO 8601 with its offset, in Europe/Madrid; the user column is empty when the engine
 * acted on its own; {@code description} is the sentence of the page, in the language asked for.
 */
final class AuditCsv {

  static final List<String> COLUMNS = List.of("time", "userId", "kind", "subject", "value", "description");

  private AuditCsv() {}

  static String of(List<AuditEntry> entries, Function<AuditEntry, String> description) {
    StringBuilder csv = new StringBuilder();
    line(csv, COLUMNS);
    for (AuditEntry entry : entries) {
      line(csv, Arrays.asList(
          ZonedDateTime.ofInstant(entry.time(), ProgrammeCalendar.ZONE).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME),
          entry.userId(), entry.kind().name(), entry.subject(), entry.value(), description.apply(entry)));
    }
    return csv.toString();
  }

  private static void line(StringBuilder csv, List<String> cells) {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        csv.append(',');
      }
      csv.append(cell(cells.get(i)));
    }
    csv.append("\r\n");
  }

  static String cell(String value) {
    if (value == null) {
      return "";
    }
    String text = value;
    // a spreadsheet runs a cell starting with = + - @ (or a tab or return before one) as a formula: values
    // such as a municipality or a topic are people's text
    if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
      text = "'" + text;
    }
    if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
      return '"' + text.replace("\"", "\"\"") + '"';
    }
    return text;
  }
}
