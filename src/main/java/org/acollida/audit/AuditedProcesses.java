package org.acollida.audit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.acollida.contract.AgreementContract;
import org.acollida.contract.ConsultationContract;
import org.acollida.contract.ItineraryContract;
import org.acollida.contract.ProcessKeys;

/**
 * The processes whose cases have an audit trail, and which of their variables it shows: the contract's variables
 * (org.acollida.contract), never a process's internal or form variables (a contribution's text, a follow-up's
 * notes). A variable of {@code shown} appears with its value (a Json list by its number of entries); one of
 * {@code recordedOnly} is free text someone wrote, so the trail says when it was set and by whom, not what it says.
 * A new process gets its trail with one entry here.
 */
final class AuditedProcesses {

  /** One audited process: its key and the contract variables the trail names. */
  record AuditedProcess(String key, List<String> shown, List<String> recordedOnly) {

    List<String> variables() {
      return Stream.concat(shown.stream(), recordedOnly.stream()).toList();
    }
  }

  private static final Map<String, AuditedProcess> PROCESSES = new LinkedHashMap<>();

  static {
    add(new AuditedProcess(ProcessKeys.AGREEMENT,
        List.of(AgreementContract.AGREEMENT_CODE, AgreementContract.START_DATE, AgreementContract.SIGNATORIES,
            AgreementContract.AGREEMENT_STATUS, AgreementContract.TERM_END_DATE, AgreementContract.EXTENSIONS_GRANTED,
            AgreementContract.NEXT_MONITORING_MEETING_DATE, AgreementContract.LAST_EXTENSION_VOTE_OUTCOME),
        List.of(AgreementContract.TERMINATION_REASON)));
    add(new AuditedProcess(ProcessKeys.ITINERARY,
        List.of(ItineraryContract.FAMILY_CODE, ItineraryContract.AGREEMENT_CODE, ItineraryContract.SPONSOR_ORGANISATION,
            ItineraryContract.MUNICIPALITY, ItineraryContract.MEMBERS, ItineraryContract.MINORS,
            ItineraryContract.ARRIVAL_DATE, ItineraryContract.ITINERARY_STATUS, ItineraryContract.AUTONOMY_LEVEL,
            ItineraryContract.NEXT_FOLLOW_UP_DATE, ItineraryContract.CLOSURE_REASON, ItineraryContract.DEPARTURE_DATE),
        List.of(ItineraryContract.BREAKDOWN_DESCRIPTION, ItineraryContract.DEPARTURE_REASON)));
    add(new AuditedProcess(ProcessKeys.CONSULTATION,
        List.of(ConsultationContract.CONSULTATION_CODE, ConsultationContract.TOPIC,
            ConsultationContract.STRATEGY_PRIORITY, ConsultationContract.STAKEHOLDERS,
            ConsultationContract.CONTRIBUTION_DEADLINE, ConsultationContract.ROUND_STATUS,
            ConsultationContract.RESPONSE_RATE, ConsultationContract.MIGRANT_ASSOCIATION_SHARE,
            ConsultationContract.MIGRANT_RESPONSE_SHARE, ConsultationContract.CONTRIBUTIONS,
            ConsultationContract.SYNTHESIS),
        List.of()));
  }

  private AuditedProcesses() {}

  private static void add(AuditedProcess process) {
    PROCESSES.put(process.key(), process);
  }

  static Optional<AuditedProcess> find(String processKey) {
    return Optional.ofNullable(PROCESSES.get(processKey));
  }

  static List<String> keys() {
    return List.copyOf(PROCESSES.keySet());
  }
}
