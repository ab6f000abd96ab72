package org.acollida.organisation;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The administrator account, with the password from the environment at every start: a password changed
 * there replaces the one stored (and a lock from failed logins is lifted), so the environment is always
 * the way in. There is no default password outside the demo profile: the constructor fails, and with it
 * the start-up, when the environment does not provide one.
 */
@Component
@Order(20)
public class AdministratorAccount implements ApplicationRunner {

  private static final Logger LOG = LoggerFactory.getLogger(AdministratorAccount.class);

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

  public String userId() {
    return userId;
  }

  @Override
  public void run(ApplicationArguments args) {
    User admin = identity.createUserQuery().userId(userId).singleResult();
    if (admin == null) {
      admin = identity.newUser(userId);
      admin.setFirstName("Acollida");
      admin.setLastName("Administrator");
      admin.setPassword(password);
      identity.saveUser(admin);
      LOG.info("Administrator {} created", userId);
    } else {
      // set, not compared: comparing through the identity service would count as a failed login
      admin.setPassword(password);
      identity.saveUser(admin);
      identity.unlockUser(userId);
    }
    if (identity.createUserQuery().userId(userId).memberOfGroup(Groups.CAMUNDA_ADMIN).count() == 0) {
      identity.createMembership(userId, Groups.CAMUNDA_ADMIN);
    }
  }
}
