package org.acollida.itinerary.bpmn;

import java.util.List;
import java.util.Objects;
import org.acollida.common.SystemAccess;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.task.IdentityLink;
import org.springframework.stereotype.Component;

/**
 * Assignment and complete listener of the regional coordinator's tasks (mediation, closure). A sponsor
 * may work on every task of its own families (its authorization is per process definition), but these
 * decisions are the coordinator's: only a member of the task's candidate group may claim, be assigned
 * or complete them. Changes without an authenticated person (jobs, the application itself) are not
 * restricted; neither is handing a task back (no assignee).
 */
@Component("requireCandidateGroup")
public class RequireCandidateGroup implements TaskListener {

  private final IdentityService identity;

  public RequireCandidateGroup(IdentityService identity) {
    this.identity = identity;
  }

  @Override
  public void notify(DelegateTask task) {
    CommandContext context = Context.getCommandContext();
    String userId = context == null ? null : context.getAuthenticatedUserId();
    if (userId == null) {
      return;
    }
    boolean assigning = EVENTNAME_ASSIGNMENT.equals(task.getEventName());
    String person = assigning ? task.getAssignee() : userId;
    if (person == null) {
      return;
    }
    List<String> groups = person.equals(userId) ? context.getAuthenticatedGroupIds()
        : SystemAccess.asSystem(() -> identity.createGroupQuery().groupMember(person).list().stream()
            .map(Group::getId).toList());
    if (groups != null && groups.contains(Groups.CAMUNDA_ADMIN)) {
      return;
    }
    List<String> candidates = task.getCandidates().stream().map(IdentityLink::getGroupId).filter(Objects::nonNull)
        .toList();
    if (groups == null || candidates.stream().noneMatch(groups::contains)) {
      throw new AuthorizationException("User '" + person + "' may not " + (assigning ? "be assigned" : "complete")
          + " task '" + task.getName() + "': it is a decision of " + candidates);
    }
  }
}
