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

  /**
   * A request's effect on a case (request-agreement-termination, report-sponsorship-breakdown,
   * record-family-departure): without the requester's authorizations, which its start listener already checked, but
   * in the user operation log as the requester's, so the case's audit trail names who asked. Camunda writes no user
   * operation log for what delegation code does; this turns it on for the call only.
   */
  public static <T> T onBehalfOfUser(Callable<T> operation) {
    CommandContext context = Context.getCommandContext();
    if (context == null) {
      return asSystem(operation);
    }
    boolean logged = context.isUserOperationLogEnabled();
    context.enableUserOperationLog();
    try {
      return asSystem(operation);
    } finally {
      if (!logged) {
        context.disableUserOperationLog();
      }
    }
  }
}
