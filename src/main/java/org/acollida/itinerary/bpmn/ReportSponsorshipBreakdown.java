package org.acollida.itinerary.bpmn;

import org.acollida.contract.Messages;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * A follow-up said the sponsorship is breaking down: reports it with the same message a client
 * would send, so the coordinator's mediation starts the same way whoever reports it.
 */
@Component("reportSponsorshipBreakdown")
public class ReportSponsorshipBreakdown implements JavaDelegate {

  private final RuntimeService runtime;

  public ReportSponsorshipBreakdown(RuntimeService runtime) {
    this.runtime = runtime;
  }

  @Override
  public void execute(DelegateExecution execution) {
    runtime.createMessageCorrelation(Messages.SPONSORSHIP_BREAKDOWN_REPORTED)
        .processInstanceId(execution.getProcessInstanceId()).correlate();
  }
}
