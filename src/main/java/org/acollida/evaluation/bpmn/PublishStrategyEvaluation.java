package org.acollida.evaluation.bpmn;

import org.acollida.contract.ProgrammeCalendar;
import org.acollida.evaluation.EvaluationVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Publishes the conclusions: from now on the accountability page shows them with the figures they were drawn from. */
@Component("publishStrategyEvaluation")
public class PublishStrategyEvaluation implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable(EvaluationVariables.PUBLISHED_AT, ProgrammeCalendar.now());
  }
}
