package org.acollida.agreement.bpmn;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.acollida.agreement.AgreementVariables;
import org.acollida.common.SystemAccess;
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
 * contract variables ({@code agreementCode}, {@code itineraryStatus}, {@code autonomyLevel}) into the
 * task's local {@code familiesSummary}. The commission follows every sponsor's families, so the count
 * spans all tenants.
 */
@Component("summariseFamilies")
public class SummariseFamilies implements TaskListener {

  public static final String FAMILIES_SUMMARY = "familiesSummary";

  private final HistoryService history;

  public SummariseFamilies(HistoryService history) {
    this.history = history;
  }

  @Override
  public void notify(DelegateTask task) {
    String code = AgreementVariables.of(task.getExecution()).agreementCode();
    task.setVariableLocal(FAMILIES_SUMMARY, SystemAccess.asSystem(() -> summary(code)));
  }

  String summary(String agreementCode) {
    // the variable table alone: the process instance query with a variable filter joins every variable of
    // every itinerary, which grows with the programme (docs/benchmark.md)
    List<String> itineraries = history.createHistoricVariableInstanceQuery()
        .processDefinitionKey(ProcessKeys.ITINERARY)
        .variableValueEquals(ItineraryContract.AGREEMENT_CODE, agreementCode)
        .list().stream().map(HistoricVariableInstance::getProcessInstanceId).distinct().toList();
    if (itineraries.isEmpty()) {
      return "No family itineraries registered under this agreement yet.";
    }
    Map<String, Map<String, Object>> byItinerary = history.createHistoricVariableInstanceQuery()
        .processInstanceIdIn(itineraries.toArray(String[]::new))
        .variableNameIn(ItineraryContract.ITINERARY_STATUS, ItineraryContract.AUTONOMY_LEVEL, ItineraryContract.MEMBERS).list().stream()
        .filter(v -> v.getActivityInstanceId() == null || v.getActivityInstanceId().equals(v.getProcessInstanceId()))
        .collect(Collectors.groupingBy(HistoricVariableInstance::getProcessInstanceId,
            Collectors.toMap(HistoricVariableInstance::getName, v -> v.getValue() == null ? "" : v.getValue(),
                (a, b) -> a)));
    Map<String, Integer> byStatus = new TreeMap<>();
    Map<String, Integer> byAutonomy = new TreeMap<>();
    int open = 0;
    int people = 0;
    for (String id : itineraries) {
      Map<String, Object> variables = byItinerary.getOrDefault(id, Map.of());
      String status = String.valueOf(variables.getOrDefault(ItineraryContract.ITINERARY_STATUS, "UNKNOWN"));
      byStatus.merge(status, 1, Integer::sum);
      if (!ItineraryStatus.CLOSED.name().equals(status)) {
        open++;
        people += variables.get(ItineraryContract.MEMBERS) instanceof Number n ? n.intValue() : 0;
        Object level = variables.get(ItineraryContract.AUTONOMY_LEVEL);
        byAutonomy.merge(level == null || "".equals(level) ? "not yet assessed" : level.toString(), 1, Integer::sum);
      }
    }
    return "**" + open + " open itinerar" + (open == 1 ? "y" : "ies") + "** (" + people + " people), "
        + itineraries.size() + " in all.\n\n"
        + "- By status: " + describe(byStatus) + "\n"
        + "- Open itineraries by autonomy level: " + (byAutonomy.isEmpty() ? "none" : describe(byAutonomy));
  }

  private static String describe(Map<String, Integer> counts) {
    return counts.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
  }
}
