package org.acollida.dashboard;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationProvider;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/**
 * The dashboard's figures sit behind Camunda's own authentication filter, as /engine-rest does: it
 * finds the user, sets the engine's authentication (user, groups, tenants) for the request and
 * clears it afterwards; the controller reads it from the identity service.
 */
@Configuration
public class DashboardAuthentication {

  @Bean
  public FilterRegistrationBean<ProcessEngineAuthenticationFilter> dashboardAuthenticationFilter() {
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    registration.setName("acollida-dashboard-authentication");
    registration.addUrlPatterns(DashboardController.API + "/*");
    registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
        WebappSessionOrBasic.class.getName());
    return registration;
  }

  /**
   * The filter's provider. Camunda's HTTP Basic provider alone would not do: the dashboard page calls
   * the figures from the browser with the webapps' session and no Authorization header, and its
   * challenge ({@code WWW-Authenticate: Basic}) would make the browser ask for a password in its own
   * dialog instead of letting the page send the person to the Tasklist login. So: with an
   * Authorization header, Camunda's Basic provider checks it (programs and tests); without one, the
   * user signed in to the webapps in this session. A refusal is a 401 naming that login, no challenge.
   * The filter creates the provider by its class name, hence public with no constructor arguments.
   */
  public static class WebappSessionOrBasic implements AuthenticationProvider {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpBasicAuthenticationProvider basic = new HttpBasicAuthenticationProvider();

    @Override
    public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
      if (request.getHeader(HttpHeaders.AUTHORIZATION) != null) {
        return basic.extractAuthenticatedUser(request, engine);
      }
      HttpSession session = request.getSession(false);
      Authentications signedIn = session == null ? null : AuthenticationUtil.getAuthsFromSession(session);
      if (signedIn != null && signedIn.getAuthenticationForProcessEngine(engine.getName()) instanceof UserAuthentication user) {
        AuthenticationResult result = AuthenticationResult.successful(user.getIdentityId());
        result.setGroups(user.getGroupIds());
        result.setTenants(user.getTenantIds());
        return result;
      }
      return AuthenticationResult.unsuccessful();
    }

    @Override
    public void augmentResponseByAuthenticationChallenge(HttpServletResponse response, ProcessEngine engine) {
      response.setContentType(MediaType.APPLICATION_JSON_VALUE);
      try {
        JSON.writeValue(response.getOutputStream(), DashboardController.NOT_SIGNED_IN);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
