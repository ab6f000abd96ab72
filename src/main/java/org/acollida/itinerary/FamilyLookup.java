package org.acollida.itinerary;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.acollida.common.InputRules;
import org.acollida.common.SystemAccess;
import org.acollida.contract.ItineraryStatus;
import org.acollida.contract.ProcessKeys;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

/**
 * Finds a family's open itinerary for a request (report-sponsorship-breakdown, record-family-departure). Runs
 * without the caller's authorizations and tenant checks: whether the family exists and who sponsors it decides
 * whether the request is refused (400) or forbidden (403), which a tenant-filtered query could not tell apart.
 */
@Component
public class FamilyLookup {

  private final RuntimeService runtime;

  public FamilyLookup(RuntimeService runtime) {
    this.runtime = runtime;
  }

  /** An open itinerary as a request sees it. */
  public record OpenItinerary(String processInstanceId, String familyCode, String sponsorOrganisation,
      ItineraryStatus status, LocalDate arrivalDate) {

    /** Still running its itinerary: not closing (a closure waiting for approval) nor closed. */
    public boolean active() {
      return status != ItineraryStatus.CLOSING && status != ItineraryStatus.CLOSED;
    }
  }

  public Optional<OpenItinerary> find(String familyCode) {
    return SystemAccess.asSystem(() -> {
      List<ProcessInstance> running = runtime.createProcessInstanceQuery().processDefinitionKey(ProcessKeys.ITINERARY)
          .processInstanceBusinessKey(familyCode).list();
      if (running.isEmpty()) {
        return Optional.<OpenItinerary>empty();
      }
      ProcessInstance instance = running.get(0);
      Map<String, Object> variables = runtime.getVariables(instance.getId(), List.of(
          ItineraryVariables.SPONSOR_ORGANISATION, ItineraryVariables.ITINERARY_STATUS, ItineraryVariables.ARRIVAL_DATE));
      return Optional.of(new OpenItinerary(instance.getId(), familyCode,
          (String) variables.get(ItineraryVariables.SPONSOR_ORGANISATION),
          ItineraryStatus.valueOf((String) variables.get(ItineraryVariables.ITINERARY_STATUS)),
          InputRules.storedDate("Itinerary " + familyCode, ItineraryVariables.ARRIVAL_DATE,
              variables.get(ItineraryVariables.ARRIVAL_DATE))));
    });
  }
}
