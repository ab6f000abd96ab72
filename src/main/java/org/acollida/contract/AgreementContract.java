package org.acollida.contract;

import java.util.List;

/** What other parts read of a {@code sponsorship-agreement}: its contract variables and readable state. */
public final class AgreementContract {

  public static final String AGREEMENT_CODE = "agreementCode";
  public static final String START_DATE = "startDate";
  /** Json array of {@code {"organisation": id, "budgetEur": number}}. */
  public static final String SIGNATORIES = "signatories";
  public static final String SIGNATORY_ORGANISATION = "organisation";
  public static final String AGREEMENT_STATUS = "agreementStatus";
  public static final String TERM_END_DATE = "termEndDate";
  public static final String EXTENSIONS_GRANTED = "extensionsGranted";
  public static final String TERMINATION_REASON = "terminationReason";
  public static final String NEXT_MONITORING_MEETING_DATE = "nextMonitoringMeetingDate";
  public static final String LAST_EXTENSION_VOTE_OUTCOME = "lastExtensionVoteOutcome";

  /** The statuses in which the term still runs: families may be registered under the agreement. */
  public static final List<AgreementStatus> TERM_RUNNING = List.of(AgreementStatus.IN_FORCE, AgreementStatus.EXTENSION_VOTE);

  public static boolean termRunning(String agreementStatus) {
    return TERM_RUNNING.stream().anyMatch(status -> status.name().equals(agreementStatus));
  }

  private AgreementContract() {}
}
