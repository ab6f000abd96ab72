package org.acollida.itinerary;

import java.util.List;
import java.util.Objects;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.task.IdentityLink;
import org.springframework.stereotype.Component;

/**
 * Complete listener of the regional coordinator's tasks (mediation, closure). A sponsor may work on
 * every task of its own families (its authorization is per process definition), but these decisions
 * are the coordinator's: a person completes them only as a member of the task's candidate group.
 * Completions without an authenticated person (jobs, the application itself) are not restricted.
 */
@Component("requireCandidateGroup")
public class RequireCandidateGroup implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    CommandContext context = Context.getCommandContext();
    String userId = context == null ? null : context.getAuthenticatedUserId();
    if (userId == null) {
      return;
    }
    List<String> groups = context.getAuthenticatedGroupIds();
    if (groups != null && groups.contains(Groups.CAMUNDA_ADMIN)) {
      return;
    }
    boolean member = task.getCandidates().stream().map(IdentityLink::getGroupId).filter(Objects::nonNull)
        .anyMatch(group -> groups != null && groups.contains(group));
    if (!member) {
      throw new AuthorizationException("User '" + userId + "' may not complete task '" + task.getName()
          + "': it is a decision of " + task.getCandidates().stream().map(IdentityLink::getGroupId)
          .filter(Objects::nonNull).toList());
    }
  }
}
