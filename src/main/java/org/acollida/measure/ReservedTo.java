package org.acollida.measure;

import java.util.List;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;

/**
 * A measure's tasks are their group's alone: the report the responsible organisation's, the confirmations the Joint
 * Commission's. The regional government may work on any task of the programme (organisation/IdentitySetup), so
 * the task's authorization alone would let it report for another organisation; the completion listeners refuse
 * that here (403). Completions without an authenticated person (the application itself, tests) are not restricted.
 */
public final class ReservedTo {

  private ReservedTo() {}

  public static void group(String groupId, String what) {
    CommandContext context = Context.getCommandContext();
    String userId = context == null ? null : context.getAuthenticatedUserId();
    if (userId == null) {
      return;
    }
    requireMember(userId, context.getAuthenticatedGroupIds(), groupId, what);
  }

  /** The person's groups must include {@code groupId} (or camunda-admin), or the change is refused (403). */
  public static void requireMember(String userId, List<String> groups, String groupId, String what) {
    if (groups != null && (groups.contains(groupId) || groups.contains(Groups.CAMUNDA_ADMIN))) {
      return;
    }
    throw new AuthorizationException("User '" + userId + "' may not " + what + ": only " + groupId + " may");
  }
}
