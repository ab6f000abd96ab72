package org.acollida.notification;

import java.util.Date;
import org.camunda.bpm.engine.impl.cmd.DefaultJobRetryCmd;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * After a failed job: a mail job (which belongs to no activity, so the engine would retry it at once three times)
 * is retried on {@code acollida.mail.retry-cycle}, e.g. three more times five minutes apart, then becomes an
 * incident an administrator retries once the mail server is back. Every other job as the engine does.
 */
class MailRetryCmd extends DefaultJobRetryCmd {

  private final MailSettings settings;

  MailRetryCmd(String jobId, Throwable exception, MailSettings settings) {
    super(jobId, exception);
    this.settings = settings;
  }

  @Override
  protected void executeStandardStrategy(CommandContext commandContext) {
    JobEntity job = getJob();
    if (job == null || !MailDeliveryJobHandler.TYPE.equals(job.getJobHandlerType())) {
      super.executeStandardStrategy(commandContext);
      return;
    }
    if (isFirstJobExecution(job)) {
      // retries left after this failure = the cycle's repetitions
      job.setRetries(settings.retries() + 1);
    }
    job.unlock();
    logException(job);
    decrementRetries(job);
    job.setDuedate(new Date(ClockUtil.getCurrentTime().getTime() + settings.retryInterval().toMillis()));
    notifyAcquisition(commandContext);
  }
}
