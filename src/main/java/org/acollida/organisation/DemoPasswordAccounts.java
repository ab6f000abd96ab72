package org.acollida.organisation;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.camunda.bpm.engine.impl.util.EncryptionUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Outside the demo profile no account keeps a demo password. The demo's accounts have their user id
 * as password (admin:admin, sponsor-sjm:sponsor-sjm...); a database once started with the demo and
 * then without it would otherwise still let anyone in with them. At every start, each account whose
 * password is still its user id is removed, with its group and tenant memberships and its own
 * authorizations, and named in a warning. The administrator from the environment is not: its
 * password has just been set from the environment ({@link AdministratorAccount}). Why removal rather
 * than refusing to start: docs/operations.md, Security.
 */
@Component
@Profile("!demo")
@Order(25)
public class DemoPasswordAccounts implements ApplicationRunner {

  private static final Logger LOG = LoggerFactory.getLogger(DemoPasswordAccounts.class);

  private final IdentityService identity;
  private final ProcessEngineConfigurationImpl engineConfiguration;
  private final AdministratorAccount administrator;

  public DemoPasswordAccounts(IdentityService identity, ProcessEngineConfigurationImpl engineConfiguration,
      AdministratorAccount administrator) {
    this.identity = identity;
    this.engineConfiguration = engineConfiguration;
    this.administrator = administrator;
  }

  @Override
  public void run(ApplicationArguments args) {
    List<String> removed = new ArrayList<>();
    for (User user : identity.createUserQuery().list()) {
      if (!user.getId().equals(administrator.userId()) && passwordIsItsId(user)) {
        identity.deleteUser(user.getId());
        removed.add(user.getId());
      }
    }
    if (!removed.isEmpty()) {
      LOG.warn("Removed {} account(s) whose password was their user id, as in the demo profile: {}",
          removed.size(), String.join(", ", removed));
    }
  }

  /**
   * Compared with the stored hash directly: {@code IdentityService.checkPassword} would count a
   * mismatch as a failed login, and every start would then bring each real user nearer to a lock.
   */
  private boolean passwordIsItsId(User user) {
    if (!(user instanceof UserEntity entity) || entity.getPassword() == null) {
      return false; // an identity provider that keeps no password here (LDAP)
    }
    return engineConfiguration.getPasswordManager()
        .check(EncryptionUtil.saltPassword(user.getId(), entity.getSalt()), entity.getPassword());
  }
}
