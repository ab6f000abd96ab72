package org.acollida.itinerary.bpmn;

import org.acollida.contract.ItineraryStatus;
import org.acollida.itinerary.ItineraryVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** After the coordinator approved the closure: the itinerary is closed. */
@Component("markItineraryClosed")
public class MarkItineraryClosed implements JavaDelegate {

  private static final Logger LOG = LoggerFactory.getLogger(MarkItineraryClosed.class);

  @Override
  public void execute(DelegateExecution execution) {
    ItineraryVariables itinerary = ItineraryVariables.of(execution);
    itinerary.setStatus(ItineraryStatus.CLOSED);
    LOG.info("Family {}: itinerary closed ({})", itinerary.familyCode(),
        execution.getVariable(ItineraryVariables.CLOSURE_REASON));
  }
}
