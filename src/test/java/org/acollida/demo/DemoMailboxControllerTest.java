package org.acollida.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.http.HttpStatus;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.web.servlet.ModelAndView;

/** The demo mailbox page: what the demo server received, to an administrator only. */
class DemoMailboxControllerTest {

  private final GreenMail server = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
  private final IdentityService identity = mock(IdentityService.class);

  @AfterEach
  void stop() {
    server.stop();
  }

  @Test
  void anAdministratorReadsWhatWasSentNewestFirst() throws Exception {
    server.start();
    JavaMailSenderImpl sender = (JavaMailSenderImpl) new DemoMailServer().demoMailSender(server);
    send(sender, "stakeholder-1@demo.acollida.org", "First");
    send(sender, "sponsor-sjm@demo.acollida.org", "Second <b>");
    StaticListableBeanFactory beans = new StaticListableBeanFactory();
    beans.addBean("demoMailbox", server);
    DemoMailboxController controller = new DemoMailboxController(identity, beans.getBeanProvider(GreenMail.class));

    when(identity.getCurrentAuthentication()).thenReturn(new Authentication("admin", List.of("camunda-admin")));
    ModelAndView page = controller.mailbox();
    @SuppressWarnings("unchecked")
    List<DemoMailboxController.ReceivedMail> mails = (List<DemoMailboxController.ReceivedMail>) page.getModel().get("mails");
    assertThat(mails).extracting(DemoMailboxController.ReceivedMail::subject).containsExactly("Second <b>", "First");
    assertThat(mails.get(1).to()).isEqualTo("stakeholder-1@demo.acollida.org");
    assertThat(mails.get(1).text()).contains("Body of First");

    when(identity.getCurrentAuthentication()).thenReturn(new Authentication("sponsor-sjm", List.of("sjm")));
    assertThat(controller.mailbox().getStatus()).isEqualTo(HttpStatus.FORBIDDEN);
    when(identity.getCurrentAuthentication()).thenReturn(null);
    assertThat(controller.mailbox().getStatus()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void withAMailHostGivenThereIsNoDemoMailbox() throws Exception {
    when(identity.getCurrentAuthentication()).thenReturn(new Authentication("admin", List.of("camunda-admin")));
    DemoMailboxController controller = new DemoMailboxController(identity,
        new StaticListableBeanFactory().getBeanProvider(GreenMail.class));
    assertThat(controller.mailbox().getStatus()).isEqualTo(HttpStatus.NOT_FOUND);
  }

  private static void send(JavaMailSenderImpl sender, String to, String subject) {
    SimpleMailMessage message = new SimpleMailMessage();
    message.setFrom("acollida@localhost");
    message.setTo(to);
    message.setSubject(subject);
    message.setText("Body of " + subject);
    sender.send(message);
  }
}
