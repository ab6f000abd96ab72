package org.acollida.dashboard;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.stereotype.Component;

/**
 * Finds who is asking: the user signed in to the Camunda webapps (the same HTTP session, so the
 * dashboard needs no login of its own), or, for programs and tests, HTTP Basic credentials checked
 * by the engine's identity service. Groups and tenants come from the engine's identity data.
 */
@Component
class DashboardViewers {

  private final ProcessEngine engine;
  private final IdentityService identity;

  DashboardViewers(ProcessEngine engine, IdentityService identity) {
    this.engine = engine;
    this.identity = identity;
  }

  Optional<Viewer> viewer(HttpServletRequest request) {
    String authorization = request.getHeader("Authorization");
    if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
      return basic(authorization.substring(6).strip());
    }
    HttpSession session = request.getSession(false);
    if (session == null) {
      return Optional.empty();
    }
    Authentications signedIn = AuthenticationUtil.getAuthsFromSession(session);
    Authentication user = signedIn == null ? null : signedIn.getAuthenticationForProcessEngine(engine.getName());
    if (user instanceof UserAuthentication person) {
      return Optional.of(new Viewer(person.getIdentityId(), person.getGroupIds(), person.getTenantIds()));
    }
    return Optional.empty();
  }

  private Optional<Viewer> basic(String encoded) {
    String credentials;
    try {
      credentials = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    int colon = credentials.indexOf(':');
    if (colon <= 0) {
      return Optional.empty();
    }
    String userId = credentials.substring(0, colon);
    if (!identity.checkPassword(userId, credentials.substring(colon + 1))) {
      return Optional.empty();
    }
    return Optional.of(new Viewer(userId, AuthenticationUtil.getGroupsOfUser(engine, userId),
        AuthenticationUtil.getTenantsOfUser(engine, userId)));
  }
}
