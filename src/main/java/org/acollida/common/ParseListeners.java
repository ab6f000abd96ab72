package org.acollida.common;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;

/**
 * Adds a BPMN parse listener that runs after Camunda's own, from an engine plugin's preInit. Several plugins add
 * theirs (languages, notifications, the audit trail, Tasklist's embedded forms), so each appends to what the
 * others left rather than replacing it.
 */
public final class ParseListeners {

  private ParseListeners() {}

  public static void addAfterCamunda(ProcessEngineConfigurationImpl configuration, BpmnParseListener listener) {
    List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostBPMNParseListeners());
    listeners.add(listener);
    configuration.setCustomPostBPMNParseListeners(listeners);
  }
}
