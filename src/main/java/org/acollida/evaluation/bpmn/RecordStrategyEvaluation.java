package org.acollida.evaluation.bpmn;

import org.acollida.evaluation.EvaluationValidation;
import org.acollida.evaluation.EvaluationVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.springframework.stereotype.Component;

/** Completion of EvaluateStrategy: the Joint Commission's conclusions, required, and who recorded them. */
@Component("recordStrategyEvaluation")
public class RecordStrategyEvaluation implements TaskListener {

  private final EvaluationValidation validation;

  public RecordStrategyEvaluation(EvaluationValidation validation) {
    this.validation = validation;
  }

  @Override
  public void notify(DelegateTask task) {
    String conclusions = validation.conclusions(task.getExecution());
    DelegateExecution instance = task.getExecution().getProcessInstance();
    instance.setVariable(EvaluationVariables.CONCLUSIONS, conclusions);
    instance.setVariable(EvaluationVariables.EVALUATED_BY,
        Context.getCommandContext() == null ? null : Context.getCommandContext().getAuthenticatedUserId());
  }
}
