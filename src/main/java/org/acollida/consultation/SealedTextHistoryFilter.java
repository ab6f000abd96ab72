package org.acollida.consultation;

import java.util.List;
import org.acollida.contract.ProcessKeys;
import org.camunda.bpm.engine.impl.history.event.HistoricFormPropertyEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;

/**
 * Passes every history event on but those of a consultation round's {@code contributionText}: its variable
 * (created, updated, deleted: the historic variable instance and, at history level full, each update in
 * {@code /history/detail}) and the form field a form submission records. Otherwise the texts, sealed until
 * the synthesis, would be readable by everyone who may read the round's history (facilitators, the Joint
 * Commission, the regional government) and would outlive a cancelled round. The texts reach the history
 * through the round's {@code contributions} and {@code synthesis} once the synthesis starts.
 */
public class SealedTextHistoryFilter implements HistoryEventHandler {

  private final HistoryEventHandler next;

  public SealedTextHistoryFilter(HistoryEventHandler next) {
    this.next = next;
  }

  @Override
  public void handleEvent(HistoryEvent event) {
    if (!holdsSealedText(event)) {
      next.handleEvent(event);
    }
  }

  @Override
  public void handleEvents(List<HistoryEvent> events) {
    next.handleEvents(events.stream().filter(event -> !holdsSealedText(event)).toList());
  }

  static boolean holdsSealedText(HistoryEvent event) {
    if (!ProcessKeys.CONSULTATION.equals(event.getProcessDefinitionKey())) {
      return false;
    }
    if (event instanceof HistoricVariableUpdateEventEntity variable) {
      return ConsultationTasks.CONTRIBUTION_TEXT.equals(variable.getVariableName());
    }
    if (event instanceof HistoricFormPropertyEventEntity field) {
      return ConsultationTasks.CONTRIBUTION_TEXT.equals(field.getPropertyId());
    }
    return false;
  }
}
