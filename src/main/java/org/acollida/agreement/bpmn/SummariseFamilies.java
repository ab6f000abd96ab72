package org.acollida.agreement.bpmn;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.acollida.agreement.AgreementVariables;
import org.acollida.common.SystemAccess;
import org.acollida.contract.AutonomyLevel;
import org.acollida.contract.ItineraryContract;
import org.acollida.contract.ItineraryStatus;
import org.acollida.contract.ProcessKeys;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.springframework.stereotype.Component;

/**
 * Create listener of the monitoring meeting: the Joint Commission sees how the agreement's families
 * are doing (how many per itinerary status and autonomy level), computed from the itineraries'
 * contract variables ({@code agreementCode}, {@code itineraryStatus}, {@code autonomyLevel}) into task-local
 * counts ({@code familiesOpen}, {@code familiesInAll}, {@code familiesPeople}, {@code families<Status>},
 * {@code families<Level>}, {@code familiesNotAssessed}). Numbers, not sentences: the form says them in the reader's
 * language. The commission follows every sponsor's families, so the count spans all tenants.
 */
@Component("summariseFamilies")
public class SummariseFamilies implements TaskListener {

  private final HistoryService history;

  public SummariseFamilies(HistoryService history) {
    this.history = history;
  }

  @Override
  public void notify(DelegateTask task) {
    String code = AgreementVariables.of(task.getExecution()).agreementCode();
    task.setVariablesLocal(SystemAccess.asSystem(() -> summary(code)));
  }

  /** The counts, by the name of the task variable that holds each. */
  Map<String, Integer> summary(String agreementCode) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    counts.put("familiesOpen", 0);
    counts.put("familiesPeople", 0);
    for (ItineraryStatus status : ItineraryStatus.values()) {
      counts.put(countOf(status.name()), 0);
    }
    for (AutonomyLevel level : AutonomyLevel.values()) {
      counts.put(countOf(level.name()), 0);
    }
    counts.put("familiesNotAssessed", 0);
    // the variable table alone: the process instance query with a variable filter joins every variable of
    // every itinerary, which grows with the programme (docs/benchmark.md)
    List<String> itineraries = history.createHistoricVariableInstanceQuery()
        .processDefinitionKey(ProcessKeys.ITINERARY)
        .variableValueEquals(ItineraryContract.AGREEMENT_CODE, agreementCode)
        .list().stream().map(HistoricVariableInstance::getProcessInstanceId).distinct().toList();
    counts.put("familiesInAll", itineraries.size());
    if (itineraries.isEmpty()) {
      return counts;
    }
    Map<String, Map<String, Object>> byItinerary = history.createHistoricVariableInstanceQuery()
        .processInstanceIdIn(itineraries.toArray(String[]::new))
        .variableNameIn(ItineraryContract.ITINERARY_STATUS, ItineraryContract.AUTONOMY_LEVEL, ItineraryContract.MEMBERS).list().stream()
        .filter(v -> v.getActivityInstanceId() == null || v.getActivityInstanceId().equals(v.getProcessInstanceId()))
        .collect(Collectors.groupingBy(HistoricVariableInstance::getProcessInstanceId,
            Collectors.toMap(HistoricVariableInstance::getName, v -> v.getValue() == null ? "" : v.getValue(),
                (a, b) -> a)));
    for (String id : itineraries) {
      Map<String, Object> variables = byItinerary.getOrDefault(id, Map.of());
      String status = String.valueOf(variables.getOrDefault(ItineraryContract.ITINERARY_STATUS, ""));
      counts.computeIfPresent(countOf(status), (name, n) -> n + 1);
      if (!ItineraryStatus.CLOSED.name().equals(status)) {
        counts.merge("familiesOpen", 1, Integer::sum);
        counts.merge("familiesPeople", variables.get(ItineraryContract.MEMBERS) instanceof Number n ? n.intValue() : 0,
            Integer::sum);
        Object level = variables.get(ItineraryContract.AUTONOMY_LEVEL);
        counts.merge(level == null || "".equals(level) ? "familiesNotAssessed" : countOf(level.toString()), 1,
            Integer::sum);
      }
    }
    return counts;
  }

  /** {@code IN_PROGRESS} is counted in {@code familiesInProgress}. */
  static String countOf(String constant) {
    StringBuilder name = new StringBuilder("families");
    for (String word : constant.toLowerCase(Locale.ROOT).split("_")) {
      name.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
    }
    return name.toString();
  }
}
