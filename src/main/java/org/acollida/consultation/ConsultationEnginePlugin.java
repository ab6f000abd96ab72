package org.acollida.consultation;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Keeps contribution texts out of the engine's history (the starter registers every ProcessEnginePlugin bean),
 * and removes those an earlier version left there.
 */
@Component
public class ConsultationEnginePlugin extends AbstractProcessEnginePlugin {

  private static final Logger LOG = LoggerFactory.getLogger(ConsultationEnginePlugin.class);

  private final SealedContributions sealed;

  public ConsultationEnginePlugin(SealedContributions sealed) {
    this.sealed = sealed;
  }

  /** After init, so that it wraps whichever history handler the engine built: the database's and any other. */
  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setHistoryEventHandler(new SealedTextHistoryFilter(configuration.getHistoryEventHandler()));
  }

  /** Once the engine's tables exist (created or upgraded while the engine is built). */
  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    int purged = sealed.purgeTextsFromHistory();
    if (purged > 0) {
      LOG.info("Removed {} contribution texts left in the history by an earlier version", purged);
    }
  }
}
