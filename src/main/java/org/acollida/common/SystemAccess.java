package org.acollida.common;

import java.util.concurrent.Callable;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;

/**
 * Engine queries a rule needs whoever triggered it: whether an agreement is in force, whether a user
 * exists, how the families of an agreement are doing. Inside a command they run without the caller's
 * authorizations and tenant checks; outside one (the application itself, no user) there are none to lift.
 */
public final class SystemAccess {

  private SystemAccess() {}

  public static <T> T asSystem(Callable<T> query) {
    CommandContext context = Context.getCommandContext();
    try {
      if (context == null) {
        return query.call();
      }
      boolean tenantCheck = context.isTenantCheckEnabled();
      context.disableTenantCheck();
      try {
        return context.runWithoutAuthorization(query);
      } finally {
        context.setTenantCheckEnabled(tenantCheck);
      }
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
