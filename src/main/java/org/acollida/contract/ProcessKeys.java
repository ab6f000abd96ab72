package org.acollida.contract;

/** The processes and decisions of the contract, by the keys clients and the other processes use. */
public final class ProcessKeys {

  public static final String AGREEMENT = "sponsorship-agreement";
  public static final String ITINERARY = "integration-itinerary";
  public static final String CONSULTATION = "consultation-round";
  public static final String MEASURE = "strategy-measure";
  public static final String STRATEGY_EVALUATION = "strategy-evaluation";

  /** The decision whose first rule holds the migrant association threshold of a consultation round. */
  public static final String REPRESENTATION_DECISION = "representation-check";

  private ProcessKeys() {}
}
