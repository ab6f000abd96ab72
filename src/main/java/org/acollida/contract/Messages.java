package org.acollida.contract;

/** The messages the processes send each other, by the names of the contract. */
public final class Messages {

  /** To the agreement: end it early (with {@code terminationReason}). */
  public static final String AGREEMENT_TERMINATED = "AgreementTerminated";
  /** To the agreement: a signatory proposes to vote on an extension now (with {@code extensionProposedBy}). */
  public static final String EXTENSION_PROPOSED = "ExtensionProposed";
  /** From an agreement that ended, to each of its open itineraries. */
  public static final String AGREEMENT_ENDED = "AgreementEnded";
  /** To an itinerary: its sponsorship has broken down (with {@code breakdownDescription}). */
  public static final String SPONSORSHIP_BREAKDOWN_REPORTED = "SponsorshipBreakdownReported";

  /** To an itinerary: the family left the programme (with {@code departureDate} and {@code departureReason}). */
  public static final String FAMILY_LEFT_PROGRAMME = "FamilyLeftProgramme";

  /** From hand-over-acceptance to the itinerary: the receiving sponsor's answer ({@code handOverAccepted}). */
  public static final String HAND_OVER_ANSWERED = "HandOverAnswered";

  /**
   * To an open measure: a published round's contribution joins it (with {@code originConsultationCode} and
   * {@code originStakeholder}), so that duplicates are followed as one measure.
   */
  public static final String MEASURE_CONTRIBUTION_JOINED = "MeasureContributionJoined";

  private Messages() {}
}
