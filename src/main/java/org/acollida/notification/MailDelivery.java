package org.acollida.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.Optional;
import org.acollida.common.SystemAccess;
import org.acollida.notification.MailOutbox.Mail;
import org.acollida.notification.MailOutbox.State;
import org.acollida.notification.NotificationPreferences.Preferences;
import org.acollida.notification.MailRenderer.RenderedMail;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers one outbox mail (run by its engine job). A mail already marked done is not sent again. After the SMTP
 * server accepted it, the mail is marked sent in a transaction of its own, committed at once: if the job's own
 * transaction then fails, its retry finds the mark and sends nothing. What remains is the moment between the
 * server's acceptance and that commit (docs/notifications.md, "Delivery guarantees").
 */
@Component
public class MailDelivery {

  private static final Logger LOG = LoggerFactory.getLogger(MailDelivery.class);

  private final MailOutbox outbox;
  private final MailSettings settings;
  private final MailRenderer renderer;
  private final NotificationPreferences preferences;
  private final IdentityService identity;
  private final TransactionTemplate ownTransaction;

  public MailDelivery(MailOutbox outbox, MailSettings settings, MailRenderer renderer,
      NotificationPreferences preferences, IdentityService identity, PlatformTransactionManager transactions) {
    this.outbox = outbox;
    this.settings = settings;
    this.renderer = renderer;
    this.preferences = preferences;
    this.identity = identity;
    this.ownTransaction = new TransactionTemplate(transactions);
    ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  public void deliver(String mailId) {
    Optional<Mail> found = outbox.find(mailId);
    if (found.isEmpty()) {
      LOG.warn("Mail {} is not in the outbox; nothing to deliver", mailId);
      return;
    }
    Mail mail = found.get();
    if (mail.state() != State.PENDING) {
      LOG.info("Mail {} already {}; not sent again", mailId, mail.state());
      return;
    }
    Preferences preference = preferences.of(mail.userId());
    if (!preference.enabled()) {
      LOG.info("Mail {} not sent: user {} switched notifications off", mailId, mail.userId());
      markInOwnTransaction(mailId, State.SKIPPED);
      return;
    }
    String address = SystemAccess.asSystem(() -> {
      User user = identity.createUserQuery().userId(mail.userId()).singleResult();
      return user == null ? null : user.getEmail();
    });
    if (address == null || address.isBlank()) {
      LOG.warn("Mail {} not sent: user {} has no e-mail address", mailId, mail.userId());
      markInOwnTransaction(mailId, State.SKIPPED);
      return;
    }
    JavaMailSender sender = settings.sender().orElseThrow(() ->
        new IllegalStateException("mail " + mailId + " waits for a mail server: set spring.mail.host"));
    RenderedMail rendered = renderer.render(mail.kind(), mail.params(), preference.language());
    MimeMessage message = sender.createMimeMessage();
    try {
      MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
      helper.setFrom(settings.from());
      helper.setTo(address);
      helper.setSubject(rendered.subject());
      helper.setText(rendered.text(), rendered.html());
      message.saveChanges();
      // one stable id per outbox mail: a receiving system that sees it twice can tell it is the same mail
      message.setHeader("Message-ID", "<" + mailId + "@acollida>");
    } catch (MessagingException e) {
      throw new IllegalStateException("mail " + mailId + " could not be composed", e);
    }
    sender.send(message);
    markInOwnTransaction(mailId, State.SENT);
    LOG.info("Mail {} ({}) sent to user {}", mailId, mail.kind(), mail.userId());
  }

  private void markInOwnTransaction(String mailId, State state) {
    ownTransaction.executeWithoutResult(status -> outbox.mark(mailId, state));
  }
}
