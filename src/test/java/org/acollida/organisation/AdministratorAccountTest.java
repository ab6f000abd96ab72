package org.acollida.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.acollida.AcollidaApplication;
import org.acollida.support.ApplicationProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Outside the demo profile there is no default administrator password: the application refuses to
 * start. Started in a JVM of its own, as in production (and because engines register JVM-wide).
 */
class AdministratorAccountTest {

  @TempDir Path workDir;

  @Test
  void refusesToStartWithoutAnAdministratorPassword() throws Exception {
    String output = ApplicationProcess.runUntilExit(workDir,
        Map.of("ACOLLIDA_ADMIN_USER", "admin", "ACOLLIDA_ADMIN_PASSWORD", ""),
        "--spring.datasource.url=jdbc:h2:mem:no-admin-password");
    assertThat(output).contains("ACOLLIDA_ADMIN_PASSWORD is not set").doesNotContain(AcollidaApplication.READY_MESSAGE);
  }

  @Test
  void refusesToStartWithoutAnAdministratorUser() throws Exception {
    String output = ApplicationProcess.runUntilExit(workDir,
        Map.of("ACOLLIDA_ADMIN_USER", "", "ACOLLIDA_ADMIN_PASSWORD", "secret"),
        "--spring.datasource.url=jdbc:h2:mem:no-admin-user");
    assertThat(output).contains("ACOLLIDA_ADMIN_USER is not set").doesNotContain(AcollidaApplication.READY_MESSAGE);
  }
}
