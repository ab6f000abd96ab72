package org.acollida.dashboard;

import static org.acollida.dashboard.ProgrammeVariables.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.acollida.contract.AgreementStatus;
import org.acollida.dashboard.ProcessSnapshot.Instance;
import org.acollida.organisation.Organisation;
import org.acollida.organisation.OrganisationRegistry;

/** The agreements on a timeline, and the budget each organisation committed in them. */
final class AgreementFigures {

  /** An extension vote's outcome (APPROVED, REFUSED, EXPIRED) and the day it was known. */
  record VoteOutcome(LocalDate on, String outcome) {}

  private static final ObjectMapper JSON = new ObjectMapper();

  private AgreementFigures() {}

  static FigureTable timeline(Collection<Instance> agreements, Map<String, List<VoteOutcome>> votes, LocalDate today) {
    FigureTable table = FigureTable.of("agreements", "Agreements on a timeline",
        List.of("agreementCode", "status", "startDate", "termEndDate", "daysLeft", "extensionsGranted",
            "extensionVotes", "nextMonitoringMeeting"),
        "Days left count to the term end while the term runs (in force or voting on an extension). "
            + "Extension votes: each vote's outcome and the day it was known.");
    agreements.stream().sorted(Comparator.comparing((Instance a) -> String.valueOf(a.text(START_DATE)))
            .thenComparing(a -> String.valueOf(a.text(AGREEMENT_CODE))))
        .forEach(agreement -> {
          String status = agreement.text(AGREEMENT_STATUS);
          LocalDate termEnd = agreement.date(TERM_END_DATE);
          Long daysLeft = termEnd != null && TERM_RUNNING.contains(status)
              ? ChronoUnit.DAYS.between(today, termEnd) : null;
          String voteHistory = votes.getOrDefault(agreement.processInstanceId(), List.of()).stream()
              .map(vote -> vote.on() + " " + vote.outcome()).collect(Collectors.joining("; "));
          table.add(agreement.text(AGREEMENT_CODE), status, agreement.text(START_DATE), agreement.text(TERM_END_DATE),
              daysLeft, agreement.integer(EXTENSIONS_GRANTED), voteHistory,
              TERM_RUNNING.contains(status) ? agreement.text(NEXT_MONITORING_MEETING_DATE) : null);
        });
    return table;
  }

  /** Budget allocated per organisation over the agreements not yet closed; spending is not recorded by any process. */
  static FigureTable budget(Collection<Instance> agreements, OrganisationRegistry organisations) {
    Map<String, BigDecimal> allocated = new TreeMap<>();
    Map<String, Integer> agreementCount = new TreeMap<>();
    for (Instance agreement : agreements) {
      if (AgreementStatus.CLOSED.name().equals(agreement.text(AGREEMENT_STATUS)) || agreement.values().get(SIGNATORIES) == null) {
        continue;
      }
      for (JsonNode signatory : signatories(agreement)) {
        String organisation = signatory.path("organisation").asText();
        BigDecimal budget = signatory.path("budgetEur").isNumber() ? signatory.path("budgetEur").decimalValue() : BigDecimal.ZERO;
        allocated.merge(organisation, budget, BigDecimal::add);
        agreementCount.merge(organisation, 1, Integer::sum);
      }
    }
    FigureTable table = FigureTable.of("budget", "Budget allocated per organisation",
        List.of("organisation", "name", "agreements", "allocatedEur", "spentEur"),
        "Allocated: the budgets signed in the agreements not yet closed. Spent: no process records spending yet, so it is left empty.");
    // registry order first (government, then sponsors), then anything the registry no longer lists
    List<String> order = organisations.all().stream().map(Organisation::id).collect(Collectors.toList());
    allocated.keySet().stream().filter(id -> !order.contains(id)).forEach(order::add);
    for (String id : order) {
      if (allocated.containsKey(id)) {
        String name = organisations.find(id).map(Organisation::name).orElse(id);
        table.add(id, name, agreementCount.get(id), new BigDecimal(allocated.get(id).stripTrailingZeros().toPlainString()), null);
      }
    }
    return table;
  }

  private static JsonNode signatories(Instance agreement) {
    try {
      return JSON.readTree(agreement.values().get(SIGNATORIES).toString());
    } catch (Exception e) {
      return JSON.createArrayNode();
    }
  }
}
