package org.acollida.contract;

/** What other parts read of a {@code consultation-round}: its contract variables and readable state. */
public final class ConsultationContract {

  public static final String CONSULTATION_CODE = "consultationCode";
  public static final String TOPIC = "topic";
  public static final String STRATEGY_PRIORITY = "strategyPriority";
  public static final String STAKEHOLDERS = "stakeholders";
  public static final String CONTRIBUTION_DEADLINE = "contributionDeadline";
  public static final String ROUND_STATUS = "roundStatus";
  public static final String RESPONSE_RATE = "responseRate";
  public static final String MIGRANT_ASSOCIATION_SHARE = "migrantAssociationShare";
  public static final String MIGRANT_RESPONSE_SHARE = "migrantResponseShare";
  /** The contributions received ({@code stakeholderId}, {@code category}), without their sealed texts. */
  public static final String CONTRIBUTIONS = "contributions";
  /** Once answered: each contribution with its {@code answer}. */
  public static final String SYNTHESIS = "synthesis";

  private ConsultationContract() {}
}
