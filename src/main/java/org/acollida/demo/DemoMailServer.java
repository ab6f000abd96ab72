package org.acollida.demo;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * The demo's own mail server (GreenMail, on the loopback interface only): it receives every notification unless
 * {@code spring.mail.host} names a real server, and serves the received mail over POP3 (each mailbox's user and
 * password = its address) so a person or the browser test can read what was sent. A port already taken (two demos
 * on one machine) falls back to a free one, said in the log: the demo must start either way.
 */
@Configuration
@Profile("demo")
@Conditional(DemoMailServer.NoMailHostGiven.class)
public class DemoMailServer {

  private static final Logger LOG = LoggerFactory.getLogger(DemoMailServer.class);
  static final String LOOPBACK = "127.0.0.1";

  /** Only without {@code spring.mail.host}: given one, Spring Boot's own mail sender sends there. */
  static class NoMailHostGiven implements Condition {
    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
      return !context.getEnvironment().containsProperty("spring.mail.host");
    }
  }

  @Bean(destroyMethod = "stop")
  public GreenMail demoMailbox(@Value("${acollida.demo.mail.smtp-port:3025}") int smtpPort,
      @Value("${acollida.demo.mail.pop3-port:3110}") int pop3Port) {
    GreenMail server;
    try {
      server = start(new ServerSetup(smtpPort, LOOPBACK, ServerSetup.PROTOCOL_SMTP),
          new ServerSetup(pop3Port, LOOPBACK, ServerSetup.PROTOCOL_POP3));
    } catch (RuntimeException taken) {
      LOG.warn("Demo mail server: port {} or {} taken ({}), using free ports", smtpPort, pop3Port, taken.getMessage());
      server = start(new ServerSetup(smtpPort, LOOPBACK, ServerSetup.PROTOCOL_SMTP).dynamicPort(),
          new ServerSetup(pop3Port, LOOPBACK, ServerSetup.PROTOCOL_POP3).dynamicPort());
    }
    LOG.info("Demo mail server: SMTP on {}:{}, POP3 on {}:{} (user and password = the mailbox's address)", LOOPBACK,
        server.getSmtp().getPort(), LOOPBACK, server.getPop3().getPort());
    return server;
  }

  private static GreenMail start(ServerSetup... setups) {
    GreenMail server = new GreenMail(setups)
        .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
    server.start();
    return server;
  }

  @Bean
  public JavaMailSender demoMailSender(GreenMail demoMailbox) {
    JavaMailSenderImpl sender = new JavaMailSenderImpl();
    sender.setHost(LOOPBACK);
    sender.setPort(demoMailbox.getSmtp().getPort());
    sender.getJavaMailProperties().put("mail.smtp.connectiontimeout", "10000");
    sender.getJavaMailProperties().put("mail.smtp.timeout", "10000");
    return sender;
  }
}
