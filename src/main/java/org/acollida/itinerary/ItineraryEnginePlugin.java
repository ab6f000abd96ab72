package org.acollida.itinerary;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Installs the itinerary's tenant id provider and its task authorizations (the starter registers
 * every ProcessEnginePlugin bean).
 */
@Component
public class ItineraryEnginePlugin extends AbstractProcessEnginePlugin {

  private final ItineraryTenantIdProvider provider;

  public ItineraryEnginePlugin(ItineraryTenantIdProvider provider) {
    this.provider = provider;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setTenantIdProvider(provider);
    configuration.setResourceAuthorizationProvider(new ItineraryTaskAuthorizations());
  }
}
