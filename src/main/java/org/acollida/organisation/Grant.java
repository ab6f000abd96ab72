package org.acollida.organisation;

import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;

/** What a group may do on a resource; {@link IdentitySetup} makes sure each is granted, at every start. */
public record Grant(String groupId, Resource resource, String resourceId, Permission... permissions) {

  /**
   * Start a process, read its instances and history, work on its tasks and assign them. Not UPDATE_TASK: it would
   * let the role write a task's variables outside the task's completion (web/TaskVariableGuard refuses that too).
   */
  public static final Permission[] COORDINATE = {
      Permissions.READ, ProcessDefinitionPermissions.CREATE_INSTANCE, ProcessDefinitionPermissions.READ_INSTANCE,
      ProcessDefinitionPermissions.UPDATE_INSTANCE, ProcessDefinitionPermissions.READ_TASK,
      ProcessDefinitionPermissions.TASK_WORK, ProcessDefinitionPermissions.TASK_ASSIGN,
      ProcessDefinitionPermissions.READ_HISTORY};

  /** Read a process's instances and history. */
  public static final Permission[] FOLLOW = {
      Permissions.READ, ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_HISTORY};
}
