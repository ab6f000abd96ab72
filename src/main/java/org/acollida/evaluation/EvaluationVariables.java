package org.acollida.evaluation;

import org.acollida.contract.EvaluationContract;

/** The strategy evaluation's variables: the contract's, and the task's form fields. */
public final class EvaluationVariables {

  public static final String EVALUATION_FIGURES = EvaluationContract.EVALUATION_FIGURES;
  public static final String CONCLUSIONS = EvaluationContract.CONCLUSIONS;
  public static final String PUBLISHED_AT = EvaluationContract.PUBLISHED_AT;
  public static final String FIGURES_DATE = EvaluationContract.FIGURES_DATE;
  /** The figures as readable text for the task's form. */
  public static final String EVALUATION_SUMMARY = "evaluationSummary";
  /** The Joint Commission member who recorded the conclusions. */
  public static final String EVALUATED_BY = "evaluatedBy";

  private EvaluationVariables() {}
}
