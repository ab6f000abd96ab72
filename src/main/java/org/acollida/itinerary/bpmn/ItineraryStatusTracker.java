package org.acollida.itinerary.bpmn;

import org.acollida.contract.ItineraryStatus;
import org.acollida.itinerary.ItineraryTasks.ClosureReason;
import org.acollida.itinerary.ItineraryVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code itineraryStatus} readable. The phase (reception, planning, in progress) moves on even
 * while a breakdown is being mediated; the status shows BREAKDOWN until every open mediation is settled,
 * then the phase again. Called from execution listeners in the BPMN (the bean cannot be called
 * itineraryStatus: the process variable of that name would hide it in expressions).
 */
@Component("itineraryStatusTracker")
public class ItineraryStatusTracker {

  public void enterPhase(DelegateExecution execution, String phase) {
    ItineraryVariables itinerary = ItineraryVariables.of(execution);
    ItineraryStatus entered = ItineraryStatus.valueOf(phase);
    itinerary.setPhase(entered);
    if (itinerary.openBreakdowns() == 0) {
      itinerary.setStatus(entered);
    }
  }

  public void breakdownReported(DelegateExecution execution) {
    ItineraryVariables itinerary = ItineraryVariables.of(execution);
    itinerary.setOpenBreakdowns(itinerary.openBreakdowns() + 1);
    itinerary.setBreakdownsReported(itinerary.breakdownsReported() + 1);
    itinerary.setStatus(ItineraryStatus.BREAKDOWN);
  }

  public void breakdownSettled(DelegateExecution execution) {
    ItineraryVariables itinerary = ItineraryVariables.of(execution);
    int open = Math.max(0, itinerary.openBreakdowns() - 1);
    itinerary.setOpenBreakdowns(open);
    if (open == 0) {
      itinerary.setStatus(itinerary.phase());
    }
  }

  /** The coordinator sent the closure back: no longer closing, the itinerary shows its phase again. */
  public void closureSentBack(DelegateExecution execution) {
    ItineraryVariables itinerary = ItineraryVariables.of(execution);
    execution.removeVariable(ItineraryVariables.CLOSURE_REASON);
    itinerary.setOpenBreakdowns(0);
    itinerary.setStatus(itinerary.phase());
  }

  public void closing(DelegateExecution execution, String reason) {
    ItineraryVariables itinerary = ItineraryVariables.of(execution);
    itinerary.setClosureReason(ClosureReason.valueOf(reason));
    itinerary.setOpenBreakdowns(0);
    itinerary.setStatus(ItineraryStatus.CLOSING);
  }
}
