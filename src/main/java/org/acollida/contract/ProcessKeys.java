package org.acollida.contract;

/** The processes and decisions of the contract, by the keys clients and the other processes use. */
public final class ProcessKeys {

  public static final String AGREEMENT = "sponsorship-agreement";
  public static final String ITINERARY = "integration-itinerary";
  public static final String CONSULTATION = "consultation-round";
  /** A signatory's request, from Tasklist, to vote on extending an agreement now. */
  public static final String EXTENSION_PROPOSAL = "propose-agreement-extension";

  // Coordinator requests started from Tasklist (contract: "Coordinator requests started from Tasklist")
  public static final String REQUEST_AGREEMENT_TERMINATION = "request-agreement-termination";
  public static final String REPORT_SPONSORSHIP_BREAKDOWN = "report-sponsorship-breakdown";
  public static final String RECORD_FAMILY_DEPARTURE = "record-family-departure";
  /** Called by an itinerary: the receiving sponsor accepts or refuses a family handed over to it (its tenant). */
  public static final String HAND_OVER_ACCEPTANCE = "hand-over-acceptance";

  // Strategy and accountability
  public static final String MEASURE = "strategy-measure";
  public static final String STRATEGY_EVALUATION = "strategy-evaluation";

  // Budget and spending
  /** One expense a sponsor (or the regional government for it) records against an agreement. */
  public static final String EXPENSE = "record-expense";
  /** A sponsor's justification of its spending under an agreement, period after period (one per signatory sponsor). */
  public static final String JUSTIFICATION = "spending-justification";

  /** The decision whose first rule holds the migrant association threshold of a consultation round. */
  public static final String REPRESENTATION_DECISION = "representation-check";

  /** The decision on an organisation's spending against its allocation and the term elapsed. */
  public static final String OVERRUN_DECISION = "overrun-alert";

  private ProcessKeys() {}
}
