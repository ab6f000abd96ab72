package org.acollida.contract;

/**
 * The start variables of the coordinator requests (process keys {@link ProcessKeys#REQUEST_AGREEMENT_TERMINATION},
 * {@link ProcessKeys#REPORT_SPONSORSHIP_BREAKDOWN}, {@link ProcessKeys#RECORD_FAMILY_DEPARTURE}), started from
 * Tasklist's <i>Start process</i> or through REST by key. Each request records who asked ({@link #REQUESTED_BY},
 * the signed-in user) and why.
 */
public final class RequestContract {

  /** The start events' initiator: the user who made the request. */
  public static final String REQUESTED_BY = "requestedBy";
  public static final String AGREEMENT_CODE = AgreementContract.AGREEMENT_CODE;
  public static final String TERMINATION_REASON = AgreementContract.TERMINATION_REASON;
  public static final String FAMILY_CODE = ItineraryContract.FAMILY_CODE;
  /** report-sponsorship-breakdown: what is happening. */
  public static final String DESCRIPTION = "description";
  /** record-family-departure: the day the family left (not in the future) and why. */
  public static final String DEPARTURE_DATE = ItineraryContract.DEPARTURE_DATE;
  public static final String REASON = "reason";

  private RequestContract() {}
}
