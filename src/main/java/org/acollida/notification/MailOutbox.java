package org.acollida.notification;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Timestamp;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.acollida.common.SystemAccess;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.MessageEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes each mail to one person into the outbox, in the transaction of the process step that causes it (same data
 * source as the engine), with one engine job to deliver it after commit: a step that rolls back leaves neither.
 * Only the user id, the kind and the placeholders are stored; the address is looked up and the text rendered at
 * delivery ({@link MailDelivery}).
 */
@Component
public class MailOutbox {

  private static final Logger LOG = LoggerFactory.getLogger(MailOutbox.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  public enum State { PENDING, SENT, SKIPPED }

  /** A mail as stored. */
  public record Mail(String id, String userId, MailKind kind, Map<String, String> params, State state) {}

  private final JdbcTemplate jdbc;
  private final IdentityService identity;
  private final NotificationPreferences preferences;

  public MailOutbox(JdbcTemplate jdbc, IdentityService identity, NotificationPreferences preferences) {
    this.jdbc = jdbc;
    this.identity = identity;
    this.preferences = preferences;
  }

  /** Records one mail per recipient (a group's members each get one; a person in two groups gets one). */
  public int record(Notification notification, String processDefinitionId, String processDefinitionKey) {
    int recorded = 0;
    for (String userId : recipients(notification)) {
      if (!preferences.of(userId).enabled()) {
        LOG.info("No {} mail to user {}: notifications switched off", notification.kind(), userId);
        continue;
      }
      String mailId = UUID.randomUUID().toString();
      jdbc.update("insert into ACOLLIDA_MAIL_OUTBOX (ID_, USER_ID_, KIND_, PARAMS_, CREATED_, STATE_) values (?, ?, ?, ?, ?, ?)",
          mailId, userId, notification.kind().name(), json(notification.params()),
          new Timestamp(ClockUtil.getCurrentTime().getTime()), State.PENDING.name());
      MessageEntity job = new MessageEntity();
      job.setJobHandlerType(MailDeliveryJobHandler.TYPE);
      job.setJobHandlerConfigurationRaw(mailId);
      job.setProcessDefinitionId(processDefinitionId);
      job.setProcessDefinitionKey(processDefinitionKey);
      Context.getCommandContext().getJobManager().send(job);
      LOG.debug("Mail {} ({}) to user {} in the outbox", mailId, notification.kind(), userId);
      recorded++;
    }
    return recorded;
  }

  private Set<String> recipients(Notification notification) {
    Set<String> users = new LinkedHashSet<>(notification.users());
    SystemAccess.asSystem(() -> {
      for (String group : notification.groups()) {
        identity.createUserQuery().memberOfGroup(group).orderByUserId().asc().list().stream()
            .map(User::getId).forEach(users::add);
      }
      return null;
    });
    return users;
  }

  public Optional<Mail> find(String mailId) {
    return jdbc.query("select ID_, USER_ID_, KIND_, PARAMS_, STATE_ from ACOLLIDA_MAIL_OUTBOX where ID_ = ?",
        (row, n) -> new Mail(row.getString(1), row.getString(2), MailKind.valueOf(row.getString(3)),
            params(row.getString(4)), State.valueOf(row.getString(5))), mailId).stream().findFirst();
  }

  /** Marks a mail done (sent or deliberately not sent), so a later try of its job does nothing. */
  void mark(String mailId, State state) {
    jdbc.update("update ACOLLIDA_MAIL_OUTBOX set STATE_ = ?, SENT_ = ? where ID_ = ?", state.name(),
        new Timestamp(ClockUtil.getCurrentTime().getTime()), mailId);
  }

  private static String json(Map<String, String> params) {
    try {
      return JSON.writeValueAsString(params);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, String> params(String json) {
    try {
      return JSON.readValue(json, Map.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("unreadable mail placeholders", e);
    }
  }
}
