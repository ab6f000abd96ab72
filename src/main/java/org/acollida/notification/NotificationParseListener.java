package org.acollida.notification;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.pvm.process.TransitionImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Adds the notification listeners to the deployed models, keyed on process key and element id, so the BPMN files
 * stay free of mail concerns and a new process adds rows to {@link ProgrammeNotifications}, not listeners.
 */
class NotificationParseListener extends AbstractBpmnParseListener {

  private static final Logger LOG = LoggerFactory.getLogger(NotificationParseListener.class);

  private final List<Trigger> triggers;
  private final Notifier notifier;

  NotificationParseListener(List<Trigger> triggers, Notifier notifier) {
    this.triggers = triggers;
    this.notifier = notifier;
  }

  /** Records the notifications of a trigger in the step's own transaction. */
  interface Notifier {
    void notify(Trigger trigger, DelegateExecution execution, DelegateTask task);
  }

  @Override
  public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
    for (Trigger trigger : matching(activity.getProcessDefinition(), activity.getId(), Trigger.Hook.TASK_CREATED)) {
      TaskListener listener = task -> notifier.notify(trigger, task.getExecution(), task);
      ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition()
          .addTaskListener(TaskListener.EVENTNAME_CREATE, listener);
    }
    endListeners(activity);
  }

  @Override
  public void parseServiceTask(Element element, ScopeImpl scope, ActivityImpl activity) {
    endListeners(activity);
  }

  @Override
  public void parseSendTask(Element element, ScopeImpl scope, ActivityImpl activity) {
    endListeners(activity);
  }

  @Override
  public void parseStartEvent(Element element, ScopeImpl scope, ActivityImpl activity) {
    endListeners(activity);
  }

  @Override
  public void parseIntermediateCatchEvent(Element element, ScopeImpl scope, ActivityImpl activity) {
    endListeners(activity);
  }

  @Override
  public void parseSequenceFlow(Element element, ScopeImpl scope, TransitionImpl transition) {
    for (Trigger trigger : matching(transition.getProcessDefinition(), transition.getId(), Trigger.Hook.FLOW_TAKEN)) {
      ExecutionListener listener = execution -> notifier.notify(trigger, execution, null);
      transition.addListener(ExecutionListener.EVENTNAME_TAKE, listener);
    }
  }

  private void endListeners(ActivityImpl activity) {
    for (Trigger trigger : matching(activity.getProcessDefinition(), activity.getId(), Trigger.Hook.ACTIVITY_ENDED)) {
      ExecutionListener listener = execution -> notifier.notify(trigger, execution, null);
      activity.addListener(ExecutionListener.EVENTNAME_END, listener);
    }
  }

  private List<Trigger> matching(Object definition, String elementId, Trigger.Hook hook) {
    if (!(definition instanceof ProcessDefinitionEntity process)) {
      return List.of();
    }
    List<Trigger> found = triggers.stream().filter(t -> t.hook() == hook && t.processKey().equals(process.getKey())
        && t.elementId().equals(elementId)).toList();
    if (!found.isEmpty()) {
      LOG.debug("Notifications hooked on {} {} of {}", hook, elementId, process.getKey());
    }
    return found;
  }
}
