package org.acollida.organisation;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.User;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The administrator account. There is no default password outside the demo profile: the
 * constructor fails, and with it the start-up, when the environment does not provide one.
 */
@Component
@Order(20)
public class AdministratorAccount implements ApplicationRunner {

  private final IdentityService identity;
  private final String userId;
  private final String password;

  public AdministratorAccount(IdentityService identity,
      @Value("${acollida.admin.user:}") String userId,
      @Value("${acollida.admin.password:}") String password) {
    if (userId == null || userId.isBlank()) {
      throw new IllegalStateException(
          "ACOLLIDA_ADMIN_USER is not set: the administrator's user id must come from the environment");
    }
    if (password == null || password.isBlank()) {
      throw new IllegalStateException(
          "ACOLLIDA_ADMIN_PASSWORD is not set: Acollida has no default administrator password outside the demo profile");
    }
    this.identity = identity;
    this.userId = userId;
    this.password = password;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (identity.createUserQuery().userId(userId).count() == 0) {
      User admin = identity.newUser(userId);
      admin.setFirstName("Acollida");
      admin.setLastName("Administrator");
      admin.setPassword(password);
      identity.saveUser(admin);
    }
    if (identity.createUserQuery().userId(userId).memberOfGroup(Groups.CAMUNDA_ADMIN).count() == 0) {
      identity.createMembership(userId, Groups.CAMUNDA_ADMIN);
    }
  }
}
