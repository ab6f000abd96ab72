package org.acollida.spending;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Installs the expenses' tenant id provider around whichever provider the other plugins installed (the
 * engine takes one): in postInit, after every plugin's preInit, so the order of the plugins does not matter.
 */
@Component
public class SpendingEnginePlugin extends AbstractProcessEnginePlugin {

  private final ExpenseOrganisation organisations;

  public SpendingEnginePlugin(ExpenseOrganisation organisations) {
    this.organisations = organisations;
  }

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setTenantIdProvider(new SpendingTenantIdProvider(organisations, configuration.getTenantIdProvider()));
  }
}
