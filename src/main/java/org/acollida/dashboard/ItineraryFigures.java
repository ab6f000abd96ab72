package org.acollida.dashboard;

import static org.acollida.dashboard.ProgrammeVariables.*;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.acollida.dashboard.ProcessSnapshot.Instance;

/** Where the families stand: stages and autonomy by sponsor and municipality, overdue follow-ups, time to autonomy. */
final class ItineraryFigures {

  private ItineraryFigures() {}

  /**
   * One itinerary per family: a family handed over to another sponsor has a closed itinerary and a
   * newer one under the same code; the newer tells where the family stands.
   */
  static List<Instance> families(Collection<Instance> itineraries) {
    Map<String, Instance> newest = new LinkedHashMap<>();
    for (Instance itinerary : itineraries) {
      String code = itinerary.text(FAMILY_CODE);
      if (code == null) {
        continue;
      }
      newest.merge(code, itinerary, (a, b) -> registered(b).compareTo(registered(a)) > 0 ? b : a);
    }
    return new ArrayList<>(newest.values());
  }

  private static String registered(Instance itinerary) {
    java.util.Date at = itinerary.setAt().get(FAMILY_CODE);
    return String.format("%015d|%s", at == null ? 0 : at.getTime(), itinerary.processInstanceId());
  }

  static String stage(Instance family) {
    String status = family.text(ITINERARY_STATUS);
    return status == null ? "UNKNOWN" : status;
  }

  static String autonomy(Instance family) {
    String level = family.text(AUTONOMY_LEVEL);
    return level == null ? NOT_ASSESSED : level;
  }

  static String sponsor(Instance family) {
    String sponsor = family.text(SPONSOR_ORGANISATION);
    return sponsor == null ? "unknown" : sponsor;
  }

  static String municipality(Instance family) {
    String municipality = family.text(MUNICIPALITY);
    return municipality == null || municipality.isBlank() ? "unknown" : municipality.strip();
  }

  /** Families counted by a row (sponsor, municipality) and a column (stage, autonomy level), with row totals. */
  static FigureTable crossTab(String id, String title, List<Instance> families, String rowHeading,
      Function<Instance, String> row, List<String> knownColumns, Function<Instance, String> column, String note) {
    List<String> columns = new ArrayList<>(knownColumns);
    families.stream().map(column).distinct().filter(c -> !columns.contains(c)).sorted().forEach(columns::add);
    Map<String, int[]> counts = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    for (Instance family : families) {
      counts.computeIfAbsent(row.apply(family), r -> new int[columns.size()])[columns.indexOf(column.apply(family))]++;
    }
    List<String> headings = new ArrayList<>();
    headings.add(rowHeading);
    headings.addAll(columns);
    headings.add("total");
    FigureTable table = FigureTable.of(id, title, headings, note);
    counts.forEach((key, values) -> {
      Object[] cells = new Object[headings.size()];
      cells[0] = key;
      int total = 0;
      for (int i = 0; i < values.length; i++) {
        cells[i + 1] = values[i];
        total += values[i];
      }
      cells[cells.length - 1] = total;
      table.add(cells);
    });
    return table;
  }

  /** Families in follow-up whose follow-up date has passed without one being recorded, the longest overdue first. */
  static FigureTable overdueFollowUps(List<Instance> families, LocalDate today) {
    FigureTable table = FigureTable.of("overdue-follow-ups", "Overdue follow-ups",
        List.of("familyCode", "sponsor", "municipality", "followUpDue", "daysOverdue"),
        "A follow-up is overdue when its date has passed and it is not recorded yet (families in progress or in a breakdown).");
    families.stream()
        .filter(family -> FOLLOWED_UP.contains(stage(family)))
        .filter(family -> family.date(NEXT_FOLLOW_UP_DATE) != null && family.date(NEXT_FOLLOW_UP_DATE).isBefore(today))
        .sorted(Comparator.comparing((Instance family) -> family.date(NEXT_FOLLOW_UP_DATE))
            .thenComparing(family -> family.text(FAMILY_CODE)))
        .forEach(family -> table.add(family.text(FAMILY_CODE), sponsor(family), municipality(family),
            family.text(NEXT_FOLLOW_UP_DATE), ChronoUnit.DAYS.between(family.date(NEXT_FOLLOW_UP_DATE), today)));
    return table;
  }

  /** Days from arrival to the assessment that found the family autonomous, per sponsor and for the whole programme. */
  static FigureTable timeToAutonomy(List<Instance> families) {
    Map<String, List<Long>> days = new TreeMap<>();
    List<Long> all = new ArrayList<>();
    for (Instance family : families) {
      LocalDate arrival = family.date(ARRIVAL_DATE);
      LocalDate autonomous = CLOSED_AUTONOMOUS.equals(family.text(CLOSURE_REASON)) ? family.setOn(CLOSURE_REASON) : null;
      if (arrival != null && autonomous != null) {
        long d = ChronoUnit.DAYS.between(arrival, autonomous);
        days.computeIfAbsent(sponsor(family), s -> new ArrayList<>()).add(d);
        all.add(d);
      }
    }
    FigureTable table = FigureTable.of("time-to-autonomy", "Time from arrival to autonomy",
        List.of("sponsor", "families", "averageDays", "shortestDays", "longestDays"),
        "Families found autonomous by an assessment: days from their arrival to that assessment.");
    days.forEach((sponsor, values) -> summary(table, sponsor, values));
    if (!all.isEmpty()) {
      summary(table, "all", all);
    }
    return table;
  }

  private static void summary(FigureTable table, String key, List<Long> values) {
    long sum = values.stream().mapToLong(Long::longValue).sum();
    table.add(key, values.size(), Math.round((double) sum / values.size()),
        values.stream().mapToLong(Long::longValue).min().orElse(0), values.stream().mapToLong(Long::longValue).max().orElse(0));
  }
}
