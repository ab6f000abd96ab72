package org.acollida.organisation;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.acollida.AcollidaApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** Outside the demo profile there is no default administrator password: the application refuses to start. */
class AdministratorAccountTest {

  // command-line arguments: they outrank application.yaml, as the environment does in production
  @Test
  void refusesToStartWithoutAnAdministratorPassword() {
    assertThatThrownBy(() -> new SpringApplicationBuilder(AcollidaApplication.class)
        .profiles("test")
        .run("--server.port=0", "--spring.datasource.url=jdbc:h2:mem:no-admin",
            "--acollida.admin.user=admin", "--acollida.admin.password=").close())
        .hasStackTraceContaining("ACOLLIDA_ADMIN_PASSWORD is not set");
  }

  @Test
  void refusesToStartWithoutAnAdministratorUser() {
    assertThatThrownBy(() -> new SpringApplicationBuilder(AcollidaApplication.class)
        .profiles("test")
        .run("--server.port=0", "--spring.datasource.url=jdbc:h2:mem:no-admin-user",
            "--acollida.admin.user=", "--acollida.admin.password=secret").close())
        .hasStackTraceContaining("ACOLLIDA_ADMIN_USER is not set");
  }
}
