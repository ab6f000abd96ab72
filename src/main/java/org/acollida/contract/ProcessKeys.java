package org.acollida.contract;

/** The processes and decisions of the contract, by the keys clients and the other processes use. */
public final class ProcessKeys {

  public static final String AGREEMENT = "sponsorship-agreement";
  public static final String ITINERARY = "integration-itinerary";
  public static final String CONSULTATION = "consultation-round";
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
