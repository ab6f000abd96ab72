package org.acollida.dashboard;

import java.util.Arrays;
import java.util.List;
import org.acollida.contract.AgreementContract;
import org.acollida.contract.AutonomyLevel;
import org.acollida.contract.ConsultationContract;
import org.acollida.contract.ContributionAnswer;
import org.acollida.contract.ItineraryContract;
import org.acollida.contract.ItineraryStatus;
import org.acollida.contract.ProcessKeys;
import org.acollida.contract.SpendingContract;
import org.acollida.contract.StakeholderCategory;

/**
 * The process variables the dashboard reads, by the names of the contract ({@code org.acollida.contract}).
 * The dashboard never calls into a process's code; the lists here are what it asks of each process.
 */
final class ProgrammeVariables {

  static final String AGREEMENT_PROCESS = ProcessKeys.AGREEMENT;
  static final String ITINERARY_PROCESS = ProcessKeys.ITINERARY;
  static final String CONSULTATION_PROCESS = ProcessKeys.CONSULTATION;
  /** The decision whose first rule holds the migrant association threshold. */
  static final String REPRESENTATION_DECISION = ProcessKeys.REPRESENTATION_DECISION;

  // sponsorship-agreement
  static final String AGREEMENT_CODE = AgreementContract.AGREEMENT_CODE;
  static final String START_DATE = AgreementContract.START_DATE;
  static final String SIGNATORIES = AgreementContract.SIGNATORIES;
  static final String AGREEMENT_STATUS = AgreementContract.AGREEMENT_STATUS;
  static final String TERM_END_DATE = AgreementContract.TERM_END_DATE;
  static final String EXTENSIONS_GRANTED = AgreementContract.EXTENSIONS_GRANTED;
  static final String NEXT_MONITORING_MEETING_DATE = AgreementContract.NEXT_MONITORING_MEETING_DATE;
  static final String LAST_EXTENSION_VOTE_OUTCOME = AgreementContract.LAST_EXTENSION_VOTE_OUTCOME;
  static final List<String> AGREEMENT_VARIABLES = List.of(AGREEMENT_CODE, START_DATE, SIGNATORIES, AGREEMENT_STATUS,
      TERM_END_DATE, EXTENSIONS_GRANTED, NEXT_MONITORING_MEETING_DATE, LAST_EXTENSION_VOTE_OUTCOME);
  /** Agreement statuses in which the term is still running. */
  static final List<String> TERM_RUNNING = AgreementContract.TERM_RUNNING.stream().map(Enum::name).toList();

  // integration-itinerary
  static final String FAMILY_CODE = ItineraryContract.FAMILY_CODE;
  static final String SPONSOR_ORGANISATION = ItineraryContract.SPONSOR_ORGANISATION;
  static final String MUNICIPALITY = ItineraryContract.MUNICIPALITY;
  static final String ARRIVAL_DATE = ItineraryContract.ARRIVAL_DATE;
  static final String ITINERARY_STATUS = ItineraryContract.ITINERARY_STATUS;
  static final String AUTONOMY_LEVEL = ItineraryContract.AUTONOMY_LEVEL;
  static final String NEXT_FOLLOW_UP_DATE = ItineraryContract.NEXT_FOLLOW_UP_DATE;
  static final String CLOSURE_REASON = ItineraryContract.CLOSURE_REASON;
  static final List<String> ITINERARY_VARIABLES = List.of(FAMILY_CODE, SPONSOR_ORGANISATION, MUNICIPALITY,
      ARRIVAL_DATE, ITINERARY_STATUS, AUTONOMY_LEVEL, NEXT_FOLLOW_UP_DATE, CLOSURE_REASON);
  /** Where an itinerary stands ({@code itineraryStatus}), in the order a family goes through them. */
  static final List<String> STAGES = names(ItineraryStatus.values());
  /** Stages in which monthly follow-ups are due. */
  static final List<String> FOLLOWED_UP = List.of(ItineraryStatus.IN_PROGRESS.name(), ItineraryStatus.BREAKDOWN.name());
  static final List<String> AUTONOMY_LEVELS = names(AutonomyLevel.values());
  static final String NOT_ASSESSED = "NOT_ASSESSED";
  static final String CLOSED_AUTONOMOUS = AutonomyLevel.AUTONOMOUS.name();

  // record-expense: one instance per expense, its tenant the organisation that spent
  static final String EXPENSE_PROCESS = ProcessKeys.EXPENSE;
  static final String EXPENSE_AGREEMENT_CODE = SpendingContract.AGREEMENT_CODE;
  static final String EXPENSE_ORGANISATION = SpendingContract.ORGANISATION;
  static final String EXPENSE_AMOUNT = SpendingContract.AMOUNT_EUR;
  static final String EXPENSE_ALERT_LEVEL = SpendingContract.ALERT_LEVEL;
  static final List<String> EXPENSE_VARIABLES = List.of(EXPENSE_AGREEMENT_CODE, EXPENSE_ORGANISATION, EXPENSE_AMOUNT,
      EXPENSE_ALERT_LEVEL);
  /** The overrun decision's levels, lowest first. */
  static final List<String> ALERT_LEVELS = names(SpendingContract.AlertLevel.values());

  // consultation-round
  static final String CONSULTATION_CODE = ConsultationContract.CONSULTATION_CODE;
  static final String TOPIC = ConsultationContract.TOPIC;
  static final String STAKEHOLDERS = ConsultationContract.STAKEHOLDERS;
  static final String ROUND_STATUS = ConsultationContract.ROUND_STATUS;
  static final String RESPONSE_RATE = ConsultationContract.RESPONSE_RATE;
  static final String MIGRANT_ASSOCIATION_SHARE = ConsultationContract.MIGRANT_ASSOCIATION_SHARE;
  static final String MIGRANT_RESPONSE_SHARE = ConsultationContract.MIGRANT_RESPONSE_SHARE;
  /** The contributions received ({@code stakeholderId}, {@code category}) and, once answered, the synthesis ({@code answer}). */
  static final String CONTRIBUTIONS = ConsultationContract.CONTRIBUTIONS;
  static final String SYNTHESIS = ConsultationContract.SYNTHESIS;
  static final List<String> CONSULTATION_VARIABLES = List.of(CONSULTATION_CODE, TOPIC, STAKEHOLDERS, ROUND_STATUS,
      RESPONSE_RATE, MIGRANT_ASSOCIATION_SHARE, MIGRANT_RESPONSE_SHARE, CONTRIBUTIONS, SYNTHESIS);
  static final List<String> STAKEHOLDER_CATEGORIES = names(StakeholderCategory.values());
  static final String MIGRANT_ASSOCIATION = StakeholderCategory.MIGRANT_ASSOCIATION.name();
  static final List<String> ANSWERS = names(ContributionAnswer.values());

  private ProgrammeVariables() {}

  private static List<String> names(Enum<?>[] values) {
    return Arrays.stream(values).map(Enum::name).toList();
  }
}
