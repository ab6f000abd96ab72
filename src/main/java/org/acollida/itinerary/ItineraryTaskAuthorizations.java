package org.acollida.itinerary;

import org.acollida.contract.ProcessKeys;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.Task;

/**
 * The engine's default task authorizations, except one that adds nothing: a sponsor made candidate for
 * a task of its own family's itinerary. Its grant on {@code integration-itinerary} (read and work on
 * tasks), which tenant checks keep to its own families, already covers that task.
 *
 * <p>Why leave it out: Tasklist's query joins a user's tasks with the user's authorization rows, and on
 * PostgreSQL it compared each of a sponsor's tasks with each of its per-task rows, a cost that grows with
 * the square of the sponsor's open tasks (docs/benchmark.md, docs/adr). Votes, mediation and contributions keep their per-task rows, which
 * they need.
 */
class ItineraryTaskAuthorizations extends DefaultAuthorizationProvider {

  @Override
  public AuthorizationEntity[] newTaskGroupIdentityLink(Task task, String groupId, String type) {
    if (isOwnSponsorsItineraryTask(task, groupId)) {
      return new AuthorizationEntity[0];
    }
    return super.newTaskGroupIdentityLink(task, groupId, type);
  }

  private static boolean isOwnSponsorsItineraryTask(Task task, String groupId) {
    if (groupId == null || !groupId.equals(task.getTenantId()) || !(task instanceof TaskEntity entity)) {
      return false;
    }
    ExecutionEntity execution = entity.getExecution();
    return execution != null && ProcessKeys.ITINERARY.equals(execution.getProcessDefinition().getKey());
  }
}
