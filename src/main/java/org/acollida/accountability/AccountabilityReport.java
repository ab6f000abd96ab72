package org.acollida.accountability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.acollida.common.InstanceHistory;
import org.acollida.contract.ConsultationContract;
import org.acollida.contract.EvaluationContract;
import org.acollida.contract.MeasureContract;
import org.acollida.contract.MeasureStatus;
import org.acollida.contract.ProcessKeys;
import org.acollida.contract.ProgrammeCalendar;
import org.acollida.contract.RoundStatus;
import org.acollida.strategy.StrategyRegistry;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Every measure, open or closed, read from the engine's history through the contract's variable names (no
 * process's code). Public by design, so read defensively: a measure is shown only when each round it names as
 * origin has published its results (a publication starts them, so this holds by construction; the check keeps it
 * true whatever an administrator does by hand), and a measure whose variables cannot be read is left out with a
 * warning. Cancelled measures (deleted in Cockpit) are left out.
 */
@Component
public class AccountabilityReport {

  /** The measure's own variables the page reads beside the contract's. */
  static final String REPORT_DUE_DATE = "reportDueDate";
  static final String EVIDENCE = "evidence";
  static final String LAST_REPORTED_AT = "lastReportedAt";
  /** The round's variable that holds the path of its published report. */
  static final String REPORT_PATH = "reportPath";
  private static final Set<String> PUBLISHED = Set.of(RoundStatus.PUBLISHED.name(), RoundStatus.CLOSED.name());
  private static final Set<String> SHOWN_STATES = Set.of(HistoricProcessInstance.STATE_ACTIVE,
      HistoricProcessInstance.STATE_SUSPENDED, HistoricProcessInstance.STATE_COMPLETED);
  private static final String[] MEASURE_VARIABLES = {MeasureContract.MEASURE_CODE, MeasureContract.TITLE,
      MeasureContract.OBJECTIVE, MeasureContract.MEASURE_STATUS, MeasureContract.PROGRESS,
      MeasureContract.RESPONSIBLE_ORGANISATION, MeasureContract.DUE_DATE, MeasureContract.ORIGIN_CONSULTATION_CODE,
      MeasureContract.ORIGIN_STAKEHOLDER, MeasureContract.ORIGINS, REPORT_DUE_DATE, EVIDENCE, LAST_REPORTED_AT};
  private static final Logger LOG = LoggerFactory.getLogger(AccountabilityReport.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final RepositoryService repository;
  private final HistoryService history;
  private final StrategyRegistry strategy;

  public AccountabilityReport(RepositoryService repository, HistoryService history, StrategyRegistry strategy) {
    this.repository = repository;
    this.history = history;
    this.strategy = strategy;
  }

  /** Every public measure, by objective then code: two queries for the measures, two for the rounds they name. */
  public List<PublicMeasure> measures() {
    Map<String, String> codes = new HashMap<>();
    for (HistoricProcessInstance instance : InstanceHistory.instancesOf(repository, history, ProcessKeys.MEASURE)) {
      if (SHOWN_STATES.contains(instance.getState())) {
        codes.put(instance.getId(), instance.getBusinessKey());
      }
    }
    Map<String, Map<String, Object>> variables = InstanceHistory.processVariables(history, codes.keySet(),
        MEASURE_VARIABLES);
    Set<String> rounds = new HashSet<>();
    variables.values().forEach(v -> {
      try {
        jsonOf(v.get(MeasureContract.ORIGINS)).forEach(origin -> rounds.add(origin.path("consultationCode").asText()));
      } catch (RuntimeException unreadable) {
        // the measure itself is left out below, with a warning
      }
      if (v.get(MeasureContract.ORIGIN_CONSULTATION_CODE) instanceof String round) {
        rounds.add(round);
      }
    });
    Map<String, String> reportPaths = publishedReportPaths(rounds);
    List<PublicMeasure> measures = new ArrayList<>();
    codes.forEach((id, code) -> {
      try {
        read(variables.getOrDefault(id, Map.of()), reportPaths).ifPresent(measures::add);
      } catch (RuntimeException e) {
        LOG.warn("Measure {}: its variables cannot be read ({}); the accountability page leaves it out", code, e.toString());
      }
    });
    measures.sort(Comparator.comparing(PublicMeasure::objective).thenComparing(PublicMeasure::measureCode));
    return measures;
  }

  /** One measure; empty when a round it names has not published its results (it contributes nothing to the page). */
  private Optional<PublicMeasure> read(Map<String, Object> v, Map<String, String> reportPaths) {
    String objective = (String) v.get(MeasureContract.OBJECTIVE);
    StrategyRegistry.Objective known = strategy.objective(objective).orElseThrow(
        () -> new IllegalStateException("objective '" + objective + "' is none of the strategy's"));
    List<PublicMeasure.Origin> origins = new ArrayList<>();
    for (JsonNode origin : jsonOf(v.get(MeasureContract.ORIGINS))) {
      String round = origin.path("consultationCode").asText();
      if (!reportPaths.containsKey(round)) {
        return Optional.empty();
      }
      origins.add(new PublicMeasure.Origin(round, origin.path("stakeholderId").asText(), reportPaths.get(round)));
    }
    String originRound = (String) v.get(MeasureContract.ORIGIN_CONSULTATION_CODE);
    if (originRound != null && !reportPaths.containsKey(originRound)) {
      return Optional.empty();
    }
    String status = (String) v.get(MeasureContract.MEASURE_STATUS);
    MeasureStatus.valueOf(status);
    Object reportDue = v.get(REPORT_DUE_DATE);
    boolean overdue = !MeasureStatus.CLOSED.name().equals(status) && reportDue instanceof String due
        && LocalDate.parse(due).isBefore(ProgrammeCalendar.today());
    return Optional.of(new PublicMeasure((String) v.get(MeasureContract.MEASURE_CODE),
        (String) v.get(MeasureContract.TITLE), known.id(), known.priority(), status,
        ((Number) v.get(MeasureContract.PROGRESS)).intValue(), (String) v.get(MeasureContract.RESPONSIBLE_ORGANISATION),
        (String) v.get(MeasureContract.DUE_DATE), originRound, (String) v.get(MeasureContract.ORIGIN_STAKEHOLDER),
        originRound == null ? null : reportPaths.get(originRound), origins,
        (String) v.get(EVIDENCE), (String) v.get(LAST_REPORTED_AT), overdue));
  }

  /** The newest evaluation whose conclusions the Joint Commission published, if any. */
  public Optional<PublishedEvaluation> latestEvaluation() {
    PublishedEvaluation latest = null;
    for (HistoricProcessInstance instance : InstanceHistory.instancesOf(repository, history,
        ProcessKeys.STRATEGY_EVALUATION)) {
      Map<String, Object> v = processVariables(instance.getId());
      if (!(v.get(EvaluationContract.PUBLISHED_AT) instanceof String publishedAt)
          || !(v.get(EvaluationContract.CONCLUSIONS) instanceof String conclusions)) {
        continue;
      }
      if (latest == null || publishedAt.compareTo(latest.publishedAt()) > 0) {
        latest = new PublishedEvaluation(publishedAt, (String) v.get(EvaluationContract.FIGURES_DATE), conclusions,
            jsonOf(v.get(EvaluationContract.EVALUATION_FIGURES)));
      }
    }
    return Optional.ofNullable(latest);
  }

  /** The published report's path of each of these rounds that has published its results (by its code). */
  private Map<String, String> publishedReportPaths(Set<String> consultationCodes) {
    Map<String, String> paths = new HashMap<>();
    if (consultationCodes.isEmpty()) {
      return paths;
    }
    Map<String, String> codeOf = new HashMap<>();
    for (HistoricProcessInstance round : history.createHistoricProcessInstanceQuery()
        .processDefinitionKey(ProcessKeys.CONSULTATION)
        .processInstanceBusinessKeyIn(consultationCodes.toArray(String[]::new)).list()) {
      codeOf.put(round.getId(), round.getBusinessKey());
    }
    InstanceHistory.processVariables(history, codeOf.keySet(), ConsultationContract.ROUND_STATUS, REPORT_PATH)
        .forEach((id, v) -> {
          if (PUBLISHED.contains(String.valueOf(v.get(ConsultationContract.ROUND_STATUS)))
              && v.get(REPORT_PATH) instanceof String path) {
            paths.put(codeOf.get(id), path);
          }
        });
    return paths;
  }

  /** Json text (or a Json variable) as a tree; none is an empty array. */
  private static JsonNode jsonOf(Object raw) {
    if (raw == null) {
      return JSON.createArrayNode();
    }
    try {
      return JSON.readTree(raw.toString());
    } catch (Exception e) {
      throw new IllegalStateException("a variable that should hold JSON does not", e);
    }
  }

  private Map<String, Object> processVariables(String processInstanceId) {
    return InstanceHistory.processVariables(history, processInstanceId);
  }

}
