package org.acollida.audit;

import java.util.List;
import org.acollida.common.ParseListeners;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.PropertyChange;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.model.bpmn.instance.CatchEvent;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.MessageEventDefinition;
import org.camunda.bpm.model.bpmn.instance.ReceiveTask;
import org.springframework.stereotype.Component;

/**
 * Who sent a case a message. Camunda writes a user operation log entry for a user's task work, variable writes and
 * "correlate all" messages, but none for the correlation of one message (REST {@code POST /message}, or a request
 * process that correlates as the user who started it): the audit trail would show an agreement terminated early by
 * nobody. So each message a process receives (boundary, intermediate, start or receive task, every model) writes
 * the entry Camunda writes for "correlate all", CorrelateMessage with the message's name, under the signed-in user
 * of the step. Without a signed-in user (a timer, the job executor) the engine writes nothing, as for any operation.
 */
@Component
public class MessageCorrelationLog extends AbstractProcessEnginePlugin {

  static final String MESSAGE_NAME = "messageName";
  private static final ExecutionListener LOG_CORRELATION = MessageCorrelationLog::logCorrelation;

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    ParseListeners.addAfterCamunda(configuration, new AbstractBpmnParseListener() {
      @Override
      public void parseBoundaryMessageEventDefinition(Element definition, boolean interrupting, ActivityImpl event) {
        listen(event);
      }

      @Override
      public void parseIntermediateMessageCatchEventDefinition(Element definition, ActivityImpl event) {
        listen(event);
      }

      @Override
      public void parseReceiveTask(Element task, ScopeImpl scope, ActivityImpl activity) {
        listen(activity);
      }

      @Override
      public void parseStartEvent(Element event, ScopeImpl scope, ActivityImpl activity) {
        if (event.element("messageEventDefinition") != null) {
          listen(activity);
        }
      }
    });
  }

  /** At the end of the activity: when its message arrived (the same step), not while it waits. */
  private static void listen(ActivityImpl activity) {
    activity.addBuiltInListener(ExecutionListener.EVENTNAME_END, LOG_CORRELATION);
  }

  private static void logCorrelation(DelegateExecution execution) {
    CommandContext command = Context.getCommandContext();
    if (command == null || execution.isCanceled() || !command.getOperationLogManager().isUserOperationLogEnabled()) {
      return; // a waiting event removed without its message, or no signed-in user
    }
    String message = messageName(execution.getBpmnModelElementInstance());
    if (message == null || !(execution instanceof ExecutionEntity entity)) {
      return;
    }
    command.getOperationLogManager().logProcessInstanceOperation(
        UserOperationLogEntry.OPERATION_TYPE_CORRELATE_MESSAGE, execution.getProcessInstanceId(),
        execution.getProcessDefinitionId(), entity.getProcessDefinition().getKey(),
        List.of(new PropertyChange(MESSAGE_NAME, null, message)));
  }

  private static String messageName(FlowElement element) {
    if (element instanceof ReceiveTask task && task.getMessage() != null) {
      return task.getMessage().getName();
    }
    if (element instanceof CatchEvent event) {
      return event.getEventDefinitions().stream()
          .filter(MessageEventDefinition.class::isInstance).map(MessageEventDefinition.class::cast)
          .filter(definition -> definition.getMessage() != null)
          .map(definition -> definition.getMessage().getName())
          .findFirst().orElse(null);
    }
    return null;
  }
}
