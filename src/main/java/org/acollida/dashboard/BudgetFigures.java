package org.acollida.dashboard;

import static org.acollida.dashboard.ProgrammeVariables.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.acollida.contract.AgreementStatus;
import org.acollida.dashboard.ProcessSnapshot.Instance;
import org.acollida.organisation.Organisation;
import org.acollida.organisation.OrganisationRegistry;

/**
 * Allocated, spent and remaining per budget line (an organisation in an agreement not yet closed), per
 * organisation and per agreement, with the overrun decision's latest level. Spent is the sum of the line's
 * record-expense instances (docs/adr/0011-how-the-grant-is-modelled.md).
 */
final class BudgetFigures {

  /** One signatory's line in one agreement. */
  record Line(String processInstanceId, String agreementCode, String organisation, BigDecimal allocated,
      BigDecimal spent, String alertLevel, Date alertSetAt) {

    BigDecimal remaining() {
      return allocated.subtract(spent);
    }
  }

  private static final ObjectMapper JSON = new ObjectMapper();
  static final List<String> COLUMNS = List.of("organisation", "allocatedEur", "spentEur", "remainingEur", "alertLevel");

  private BudgetFigures() {}

  /** Every budget line of the agreements not yet closed, with its expenses summed and its latest alert level. */
  static List<Line> lines(Collection<Instance> agreements, Collection<Instance> expenses) {
    Map<String, List<Instance>> expensesByLine = new LinkedHashMap<>();
    for (Instance expense : expenses) {
      expensesByLine.computeIfAbsent(expense.text(EXPENSE_AGREEMENT_CODE) + "/" + expense.text(EXPENSE_ORGANISATION),
          key -> new ArrayList<>()).add(expense);
    }
    List<Line> lines = new ArrayList<>();
    for (Instance agreement : agreements) {
      if (AgreementStatus.CLOSED.name().equals(agreement.text(AGREEMENT_STATUS)) || agreement.values().get(SIGNATORIES) == null) {
        continue;
      }
      String code = agreement.text(AGREEMENT_CODE);
      Map<String, BigDecimal> allocated = new LinkedHashMap<>();
      for (JsonNode signatory : signatories(agreement)) {
        BigDecimal budget = signatory.path("budgetEur").isNumber() ? signatory.path("budgetEur").decimalValue() : BigDecimal.ZERO;
        allocated.merge(signatory.path("organisation").asText(), budget, BigDecimal::add);
      }
      allocated.forEach((organisation, budget) -> {
        BigDecimal spent = BigDecimal.ZERO;
        Instance latest = null;
        for (Instance expense : expensesByLine.getOrDefault(code + "/" + organisation, List.of())) {
          if (expense.values().get(EXPENSE_AMOUNT) instanceof Number amount) {
            spent = spent.add(new BigDecimal(amount.toString()));
          }
          Date at = expense.setAt().get(EXPENSE_ALERT_LEVEL);
          if (at != null && (latest == null || at.after(latest.setAt().get(EXPENSE_ALERT_LEVEL)))) {
            latest = expense;
          }
        }
        lines.add(new Line(agreement.processInstanceId(), code, organisation, budget, spent,
            latest == null ? null : latest.text(EXPENSE_ALERT_LEVEL),
            latest == null ? null : latest.setAt().get(EXPENSE_ALERT_LEVEL)));
      });
    }
    return lines;
  }

  /**
   * The lines a viewer may see: those of the agreements the engine lets it read (the regional government, the
   * Joint Commission), and its own organisation's lines in any agreement (a sponsor reads its allocation and
   * spending, never another signatory's).
   */
  static List<Line> visibleTo(List<Line> lines, Set<String> readableAgreements, Collection<String> viewerGroups) {
    return lines.stream().filter(line -> readableAgreements.contains(line.processInstanceId())
        || viewerGroups.contains(line.organisation())).toList();
  }

  static FigureTable byOrganisation(List<Line> lines, OrganisationRegistry organisations) {
    FigureTable table = FigureTable.of("budget", "Budget per organisation: allocated, spent, remaining",
        List.of("organisation", "name", "agreements", "allocatedEur", "spentEur", "remainingEur", "alertLevel"),
        "Allocated: the budgets signed in the agreements not yet closed. Spent: the expenses recorded (record-expense) "
            + "under them. Alert level: the highest of the organisation's agreements, each the overrun-alert decision's "
            + "answer at its latest expense (NONE, WATCH, ALERT).");
    Map<String, List<Line>> byOrganisation = new TreeMap<>();
    lines.forEach(line -> byOrganisation.computeIfAbsent(line.organisation(), id -> new ArrayList<>()).add(line));
    // registry order first (government, then sponsors), then anything the registry no longer lists
    List<String> order = organisations.all().stream().map(Organisation::id).collect(Collectors.toList());
    byOrganisation.keySet().stream().filter(id -> !order.contains(id)).forEach(order::add);
    for (String id : order) {
      List<Line> own = byOrganisation.get(id);
      if (own == null) {
        continue;
      }
      BigDecimal allocated = own.stream().map(Line::allocated).reduce(BigDecimal.ZERO, BigDecimal::add);
      BigDecimal spent = own.stream().map(Line::spent).reduce(BigDecimal.ZERO, BigDecimal::add);
      table.add(id, organisations.find(id).map(Organisation::name).orElse(id), own.size(), amount(allocated),
          amount(spent), amount(allocated.subtract(spent)), highest(own));
    }
    return table;
  }

  static FigureTable byAgreement(List<Line> lines) {
    FigureTable table = FigureTable.of("budget-by-agreement", "Budget per agreement and organisation",
        List.of("agreementCode", "organisation", "allocatedEur", "spentEur", "remainingEur", "alertLevel"),
        "One line per signatory of each agreement not yet closed. Alert level: the overrun-alert decision's answer "
            + "at the line's latest expense; empty before any expense.");
    lines.stream().sorted(Comparator.comparing(Line::agreementCode).thenComparing(Line::organisation))
        .forEach(line -> table.add(line.agreementCode(), line.organisation(), amount(line.allocated()),
            amount(line.spent()), amount(line.remaining()), line.alertLevel()));
    return table;
  }

  private static String highest(List<Line> lines) {
    String highest = null;
    for (Line line : lines) {
      if (line.alertLevel() != null && (highest == null || ALERT_LEVELS.indexOf(line.alertLevel()) > ALERT_LEVELS.indexOf(highest))) {
        highest = line.alertLevel();
      }
    }
    return highest;
  }

  /** Euros as the figures show them: 100000, 50000.5, 0. */
  static BigDecimal amount(BigDecimal euros) {
    return new BigDecimal(euros.stripTrailingZeros().toPlainString());
  }

  static JsonNode signatories(Instance agreement) {
    if (agreement.values().get(SIGNATORIES) == null) {
      return JSON.createArrayNode();
    }
    try {
      return JSON.readTree(agreement.values().get(SIGNATORIES).toString());
    } catch (Exception e) {
      return JSON.createArrayNode();
    }
  }
}
