package org.acollida.notification;

import java.util.function.Supplier;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandler;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandlerConfiguration;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;

/**
 * The engine job that delivers one outbox mail: run by the job executor after the step that wrote it committed,
 * locked to one node of a cluster, retried on failure and an incident when its retries are spent (Cockpit: the
 * process definition's Incidents tab).
 */
public class MailDeliveryJobHandler implements JobHandler<MailDeliveryJobHandler.MailId> {

  public static final String TYPE = "acollida-mail";

  /** The job's configuration: the outbox mail's id. */
  public record MailId(String value) implements JobHandlerConfiguration {
    @Override
    public String toCanonicalString() {
      return value;
    }
  }

  private final Supplier<MailDelivery> delivery;

  /** The delivery is looked up when a job runs: it uses engine services, built after the handler is registered. */
  public MailDeliveryJobHandler(Supplier<MailDelivery> delivery) {
    this.delivery = delivery;
  }

  @Override
  public String getType() {
    return TYPE;
  }

  @Override
  public void execute(MailId mailId, ExecutionEntity execution, CommandContext commandContext, String tenantId) {
    delivery.get().deliver(mailId.value());
  }

  @Override
  public MailId newConfiguration(String canonicalString) {
    return new MailId(canonicalString);
  }

  @Override
  public void onDelete(MailId configuration, JobEntity jobEntity) {
    // the outbox row stays: it records that the mail was never delivered
  }
}
