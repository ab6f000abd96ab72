package org.acollida.agreement.bpmn;

import org.acollida.agreement.AgreementTasks;
import org.acollida.agreement.AgreementValidation;
import org.acollida.agreement.AgreementVariables;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Completion of the final evaluation: the Joint Commission's summary and whether the objectives were met. */
@Component("recordFinalEvaluation")
public class RecordFinalEvaluation implements TaskListener {

  private static final Logger LOG = LoggerFactory.getLogger(RecordFinalEvaluation.class);

  private final AgreementValidation validation;

  public RecordFinalEvaluation(AgreementValidation validation) {
    this.validation = validation;
  }

  @Override
  public void notify(DelegateTask task) {
    AgreementTasks.ObjectivesMet objectives = validation.finalEvaluation(task.getExecution());
    LOG.info("Agreement {}: final evaluation recorded, objectives {}",
        AgreementVariables.of(task.getExecution()).agreementCode(), objectives);
  }
}
