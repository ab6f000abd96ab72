package org.acollida.itinerary;

import org.acollida.contract.ProcessKeys;
import org.acollida.organisation.Organisation;
import org.acollida.organisation.OrganisationRegistry;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProvider;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderCaseInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderHistoricDecisionInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderProcessInstanceContext;
import org.springframework.stereotype.Component;

/**
 * Each itinerary belongs to its sponsor organisation's tenant, so tenant checks keep one sponsor's
 * families out of another's sight. The definition itself is shared (deployed without tenant). An
 * unknown or missing sponsor gets no tenant here: the registration then refuses the start anyway.
 */
@Component
public class ItineraryTenantIdProvider implements TenantIdProvider {

  private final OrganisationRegistry registry;

  public ItineraryTenantIdProvider(OrganisationRegistry registry) {
    this.registry = registry;
  }

  @Override
  public String provideTenantIdForProcessInstance(TenantIdProviderProcessInstanceContext ctx) {
    String key = ctx.getProcessDefinition().getKey();
    if (ctx.getVariables() == null) {
      return null;
    }
    // an itinerary is its sponsor's; a hand-over's acceptance is the receiving sponsor's, who answers it
    Object sponsor = ProcessKeys.ITINERARY.equals(key) ? ctx.getVariables().get(ItineraryVariables.SPONSOR_ORGANISATION)
        : ProcessKeys.HAND_OVER_ACCEPTANCE.equals(key) ? ctx.getVariables().get(ItineraryVariables.RECEIVING_SPONSOR)
        : null;
    return sponsor instanceof String id
        ? registry.find(id).filter(Organisation::isSponsor).map(Organisation::id).orElse(null)
        : null;
  }

  @Override
  public String provideTenantIdForCaseInstance(TenantIdProviderCaseInstanceContext ctx) {
    return null;
  }

  /** A decision taken for a family (its autonomy level) belongs to the family's tenant too. */
  @Override
  public String provideTenantIdForHistoricDecisionInstance(TenantIdProviderHistoricDecisionInstanceContext ctx) {
    return ctx.getExecution() == null ? null : ctx.getExecution().getTenantId();
  }
}
