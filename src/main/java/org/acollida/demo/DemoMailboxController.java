package org.acollida.demo;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * What the demo's mail server received, newest first, for an administrator: {@code /dashboard/api/demo-mailbox}
 * (behind the dashboard's login). Demo profile only, and only while the demo's own server receives the mail.
 */
@Controller
@Profile("demo")
public class DemoMailboxController {

  static final String PATH = "/dashboard/api/demo-mailbox";

  private final IdentityService identity;
  private final ObjectProvider<GreenMail> mailbox;

  public DemoMailboxController(IdentityService identity, ObjectProvider<GreenMail> mailbox) {
    this.identity = identity;
    this.mailbox = mailbox;
  }

  /** One received mail as the page shows it. */
  public record ReceivedMail(String received, String to, String subject, String text) {}

  @GetMapping(PATH)
  public ModelAndView mailbox() throws MessagingException, IOException {
    Authentication user = identity.getCurrentAuthentication();
    if (user == null || user.getUserId() == null) {
      return status(HttpStatus.UNAUTHORIZED, "Sign in to the Camunda webapps first.");
    }
    if (user.getGroupIds() == null || !user.getGroupIds().contains(Groups.CAMUNDA_ADMIN)) {
      return status(HttpStatus.FORBIDDEN, "Only an administrator reads the demo mailbox.");
    }
    GreenMail server = mailbox.getIfAvailable();
    if (server == null) {
      return status(HttpStatus.NOT_FOUND, "The demo sends its mail to the server given by spring.mail.host: read it there.");
    }
    List<ReceivedMail> mails = new ArrayList<>();
    MimeMessage[] received = server.getReceivedMessages();
    for (int i = received.length - 1; i >= 0; i--) {
      MimeMessage message = received[i];
      mails.add(new ReceivedMail(message.getReceivedDate() == null ? "" : message.getReceivedDate().toInstant().toString(),
          Arrays.stream(message.getAllRecipients()).map(Object::toString).collect(Collectors.joining(", ")),
          message.getSubject(), text(message)));
    }
    ModelAndView page = new ModelAndView("demo/mailbox");
    page.addObject("mails", mails);
    return page;
  }

  private static ModelAndView status(HttpStatus status, String message) {
    ModelAndView page = new ModelAndView("demo/mailbox");
    page.addObject("problem", message);
    page.setStatus(status);
    return page;
  }

  /** The plain-text part (every notification has one), or the raw body. */
  static String text(Part part) throws MessagingException, IOException {
    if (part.isMimeType("text/plain")) {
      return part.getContent().toString();
    }
    if (part.getContent() instanceof Multipart multipart) {
      for (int i = 0; i < multipart.getCount(); i++) {
        BodyPart body = multipart.getBodyPart(i);
        String text = text(body);
        if (text != null) {
          return text;
        }
      }
      return null;
    }
    return part instanceof MimeMessage message ? GreenMailUtil.getBody(message) : null;
  }
}
