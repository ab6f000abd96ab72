package org.acollida.notification;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * One row of the table of events that send mail ({@link ProgrammeNotifications}): an element of a process model
 * and what it tells whom. Hooked from outside the models by {@link NotificationParseListener}.
 */
public record Trigger(String processKey, String elementId, Hook hook, Source source) {

  public enum Hook {
    /** A user task is created (its assignee and candidate groups are set by then). */
    TASK_CREATED,
    /** An activity (service task, event) has ended. */
    ACTIVITY_ENDED,
    /** A sequence flow is taken. */
    FLOW_TAKEN
  }

  /** What to send; the task is null for execution hooks. */
  @FunctionalInterface
  public interface Source {
    List<Notification> notifications(DelegateExecution execution, DelegateTask task);
  }

  public static Trigger onTaskCreated(String processKey, String taskId, Source source) {
    return new Trigger(processKey, taskId, Hook.TASK_CREATED, source);
  }

  public static Trigger onActivityEnded(String processKey, String activityId, Source source) {
    return new Trigger(processKey, activityId, Hook.ACTIVITY_ENDED, source);
  }

  public static Trigger onFlowTaken(String processKey, String flowId, Source source) {
    return new Trigger(processKey, flowId, Hook.FLOW_TAKEN, source);
  }
}
