package org.acollida.dashboard;

import static org.acollida.dashboard.ProgrammeVariables.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.acollida.accountability.AccountabilityReport;
import org.acollida.common.InstanceHistory;
import org.acollida.contract.ProgrammeCalendar;
import org.acollida.dashboard.AgreementFigures.VoteOutcome;
import org.acollida.dashboard.ProcessSnapshot.Instance;
import org.acollida.organisation.OrganisationRegistry;
import org.acollida.strategy.StrategyRegistry;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.model.dmn.instance.InputEntry;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.springframework.stereotype.Component;

/**
 * The programme's figures as one viewer may see them. Every query runs authenticated as the viewer,
 * so the engine's authorizations and tenant checks decide what is counted: a sponsor's figures hold
 * its own families only. A load runs seven queries whatever the programme's size: the three
 * processes' variables (one query each), the agreements' vote outcomes, the threshold's decision, and for the
 * budget lines every agreement's signatories and every expense, read without the viewer and narrowed to the
 * lines it may see (BudgetFigures#visibleTo).
 */
@Component
public class ProgrammeFigures {

  /** The figures, by table id, in the order the dashboard shows them. */
  public record Programme(Viewer viewer, LocalDate today, Map<String, FigureTable> tables) {}

  static final double DEFAULT_THRESHOLD = 0.3;
  private static final Pattern AT_LEAST = Pattern.compile(">=\\s*([0-9]*\\.?[0-9]+)");

  private final HistoryService history;
  private final IdentityService identity;
  private final RepositoryService repository;
  private final OrganisationRegistry organisations;
  private final AccountabilityReport accountability;
  private final StrategyRegistry strategy;

  public ProgrammeFigures(HistoryService history, IdentityService identity, RepositoryService repository,
      OrganisationRegistry organisations, AccountabilityReport accountability, StrategyRegistry strategy) {
    this.history = history;
    this.identity = identity;
    this.repository = repository;
    this.organisations = organisations;
    this.accountability = accountability;
    this.strategy = strategy;
  }

  public Programme figures(Viewer viewer) {
    LocalDate today = ProgrammeCalendar.today();
    // the dashboard's filter has set the viewer as the engine's user; the threshold is read without them
    identity.clearAuthentication();
    double threshold = migrantAssociationThreshold();
    Set<String> readable;
    Collection<Instance> itineraries;
    Collection<Instance> rounds;
    // budget lines: every agreement's signatories and every expense, narrowed below to the lines the viewer may
    // see, so a sponsor reads its own line in an agreement whose other lines (and instance) it may not read
    Collection<Instance> allAgreements = ProcessSnapshot.read(history, AGREEMENT_PROCESS, AGREEMENT_VARIABLES);
    Collection<Instance> allExpenses = withoutCancelled(ProcessSnapshot.read(history, EXPENSE_PROCESS, EXPENSE_VARIABLES));
    identity.setAuthentication(viewer.userId(), viewer.groupIds(), viewer.tenantIds());
    try {
      // which agreements the viewer may read: their variables are in allAgreements already
      readable = history.createHistoricProcessInstanceQuery().processDefinitionKey(AGREEMENT_PROCESS).list().stream()
          .map(HistoricProcessInstance::getId).collect(Collectors.toSet());
      itineraries = ProcessSnapshot.read(history, ITINERARY_PROCESS, ITINERARY_VARIABLES);
      rounds = ProcessSnapshot.read(history, CONSULTATION_PROCESS, CONSULTATION_VARIABLES);
    } finally {
      identity.clearAuthentication();
    }
    // a signatory sees its own agreements on the timeline (status, term, votes), even those whose instance it may
    // not read; their budget lines stay narrowed to its own below
    Collection<Instance> timeline = allAgreements.stream().filter(agreement -> readable.contains(agreement.processInstanceId())
        || AgreementFigures.signedByAnyOf(agreement, viewer.groupIds())).toList();
    Map<String, List<VoteOutcome>> votes = voteOutcomes(timeline);

    List<Instance> families = ItineraryFigures.families(itineraries);
    Map<String, FigureTable> tables = new LinkedHashMap<>();
    put(tables, AgreementFigures.timeline(timeline, votes, today));
    put(tables, ItineraryFigures.crossTab("stage-by-sponsor", "Families per stage, by sponsor", families, "sponsor",
        ItineraryFigures::sponsor, STAGES, ItineraryFigures::stage, "Where each family's itinerary stands (itineraryStatus)."));
    put(tables, ItineraryFigures.crossTab("stage-by-municipality", "Families per stage, by municipality", families,
        "municipality", ItineraryFigures::municipality, STAGES, ItineraryFigures::stage,
        "Where each family's itinerary stands (itineraryStatus)."));
    put(tables, ItineraryFigures.crossTab("autonomy-by-sponsor", "Families per autonomy level, by sponsor", families,
        "sponsor", ItineraryFigures::sponsor, AUTONOMY_LEVELS, ItineraryFigures::autonomy,
        "The latest assessment's autonomy level; NOT_ASSESSED before the first assessment."));
    put(tables, ItineraryFigures.crossTab("autonomy-by-municipality", "Families per autonomy level, by municipality",
        families, "municipality", ItineraryFigures::municipality, AUTONOMY_LEVELS, ItineraryFigures::autonomy,
        "The latest assessment's autonomy level; NOT_ASSESSED before the first assessment."));
    put(tables, ItineraryFigures.overdueFollowUps(families, today));
    put(tables, ItineraryFigures.timeToAutonomy(families));
    List<BudgetFigures.Line> budgetLines = BudgetFigures.visibleTo(BudgetFigures.lines(allAgreements, allExpenses),
        readable, viewer.groupIds());
    put(tables, BudgetFigures.byOrganisation(budgetLines, organisations));
    put(tables, BudgetFigures.byAgreement(budgetLines));
    put(tables, ConsultationFigures.participation(rounds));
    put(tables, ConsultationFigures.rounds(rounds, threshold));
    put(tables, AccountabilityFigures.measuresByPriority(accountability.measures(), strategy));
    return new Programme(viewer, today, tables);
  }

  /**
   * Tasklist's "Our agreements": each agreement the viewer's organisations signed and not yet closed, one row per
   * own budget line, with the agreement's status and term. Read without the viewer (a sponsor may not read the
   * agreement's instance, whose signatories hold every line) and narrowed to the viewer's own lines.
   */
  public FigureTable ourAgreements(Viewer viewer) {
    LocalDate today = ProgrammeCalendar.today();
    identity.clearAuthentication();
    Collection<Instance> allAgreements = ProcessSnapshot.read(history, AGREEMENT_PROCESS, AGREEMENT_VARIABLES);
    Collection<Instance> allExpenses = withoutCancelled(ProcessSnapshot.read(history, EXPENSE_PROCESS, EXPENSE_VARIABLES));
    List<BudgetFigures.Line> own = BudgetFigures.lines(allAgreements, allExpenses).stream()
        .filter(line -> viewer.groupIds().contains(line.organisation())).toList();
    return AgreementFigures.ourAgreements(own, allAgreements, today);
  }

  /** Expenses still standing: a cancelled one (its instance deleted in Cockpit, its history kept) counts no more. */
  private Collection<Instance> withoutCancelled(Collection<Instance> expenses) {
    Set<String> cancelled = InstanceHistory.cancelled(repository, history, EXPENSE_PROCESS);
    return cancelled.isEmpty() ? expenses
        : expenses.stream().filter(expense -> !cancelled.contains(expense.processInstanceId())).toList();
  }

  private static void put(Map<String, FigureTable> tables, FigureTable table) {
    tables.put(table.id(), table);
  }

  /** Every extension vote's outcome, from the history of {@code lastExtensionVoteOutcome}: one query for all agreements. */
  private Map<String, List<VoteOutcome>> voteOutcomes(Collection<Instance> agreements) {
    Map<String, List<VoteOutcome>> votes = new LinkedHashMap<>();
    if (agreements.isEmpty()) {
      return votes;
    }
    List<HistoricDetail> updates = history.createHistoricDetailQuery().variableUpdates()
        .processInstanceIdIn(agreements.stream().map(Instance::processInstanceId).toArray(String[]::new))
        .variableNameLike(LAST_EXTENSION_VOTE_OUTCOME)
        .orderByTime().asc().list();
    for (HistoricDetail detail : updates) {
      if (detail instanceof HistoricVariableUpdate update && update.getValue() != null
          && LAST_EXTENSION_VOTE_OUTCOME.equals(update.getVariableName())) {
        votes.computeIfAbsent(update.getProcessInstanceId(), id -> new ArrayList<>()).add(new VoteOutcome(
            update.getTime().toInstant().atZone(ProgrammeCalendar.ZONE).toLocalDate(), update.getValue().toString()));
      }
    }
    return votes;
  }

  /**
   * The migrant associations' minimum share, read from the deployed decision table's first rule
   * ({@code >= 0.3}) so the dashboard shows the threshold the rounds are actually checked against.
   * It is configuration, not a family's data: read without the viewer's authorizations.
   */
  double migrantAssociationThreshold() {
    DecisionDefinition decision = repository.createDecisionDefinitionQuery()
        .decisionDefinitionKey(REPRESENTATION_DECISION).latestVersion().withoutTenantId().singleResult();
    if (decision == null) {
      return DEFAULT_THRESHOLD;
    }
    for (Rule rule : repository.getDmnModelInstance(decision.getId()).getModelElementsByType(Rule.class)) {
      for (InputEntry entry : rule.getInputEntries()) {
        Matcher matcher = AT_LEAST.matcher(entry.getTextContent());
        if (matcher.find()) {
          return Double.parseDouble(matcher.group(1));
        }
      }
    }
    return DEFAULT_THRESHOLD;
  }
}
