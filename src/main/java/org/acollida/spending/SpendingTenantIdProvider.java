package org.acollida.spending;

import java.util.List;
import org.acollida.common.InvalidInputException;
import org.acollida.contract.ProcessKeys;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProvider;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderCaseInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderHistoricDecisionInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderProcessInstanceContext;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * Each expense (and each justification) belongs to the tenant of the organisation that spent, so tenant checks
 * keep one sponsor's expenses (and receipts) out of another's sight. The engine has one provider: this one answers for
 * record-expense and spending-justification and asks the one it wraps (the itinerary's) for everything else. An expense whose
 * organisation cannot be decided gets no tenant here; its start listener then refuses it anyway.
 */
public class SpendingTenantIdProvider implements TenantIdProvider {

  private final ExpenseOrganisation organisations;
  private final TenantIdProvider others;

  public SpendingTenantIdProvider(ExpenseOrganisation organisations, TenantIdProvider others) {
    this.organisations = organisations;
    this.others = others;
  }

  @Override
  public String provideTenantIdForProcessInstance(TenantIdProviderProcessInstanceContext ctx) {
    String key = ctx.getProcessDefinition().getKey();
    if (!ProcessKeys.EXPENSE.equals(key) && !ProcessKeys.JUSTIFICATION.equals(key)) {
      return others == null ? null : others.provideTenantIdForProcessInstance(ctx);
    }
    Authentication caller = Context.getCommandContext() == null ? null
        : Context.getProcessEngineConfiguration().getIdentityService().getCurrentAuthentication();
    List<String> groups = ExpenseOrganisation.groupsOf(caller);
    try {
      return organisations.decide(
          ctx.getVariables() == null ? null : ctx.getVariables().get(SpendingVariables.ORGANISATION), groups);
    } catch (InvalidInputException undecided) {
      return null;
    }
  }

  @Override
  public String provideTenantIdForCaseInstance(TenantIdProviderCaseInstanceContext ctx) {
    return others == null ? null : others.provideTenantIdForCaseInstance(ctx);
  }

  /** A decision taken on an expense (its alert level) belongs to the expense's tenant. */
  @Override
  public String provideTenantIdForHistoricDecisionInstance(TenantIdProviderHistoricDecisionInstanceContext ctx) {
    if (ctx.getExecution() != null) {
      return ctx.getExecution().getTenantId();
    }
    return others == null ? null : others.provideTenantIdForHistoricDecisionInstance(ctx);
  }
}
