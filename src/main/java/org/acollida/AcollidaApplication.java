package org.acollida;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class AcollidaApplication {

  public static final String READY_MESSAGE = "Acollida ready";

  private static final Logger LOG = LoggerFactory.getLogger(AcollidaApplication.class);

  public static void main(String[] args) {
    SpringApplication.run(AcollidaApplication.class, args);
  }

  /**
   * After every start-up runner (identity, the administrator, the demo's data): from here on the application
   * serves complete data. The web server already answers while the runners run, so an answer is not
   * readiness; this line is what tests, the browser tests and scripts wait for.
   */
  @EventListener(ApplicationReadyEvent.class)
  public void announceReady() {
    LOG.info(READY_MESSAGE);
  }
}
