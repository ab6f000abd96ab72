package org.acollida.agreement.bpmn;

import org.acollida.agreement.AgreementValidation;
import org.acollida.agreement.AgreementVariables;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Completion of a monitoring meeting: counts it (the minutes stay with the task in history). */
@Component("recordMonitoringMeeting")
public class RecordMonitoringMeeting implements TaskListener {

  private static final Logger LOG = LoggerFactory.getLogger(RecordMonitoringMeeting.class);

  private final AgreementValidation validation;

  public RecordMonitoringMeeting(AgreementValidation validation) {
    this.validation = validation;
  }

  @Override
  public void notify(DelegateTask task) {
    validation.monitoringMeeting(task.getExecution());
    AgreementVariables agreement = AgreementVariables.of(task.getExecution());
    int held = agreement.monitoringMeetingsHeld() + 1;
    agreement.setMonitoringMeetingsHeld(held);
    LOG.info("Agreement {}: monitoring meeting {} held", agreement.agreementCode(), held);
  }
}
