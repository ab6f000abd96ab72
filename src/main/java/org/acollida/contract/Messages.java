package org.acollida.contract;

/** The messages the processes send each other, by the names of the contract. */
public final class Messages {

  /** To the agreement: end it early (with {@code terminationReason}). */
  public static final String AGREEMENT_TERMINATED = "AgreementTerminated";
  /** From an agreement that ended, to each of its open itineraries. */
  public static final String AGREEMENT_ENDED = "AgreementEnded";
  /** To an itinerary: its sponsorship has broken down (with {@code breakdownDescription}). */
  public static final String SPONSORSHIP_BREAKDOWN_REPORTED = "SponsorshipBreakdownReported";

  /**
   * To an open measure: a published round's contribution joins it (with {@code originConsultationCode} and
   * {@code originStakeholder}), so that duplicates are followed as one measure.
   */
  public static final String MEASURE_CONTRIBUTION_JOINED = "MeasureContributionJoined";

  private Messages() {}
}
