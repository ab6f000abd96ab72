package org.acollida.notification;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps the outbox from growing for ever: once a night, mails sent (or skipped, their recipient having switched
 * notifications off) longer ago than {@code acollida.mail.outbox-kept} are deleted. A pending mail is never deleted:
 * its delivery job still needs it. The row is only what guards a retried job from sending twice, and no job is
 * retried weeks later. On a cluster every node runs it; deleting twice deletes nothing more.
 */
@Component
public class MailOutboxCleanup {

  private static final Logger LOG = LoggerFactory.getLogger(MailOutboxCleanup.class);

  private final JdbcTemplate jdbc;
  private final Duration kept;

  public MailOutboxCleanup(JdbcTemplate jdbc, @Value("${acollida.mail.outbox-kept:P90D}") Duration kept) {
    this.jdbc = jdbc;
    this.kept = kept;
  }

  @Scheduled(cron = "${acollida.mail.outbox-cleanup-cron:0 40 3 * * *}", zone = "Europe/Madrid")
  public void nightly() {
    removeDone(ClockUtil.getCurrentTime().toInstant());
  }

  /** Deletes the mails done (sent or skipped) before {@code now} minus the time they are kept; returns how many. */
  public int removeDone(Instant now) {
    Timestamp before = Timestamp.from(now.minus(kept));
    int removed = jdbc.update("delete from ACOLLIDA_MAIL_OUTBOX where STATE_ in (?, ?) and CREATED_ < ?",
        MailOutbox.State.SENT.name(), MailOutbox.State.SKIPPED.name(), before);
    if (removed > 0) {
      LOG.info("Mail outbox: {} mails done before {} removed", removed, before.toInstant());
    }
    return removed;
  }
}
