package org.acollida;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class AcollidaApplication {

  public static void main(String[] args) {
    SpringApplication.run(AcollidaApplication.class, args);
  }
}
