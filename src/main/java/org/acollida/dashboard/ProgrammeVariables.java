package org.acollida.dashboard;

import java.util.List;

/**
 * The process variables the dashboard reads, by the names the processes publish (the contract and
 * their readable state). The dashboard never calls into a process's code: a test checks these names
 * against each process's own variable constants, so a rename there fails the build, not the charts.
 */
final class ProgrammeVariables {

  static final String AGREEMENT_PROCESS = "sponsorship-agreement";
  static final String ITINERARY_PROCESS = "integration-itinerary";
  static final String CONSULTATION_PROCESS = "consultation-round";
  /** The decision whose first rule holds the migrant association threshold. */
  static final String REPRESENTATION_DECISION = "representation-check";

  // sponsorship-agreement
  static final String AGREEMENT_CODE = "agreementCode";
  static final String START_DATE = "startDate";
  static final String SIGNATORIES = "signatories";
  static final String AGREEMENT_STATUS = "agreementStatus";
  static final String TERM_END_DATE = "termEndDate";
  static final String EXTENSIONS_GRANTED = "extensionsGranted";
  static final String NEXT_MONITORING_MEETING_DATE = "nextMonitoringMeetingDate";
  static final String LAST_EXTENSION_VOTE_OUTCOME = "lastExtensionVoteOutcome";
  static final List<String> AGREEMENT_VARIABLES = List.of(AGREEMENT_CODE, START_DATE, SIGNATORIES, AGREEMENT_STATUS,
      TERM_END_DATE, EXTENSIONS_GRANTED, NEXT_MONITORING_MEETING_DATE, LAST_EXTENSION_VOTE_OUTCOME);
  /** Agreement statuses in which the term is still running. */
  static final List<String> TERM_RUNNING = List.of("IN_FORCE", "EXTENSION_VOTE");

  // integration-itinerary
  static final String FAMILY_CODE = "familyCode";
  static final String SPONSOR_ORGANISATION = "sponsorOrganisation";
  static final String MUNICIPALITY = "municipality";
  static final String ARRIVAL_DATE = "arrivalDate";
  static final String ITINERARY_STATUS = "itineraryStatus";
  static final String AUTONOMY_LEVEL = "autonomyLevel";
  static final String NEXT_FOLLOW_UP_DATE = "nextFollowUpDate";
  static final String CLOSURE_REASON = "closureReason";
  static final List<String> ITINERARY_VARIABLES = List.of(FAMILY_CODE, SPONSOR_ORGANISATION, MUNICIPALITY,
      ARRIVAL_DATE, ITINERARY_STATUS, AUTONOMY_LEVEL, NEXT_FOLLOW_UP_DATE, CLOSURE_REASON);
  /** Where an itinerary stands ({@code itineraryStatus}), in the order a family goes through them. */
  static final List<String> STAGES = List.of("RECEPTION", "PLANNING", "IN_PROGRESS", "BREAKDOWN", "CLOSING", "CLOSED");
  /** Stages in which monthly follow-ups are due. */
  static final List<String> FOLLOWED_UP = List.of("IN_PROGRESS", "BREAKDOWN");
  static final List<String> AUTONOMY_LEVELS = List.of("LOW", "PARTIAL", "AUTONOMOUS");
  static final String NOT_ASSESSED = "NOT_ASSESSED";
  static final String CLOSED_AUTONOMOUS = "AUTONOMOUS";

  // consultation-round
  static final String CONSULTATION_CODE = "consultationCode";
  static final String TOPIC = "topic";
  static final String STAKEHOLDERS = "stakeholders";
  static final String ROUND_STATUS = "roundStatus";
  static final String RESPONSE_RATE = "responseRate";
  static final String MIGRANT_ASSOCIATION_SHARE = "migrantAssociationShare";
  static final String MIGRANT_RESPONSE_SHARE = "migrantResponseShare";
  /** The contributions received ({@code stakeholderId}, {@code category}) and, once answered, the synthesis ({@code answer}). */
  static final String CONTRIBUTIONS = "contributions";
  static final String SYNTHESIS = "synthesis";
  static final List<String> CONSULTATION_VARIABLES = List.of(CONSULTATION_CODE, TOPIC, STAKEHOLDERS, ROUND_STATUS,
      RESPONSE_RATE, MIGRANT_ASSOCIATION_SHARE, MIGRANT_RESPONSE_SHARE, CONTRIBUTIONS, SYNTHESIS);
  static final List<String> STAKEHOLDER_CATEGORIES = List.of("MIGRANT_ASSOCIATION", "NGO", "PUBLIC_ADMINISTRATION",
      "INTERNATIONAL_ORGANISATION", "CITIZEN", "OTHER");
  static final String MIGRANT_ASSOCIATION = "MIGRANT_ASSOCIATION";
  static final List<String> ANSWERS = List.of("ACCEPTED", "PARTIALLY_ACCEPTED", "REJECTED");

  private ProgrammeVariables() {}
}
