package org.acollida.contract;

/** What other parts read of a {@code strategy-evaluation}: the Joint Commission's periodic evaluation of the strategy. */
public final class EvaluationContract {

  /** Json: per priority the rounds held and their answers, per objective the measures by status and overdue. */
  public static final String EVALUATION_FIGURES = "evaluationFigures";
  /** The Joint Commission's conclusions, published with the accountability page. */
  public static final String CONCLUSIONS = "conclusions";
  /** When the conclusions were published (ISO instant); absent until then. */
  public static final String PUBLISHED_AT = "evaluationPublishedAt";
  /** The day the figures were taken (yyyy-MM-dd). */
  public static final String FIGURES_DATE = "figuresDate";

  private EvaluationContract() {}
}
