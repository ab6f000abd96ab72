package org.acollida.notification;

import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Whether mail goes out and how: on when a {@link JavaMailSender} exists (Spring Boot makes one from
 * {@code spring.mail.host}; the demo profile brings its own embedded server), off otherwise, said once in the log.
 */
@Component
public class MailSettings {

  private static final Logger LOG = LoggerFactory.getLogger(MailSettings.class);

  private final ObjectProvider<JavaMailSender> sender;
  private final String from;
  private final String baseUrl;
  private final int retries;
  private final Duration retryInterval;

  public MailSettings(ObjectProvider<JavaMailSender> sender,
      @Value("${acollida.mail.from:acollida@localhost}") String from,
      @Value("${acollida.mail.base-url:http://localhost:8080}") String baseUrl,
      @Value("${acollida.mail.retry-cycle:R3/PT5M}") String retryCycle) {
    this.sender = sender;
    this.from = from;
    this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    RetryCycle cycle = RetryCycle.parse(retryCycle);
    this.retries = cycle.retries();
    this.retryInterval = cycle.interval();
  }

  /** One line at start-up saying whether people are told anything. */
  void logState() {
    if (enabled()) {
      LOG.info("E-mail notifications on: sender {}, links to {}, retried {} times every {}", from, baseUrl, retries,
          retryInterval);
    } else {
      LOG.warn("E-mail notifications off: no mail server configured (set spring.mail.host, docs/notifications.md)");
    }
  }

  public boolean enabled() {
    return sender.getIfAvailable() != null;
  }

  public Optional<JavaMailSender> sender() {
    return Optional.ofNullable(sender.getIfAvailable());
  }

  public String from() {
    return from;
  }

  public String absolute(String path) {
    return path.startsWith("http") ? path : baseUrl + (path.startsWith("/") ? path : "/" + path);
  }

  public int retries() {
    return retries;
  }

  public Duration retryInterval() {
    return retryInterval;
  }

  /** {@code R<n>/<ISO duration>}: n retries after the first failure, that long apart. */
  record RetryCycle(int retries, Duration interval) {
    static RetryCycle parse(String text) {
      String[] parts = text.trim().split("/");
      if (parts.length != 2 || !parts[0].startsWith("R")) {
        throw new IllegalArgumentException("acollida.mail.retry-cycle must look like R3/PT5M, not " + text);
      }
      int retries = Integer.parseInt(parts[0].substring(1));
      if (retries < 0) {
        throw new IllegalArgumentException("acollida.mail.retry-cycle: negative repetitions in " + text);
      }
      return new RetryCycle(retries, Duration.parse(parts[1]));
    }
  }
}
