package org.acollida.evaluation;

/** The strategy evaluation's user task, by its id in strategy-evaluation.bpmn. */
public final class EvaluationTasks {

  public static final String EVALUATE_STRATEGY = "EvaluateStrategy";

  private EvaluationTasks() {}
}
