package org.acollida.consultation;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.acollida.common.InstanceHistory;
import org.acollida.contract.ProcessKeys;
import org.acollida.contract.RoundStatus;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Finds a round's published results in the engine's history (running or finished instances alike):
 * the newest round with that code whose synthesis was published. Nothing before publication.
 *
 * <p>Read defensively, as a public page must: published means the publication step ran and the status says so
 * (a status no step wrote, e.g. one an administrator typed in Cockpit, publishes nothing), and a round whose
 * variables cannot be read is left out with a warning rather than failing the page.
 */
@Component
public class PublishedRounds {

  private static final Set<RoundStatus> PUBLISHED = EnumSet.of(RoundStatus.PUBLISHED, RoundStatus.CLOSED);
  /** The service task that publishes the approved synthesis. */
  static final String PUBLICATION_STEP = "PublishResults";
  private static final Logger LOG = LoggerFactory.getLogger(PublishedRounds.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final HistoryService history;

  public PublishedRounds(HistoryService history) {
    this.history = history;
  }

  public Optional<PublishedRound> find(String consultationCode) {
    List<HistoricProcessInstance> rounds = history.createHistoricProcessInstanceQuery()
        .processDefinitionKey(ProcessKeys.CONSULTATION).processInstanceBusinessKey(consultationCode)
        .orderByProcessInstanceStartTime().desc().list();
    for (HistoricProcessInstance round : rounds) {
      Map<String, Object> variables = processVariables(round.getId());
      if (!isPublished(variables.get(ConsultationVariables.ROUND_STATUS)) || !publicationStepRan(round.getId())) {
        continue;
      }
      try {
        return Optional.of(read(variables));
      } catch (RuntimeException e) {
        LOG.warn("Consultation {}: published, but its results cannot be read ({}); the report is not shown",
            consultationCode, e.toString());
      }
    }
    return Optional.empty();
  }

  /** A status of the contract's that means published; anything else (unknown, not text) does not. */
  private static boolean isPublished(Object status) {
    if (!(status instanceof String text)) {
      return false;
    }
    return PUBLISHED.stream().anyMatch(published -> published.name().equals(text));
  }

  private boolean publicationStepRan(String processInstanceId) {
    return history.createHistoricActivityInstanceQuery().processInstanceId(processInstanceId)
        .activityId(PUBLICATION_STEP).finished().count() > 0;
  }

  private Map<String, Object> processVariables(String processInstanceId) {
    return InstanceHistory.processVariables(history, processInstanceId);
  }


  private static PublishedRound read(Map<String, Object> v) {
    return new PublishedRound(
        (String) v.get(ConsultationVariables.CONSULTATION_CODE),
        (String) v.get(ConsultationVariables.TOPIC),
        ((Number) v.get(ConsultationVariables.STRATEGY_PRIORITY)).intValue(),
        (String) v.get(ConsultationVariables.CONTRIBUTION_DEADLINE),
        (String) v.get(ConsultationVariables.PUBLISHED_AT),
        (String) v.get(ConsultationVariables.ROUND_STATUS),
        (String) v.get(ConsultationVariables.PREVIOUS_CONSULTATION_CODE),
        Boolean.TRUE.equals(v.get(ConsultationVariables.CALL_NEXT_ROUND))
            ? (String) v.get(ConsultationVariables.NEXT_CONSULTATION_CODE) : null,
        list(v.get(ConsultationVariables.CARRIED_FORWARD_POINTS), new TypeReference<>() {}),
        list(v.get(ConsultationVariables.STAKEHOLDERS), new TypeReference<>() {}),
        list(v.get(ConsultationVariables.SYNTHESIS), new TypeReference<>() {}),
        (String) v.get(ConsultationVariables.SYNTHESIS_SUMMARY),
        number(v.get(ConsultationVariables.RESPONSE_RATE)),
        number(v.get(ConsultationVariables.MIGRANT_ASSOCIATION_SHARE)),
        number(v.get(ConsultationVariables.MIGRANT_RESPONSE_SHARE)),
        list(v.get(ConsultationVariables.OPEN_POINTS), new TypeReference<>() {}));
  }

  private static <T> List<T> list(Object json, TypeReference<List<T>> type) {
    if (json == null) {
      return List.of();
    }
    try {
      return JSON.readValue(json.toString(), type);
    } catch (Exception e) {
      throw new IllegalStateException("a published round's variable cannot be read", e);
    }
  }

  private static double number(Object value) {
    return value instanceof Number n ? n.doubleValue() : 0.0;
  }
}
