package org.acollida.itinerary;

/** The itinerary's user tasks, the fields of their forms and the choices those fields offer. */
public final class ItineraryTasks {

  public static final String PREPARE_RECEPTION = "PrepareReception";
  public static final String REGISTER_IN_MUNICIPALITY = "RegisterInMunicipality";
  public static final String OBTAIN_HEALTH_CARD = "ObtainHealthCard";
  public static final String ENROL_CHILDREN_IN_SCHOOL = "EnrolChildrenInSchool";
  public static final String OPEN_BANK_ACCOUNT = "OpenBankAccount";
  public static final String AGREE_ITINERARY_PLAN = "AgreeItineraryPlan";
  public static final String WORK_ON_AREA = "WorkOnArea";
  public static final String RECORD_FOLLOW_UP = "RecordFollowUp";
  public static final String ASSESS_AUTONOMY = "AssessAutonomy";
  public static final String MEDIATE_BREAKDOWN = "MediateBreakdown";
  public static final String CLOSE_ITINERARY = "CloseItinerary";
  /** In process hand-over-acceptance, for the receiving sponsor. */
  public static final String ACCEPT_HAND_OVER = "AcceptHandOver";

  // PrepareReception (local to the task)
  public static final String HOUSING_TYPE = "housingType";
  public static final String HOUSING_READY_DATE = "housingReadyDate";
  // arrival formalities (local to each task)
  public static final String REGISTERED_ON = "registeredOn";
  public static final String HEALTH_CARDS_OBTAINED_ON = "healthCardsObtainedOn";
  public static final String ENROLLED_ON = "enrolledOn";
  public static final String CHILDREN_ENROLLED = "childrenEnrolled";
  public static final String ACCOUNT_OPENED_ON = "accountOpenedOn";
  // AgreeItineraryPlan (itineraryAreas, planGoals and agreedWithFamilyOn stay readable on the instance)
  public static final String PLAN_GOALS = "planGoals";
  public static final String AGREED_WITH_FAMILY_ON = "agreedWithFamilyOn";
  public static final String FAMILY_TOOK_PART = "familyTookPart";
  // WorkOnArea (local to each area)
  public static final String AREA_GOALS = "areaGoals";
  public static final String AREA_ACTIONS = "areaActions";
  public static final String AREA_OUTCOME = "areaOutcome";
  // RecordFollowUp (local to each follow-up)
  public static final String FOLLOW_UP_DATE = "followUpDate";
  public static final String FOLLOW_UP_NOTES = "followUpNotes";
  public static final String SPONSORSHIP_BREAKING_DOWN = "sponsorshipBreakingDown";
  // MediateBreakdown (local; the outcome is copied to the instance for the gateway)
  public static final String MEDIATION_OUTCOME = "mediationOutcome";
  public static final String MEDIATION_NOTES = "mediationNotes";
  public static final String NEW_SPONSOR_ORGANISATION = "newSponsorOrganisation";
  public static final String NEW_MUNICIPALITY = "newMunicipality";
  // AcceptHandOver (hand-over-acceptance): ACCEPT or REFUSE, and why when refusing
  public static final String HAND_OVER_DECISION = "handOverDecision";
  public static final String HAND_OVER_REFUSAL_REASON = "handOverRefusalReason";
  // CloseItinerary
  public static final String CLOSURE_SUMMARY = "closureSummary";
  /** APPROVE or SEND_BACK (local to the task; copied to the instance for the gateway). */
  public static final String CLOSURE_DECISION = "closureDecision";
  /** Required when the closure is sent back: why the itinerary goes on (local to the task, kept in its history). */
  public static final String SEND_BACK_REASON = "sendBackReason";

  public enum HousingType { SPONSOR_RENTED_FLAT, SOCIAL_HOUSING, SHARED_FLAT }

  public enum AreaOutcome { GOALS_REACHED, PARTLY_REACHED, NOT_REACHED }

  public enum MediationOutcome { CONTINUE, HAND_OVER }

  /** Inputs of the autonomy-level decision (processes/autonomy-level.dmn). */
  public enum LanguageLevel { NONE, BASIC, INDEPENDENT, PROFICIENT }

  public enum IncomeSource { NONE, SPONSOR_SUPPORT, PUBLIC_BENEFITS, EMPLOYMENT }

  public enum HousingSituation { SPONSOR_PROVIDED, SHARED_OR_TEMPORARY, OWN_RENTAL }


  /** Why an itinerary closes, readable as {@code closureReason}. */
  public enum ClosureReason { AUTONOMOUS, HANDED_OVER, AGREEMENT_ENDED, FAMILY_LEFT }

  /** The receiving sponsor's answer to a hand-over. */
  public enum HandOverDecision { ACCEPT, REFUSE }

  /** The coordinator's answer to a closure: approve it, or send the itinerary back to its follow-ups. */
  public enum ClosureDecision { APPROVE, SEND_BACK }

  private ItineraryTasks() {}
}
