package org.acollida.notification;

import java.util.ArrayList;
import java.util.List;
import org.acollida.common.ParseListeners;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Plugs the notifications into the engine (the starter registers every ProcessEnginePlugin bean): the listeners of
 * {@link ProgrammeNotifications}' table, the mail delivery job, and its retry cycle. The beans it needs are
 * reached lazily: they use engine services, which exist only once the engine is built with this plugin.
 */
@Component
public class NotificationEnginePlugin extends AbstractProcessEnginePlugin {

  private static final Logger LOG = LoggerFactory.getLogger(NotificationEnginePlugin.class);

  private final ObjectProvider<MailSettings> settings;
  private final ObjectProvider<MailOutbox> outbox;
  private final ObjectProvider<MailDelivery> delivery;

  public NotificationEnginePlugin(ObjectProvider<MailSettings> settings, ObjectProvider<MailOutbox> outbox,
      ObjectProvider<MailDelivery> delivery) {
    this.settings = settings;
    this.outbox = outbox;
    this.delivery = delivery;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    ParseListeners.addAfterCamunda(configuration,
        new NotificationParseListener(ProgrammeNotifications.TRIGGERS, this::record));

    List<JobHandler> handlers = configuration.getCustomJobHandlers() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomJobHandlers());
    handlers.add(new MailDeliveryJobHandler(delivery::getObject));
    configuration.setCustomJobHandlers(handlers);

    configuration.setFailedJobCommandFactory((jobId, exception) -> new MailRetryCmd(jobId, exception, settings.getObject()));
  }

  @EventListener(ApplicationReadyEvent.class)
  public void sayWhetherMailGoesOut() {
    settings.getObject().logState();
  }

  /** In the step's transaction: a failure to write the outbox fails the step (nothing is then half done). */
  private void record(Trigger trigger, DelegateExecution execution, DelegateTask task) {
    if (!settings.getObject().enabled()) {
      return;
    }
    List<Notification> notifications;
    try {
      notifications = trigger.source().notifications(execution, task);
    } catch (RuntimeException e) {
      // a mail must not undo a person's work: the step goes on, the log says which mail was not written
      LOG.error("Notification of {} in {} (instance {}) not written: {}", trigger.elementId(), trigger.processKey(),
          execution.getProcessInstanceId(), e.toString());
      return;
    }
    for (Notification notification : notifications) {
      outbox.getObject().record(notification, execution.getProcessDefinitionId(), trigger.processKey());
    }
  }
}
