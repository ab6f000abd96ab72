package org.acollida.organisation;

import java.util.Objects;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.identity.IdentityOperationResult;
import org.camunda.bpm.engine.impl.identity.db.DbIdentityServiceProvider;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.GenericManagerFactory;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.springframework.stereotype.Component;

/**
 * A person changes the password of their own account, nothing else of it: not its name or e-mail, which
 * others read to know who did what, and they cannot delete it. Administrators (the engine's admin groups,
 * {@code camunda-admin}) still manage every account.
 *
 * <p>The engine gives each new user ALL on their own user resource, and a password change needs the same
 * UPDATE permission as a profile edit, so an authorization cannot tell the two apart. The identity provider
 * sees what is saved: this one refuses a non-administrator's own account being deleted or saved with another
 * name or e-mail, on every path (engine REST API, the webapps' API, Java), with a 403.
 */
@Component
public class OwnAccountLimits extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setIdentityProviderSessionFactory(new GenericManagerFactory(OwnAccountIdentityProvider.class));
  }

  /** Camunda's database identity provider with the own-account rule; the engine creates it by class, hence public. */
  public static class OwnAccountIdentityProvider extends DbIdentityServiceProvider {

    @Override
    public IdentityOperationResult saveUser(User user) {
      UserEntity saved = (UserEntity) user;
      if (saved.getRevision() != 0 && isOwnAccountOfNonAdministrator(user.getId())) {
        UserEntity stored = findUserById(user.getId());
        if (stored != null && (!Objects.equals(stored.getFirstName(), user.getFirstName())
            || !Objects.equals(stored.getLastName(), user.getLastName())
            || !Objects.equals(stored.getEmail(), user.getEmail()))) {
          throw refused(user.getId(), "change the name or e-mail of their own account");
        }
      }
      return super.saveUser(user);
    }

    @Override
    public IdentityOperationResult deleteUser(String userId) {
      if (isOwnAccountOfNonAdministrator(userId)) {
        throw refused(userId, "delete their own account");
      }
      return super.deleteUser(userId);
    }

    /** Calls the application makes as the system (start-up, demo data) carry no authenticated user. */
    private static boolean isOwnAccountOfNonAdministrator(String userId) {
      CommandContext command = Context.getCommandContext();
      Authentication authentication = command.getAuthentication();
      return authentication != null && userId != null && userId.equals(authentication.getUserId())
          && command.isAuthorizationCheckEnabled()
          && !command.getAuthorizationManager().isCamundaAdmin(authentication);
    }

    private static AuthorizationException refused(String userId, String what) {
      return new AuthorizationException("User " + userId + " may not " + what
          + ": people change only their password; names, e-mails and accounts are managed by an administrator");
    }
  }
}
