package org.acollida.itinerary;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/** Installs the itinerary's tenant id provider (the starter registers every ProcessEnginePlugin bean). */
@Component
public class ItineraryTenantPlugin extends AbstractProcessEnginePlugin {

  private final ItineraryTenantIdProvider provider;

  public ItineraryTenantPlugin(ItineraryTenantIdProvider provider) {
    this.provider = provider;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setTenantIdProvider(provider);
  }
}
