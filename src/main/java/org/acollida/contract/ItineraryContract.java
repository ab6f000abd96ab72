package org.acollida.contract;

/** What other parts read of an {@code integration-itinerary}: its contract variables and readable state. */
public final class ItineraryContract {

  public static final String FAMILY_CODE = "familyCode";
  /** The agreement the family is sponsored under: the link from an agreement to its itineraries. */
  public static final String AGREEMENT_CODE = "agreementCode";
  public static final String SPONSOR_ORGANISATION = "sponsorOrganisation";
  public static final String MUNICIPALITY = "municipality";
  public static final String MEMBERS = "members";
  public static final String MINORS = "minors";
  public static final String ARRIVAL_DATE = "arrivalDate";
  public static final String ITINERARY_STATUS = "itineraryStatus";
  public static final String AUTONOMY_LEVEL = "autonomyLevel";
  public static final String NEXT_FOLLOW_UP_DATE = "nextFollowUpDate";
  public static final String CLOSURE_REASON = "closureReason";
  /** What a breakdown report said (message SponsorshipBreakdownReported). */
  public static final String BREAKDOWN_DESCRIPTION = "breakdownDescription";
  /** When and why the family left the programme (message FamilyLeftProgramme). */
  public static final String DEPARTURE_DATE = "departureDate";
  public static final String DEPARTURE_REASON = "departureReason";

  private ItineraryContract() {}
}
