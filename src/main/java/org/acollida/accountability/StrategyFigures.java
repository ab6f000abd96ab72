package org.acollida.accountability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.acollida.common.InstanceHistory;
import org.acollida.contract.ConsultationContract;
import org.acollida.contract.ContributionAnswer;
import org.acollida.contract.MeasureStatus;
import org.acollida.contract.ProcessKeys;
import org.acollida.contract.RoundStatus;
import org.acollida.strategy.StrategyRegistry;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.springframework.stereotype.Component;

/**
 * What the Joint Commission evaluates the strategy on. Rounds are held on a priority (their {@code
 * strategyPriority}), so rounds, contributions and answers by state are per priority; measures name an objective,
 * so measures by status and overdue ones are per objective. Only published rounds count.
 */
@Component
public class StrategyFigures {

  public record ObjectiveFigures(String objective, Map<String, Long> measuresByStatus, long overdue) {}

  public record PriorityFigures(int priority, long rounds, long contributions, Map<String, Long> answersByState,
      List<ObjectiveFigures> objectives) {}

  private static final Set<String> PUBLISHED = Set.of(RoundStatus.PUBLISHED.name(), RoundStatus.CLOSED.name());
  private static final ObjectMapper JSON = new ObjectMapper();

  private final RepositoryService repository;
  private final HistoryService history;
  private final AccountabilityReport measures;
  private final StrategyRegistry strategy;

  public StrategyFigures(RepositoryService repository, HistoryService history, AccountabilityReport measures,
      StrategyRegistry strategy) {
    this.repository = repository;
    this.history = history;
    this.measures = measures;
    this.strategy = strategy;
  }

  public List<PriorityFigures> figures() {
    List<PublicMeasure> all = measures.measures();
    List<Map<String, Object>> rounds = publishedRounds();
    List<PriorityFigures> figures = new ArrayList<>();
    for (StrategyRegistry.Priority priority : strategy.priorities()) {
      long held = 0;
      long contributions = 0;
      Map<String, Long> answers = new LinkedHashMap<>();
      for (ContributionAnswer answer : ContributionAnswer.values()) {
        answers.put(answer.name(), 0L);
      }
      for (Map<String, Object> round : rounds) {
        if (!(round.get(ConsultationContract.STRATEGY_PRIORITY) instanceof Number n) || n.intValue() != priority.id()) {
          continue;
        }
        held++;
        for (JsonNode contribution : json(round.get(ConsultationContract.SYNTHESIS))) {
          contributions++;
          answers.computeIfPresent(contribution.path("answer").asText(), (k, v) -> v + 1);
        }
      }
      List<ObjectiveFigures> objectives = new ArrayList<>();
      for (StrategyRegistry.Objective objective : priority.objectives()) {
        Map<String, Long> byStatus = new LinkedHashMap<>();
        for (MeasureStatus status : MeasureStatus.values()) {
          byStatus.put(status.name(), all.stream().filter(m -> m.objective().equals(objective.id())
              && m.measureStatus().equals(status.name())).count());
        }
        long overdue = all.stream().filter(m -> m.objective().equals(objective.id()) && m.overdue()).count();
        objectives.add(new ObjectiveFigures(objective.id(), byStatus, overdue));
      }
      figures.add(new PriorityFigures(priority.id(), held, contributions, answers, objectives));
    }
    return figures;
  }

  private List<Map<String, Object>> publishedRounds() {
    List<Map<String, Object>> rounds = new ArrayList<>();
    for (HistoricProcessInstance round : InstanceHistory.instancesOf(repository, history, ProcessKeys.CONSULTATION)) {
      Map<String, Object> v = InstanceHistory.processVariables(history, round.getId());
      if (PUBLISHED.contains(String.valueOf(v.get(ConsultationContract.ROUND_STATUS)))) {
        rounds.add(v);
      }
    }
    return rounds;
  }

  private static Iterable<JsonNode> json(Object raw) {
    try {
      return raw == null ? List.of() : JSON.readTree(raw.toString());
    } catch (Exception unreadable) {
      // a variable changed by hand into something unreadable counts as no contributions
      return List.of();
    }
  }
}
