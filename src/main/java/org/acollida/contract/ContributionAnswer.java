package org.acollida.contract;

/** The official answer to a contribution, given with a reason in the synthesis. */
public enum ContributionAnswer {
  ACCEPTED("Accepted"), PARTIALLY_ACCEPTED("Partially accepted"), REJECTED("Rejected");

  private final String label;

  ContributionAnswer(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** Partially accepted and rejected contributions remain open points for a next round. */
  public boolean leavesOpenPoint() {
    return this != ACCEPTED;
  }
}
