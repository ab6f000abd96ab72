package org.acollida.dashboard;

import static org.acollida.dashboard.ProgrammeVariables.*;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.acollida.dashboard.ProcessSnapshot.Instance;

/** The agreements on a timeline (their budget lines: BudgetFigures). */
final class AgreementFigures {

  /** An extension vote's outcome (APPROVED, REFUSED, EXPIRED) and the day it was known. */
  record VoteOutcome(LocalDate on, String outcome) {}

  private AgreementFigures() {}

  /** Whether one of the organisations signed the agreement (is in its {@code signatories}). */
  static boolean signedByAnyOf(Instance agreement, Collection<String> organisations) {
    return BudgetFigures.signatories(agreement).findValues("organisation").stream()
        .anyMatch(organisation -> organisations.contains(organisation.asText()));
  }

  static FigureTable ourAgreements(List<BudgetFigures.Line> ownLines, Collection<Instance> agreements, LocalDate today) {
    FigureTable table = FigureTable.of("our-agreements", "Our agreements: term and budget line",
        List.of("agreementCode", "status", "startDate", "termEndDate", "daysLeft", "organisation", "allocatedEur",
            "spentEur", "remainingEur", "alertLevel"),
        "The agreements your organisation signed and not yet closed: their term, and your organisation's own budget "
            + "line (allocated, spent, remaining, the latest overrun alert level). Other signatories' lines are not shown.");
    Map<String, Instance> byId = agreements.stream().collect(Collectors.toMap(Instance::processInstanceId, a -> a));
    ownLines.stream().sorted(Comparator.comparing(BudgetFigures.Line::agreementCode)
            .thenComparing(BudgetFigures.Line::organisation))
        .forEach(line -> {
          Instance agreement = byId.get(line.processInstanceId());
          String status = agreement.text(AGREEMENT_STATUS);
          LocalDate termEnd = agreement.date(TERM_END_DATE);
          table.add(line.agreementCode(), status, agreement.text(START_DATE), agreement.text(TERM_END_DATE),
              termEnd != null && TERM_RUNNING.contains(status) ? ChronoUnit.DAYS.between(today, termEnd) : null,
              line.organisation(), BudgetFigures.amount(line.allocated()), BudgetFigures.amount(line.spent()),
              BudgetFigures.amount(line.remaining()), line.alertLevel());
        });
    return table;
  }

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
}
