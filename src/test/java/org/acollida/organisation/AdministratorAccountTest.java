package org.acollida.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.acollida.AcollidaApplication;
import org.acollida.support.ApplicationProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Outside the demo profile there is no default administrator password: the application refuses to
 * start; the administrator's password is the environment's at every start, and no account keeps a
 * demo password. Started in a JVM of its own, as in production (and because engines register JVM-wide).
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

  @Test
  void aDatabaseOnceStartedWithTheDemoKeepsNoDemoPasswordAndTakesTheAdministratorsFromTheEnvironment() throws Exception {
    // the demo as `mvn spring-boot:run` starts it, on its own file under ./data (its users only, no cases)
    try (ApplicationProcess demo = ApplicationProcess.launch(workDir, "demo", Map.of(),
        "--spring.profiles.active=demo", "--acollida.demo.data=false")) {
      assertThat(demo.status("/user/count", "sponsor-sjm", "sponsor-sjm")).isEqualTo(200);
      demo.stop();
    }
    assertThat(workDir.resolve("data/acollida-demo.mv.db")).as("the demo's own database file").exists();
    assertThat(workDir.resolve("data/acollida.mv.db")).as("the default profile's file, untouched").doesNotExist();

    // then the same database without the demo profile (a successful login comes first: a refused one
    // delays the next login of that user)
    String demoDatabase = "--acollida.database.file=" + workDir.resolve("data/acollida-demo");
    Map<String, Object> maria = Map.of(
        "profile", Map.of("id", "maria", "firstName", "Maria", "lastName", "Puig", "email", "maria@example.org"),
        "credentials", Map.of("password", "her own password"));
    try (ApplicationProcess production = ApplicationProcess.launch(workDir, "production",
        Map.of("ACOLLIDA_ADMIN_USER", "admin", "ACOLLIDA_ADMIN_PASSWORD", "first-secret"), demoDatabase)) {
      assertThat(production.status("/user/count", "admin", "first-secret")).as("the environment's password").isEqualTo(200);
      assertThat(production.post("/user/create", maria, "admin", "first-secret").getStatusCode().value()).isEqualTo(204);
      for (String demoUser : List.of("coordinator-gva", "sponsor-sjm", "commission-member", "facilitator", "stakeholder-1")) {
        assertThat(production.status("/user/" + demoUser + "/profile", "admin", "first-secret"))
            .as(demoUser + " removed").isEqualTo(404);
        assertThat(production.status("/user/count", demoUser, demoUser)).as(demoUser + " cannot log in").isEqualTo(401);
      }
      assertThat(production.log()).contains("Removed").contains("coordinator-gva").contains("sponsor-sjm");
      assertThat(production.status("/user/count", "admin", "admin")).as("the demo's admin password").isEqualTo(401);
    }

    // and at the next start, a changed password in the environment is the administrator's
    try (ApplicationProcess production = ApplicationProcess.launch(workDir, "restart",
        Map.of("ACOLLIDA_ADMIN_USER", "admin", "ACOLLIDA_ADMIN_PASSWORD", "second-secret"), demoDatabase)) {
      assertThat(production.status("/user/count", "admin", "second-secret")).isEqualTo(200);
      assertThat(production.status("/user/count", "maria", "her own password")).as("an account of its own stays")
          .isEqualTo(200);
      assertThat(production.status("/user/count", "admin", "first-secret")).as("the old password").isEqualTo(401);
    }
  }
}
