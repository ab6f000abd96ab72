package org.acollida.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.acollida.common.InvalidInputException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationProvider;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The provider of Camunda's {@link ProcessEngineAuthenticationFilter} in front of our own pages (the dashboard's
 * figures, the audit trail). Camunda's HTTP Basic provider alone would not do: a page opened in the browser calls
 * them with the webapps' session and no Authorization header, and its challenge ({@code WWW-Authenticate: Basic})
 * would make the browser ask for a password in its own dialog instead of sending the person to the Tasklist login.
 * So: with an Authorization header, Camunda's Basic provider checks it (programs and tests); without one, the user
 * signed in to the webapps in this session. A refusal is a 401 naming that login, no challenge. The filter creates
 * the provider by its class name, hence public with no constructor arguments.
 */
public class WebappSessionOrBasic implements AuthenticationProvider {

  /** Where a person signs in: the same login as Tasklist and Cockpit. */
  public static final String LOGIN = "/camunda/app/tasklist/default/";
  /** The body of a refusal. */
  public static final Map<String, String> NOT_SIGNED_IN =
      Map.of("message", "Sign in to the Camunda webapps first", "login", LOGIN);

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Camunda's authentication filter with this provider, in front of one of our own paths. */
  public static FilterRegistrationBean<ProcessEngineAuthenticationFilter> filter(String name, String... urlPatterns) {
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    registration.setName(name);
    registration.addUrlPatterns(urlPatterns);
    registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
        WebappSessionOrBasic.class.getName());
    return registration;
  }

  /** The 400 of our own JSON paths, as the engine REST API's (web/RestErrors): type, message, field and rule. */
  public static ResponseEntity<Map<String, Object>> badRequest(InvalidInputException invalid) {
    Map<String, Object> error = new LinkedHashMap<>();
    error.put("type", "InvalidInputException");
    error.put("message", invalid.getMessage());
    error.put("field", invalid.field());
    error.put("rule", invalid.rule());
    return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_JSON).body(error);
  }
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
      JSON.writeValue(response.getOutputStream(), NOT_SIGNED_IN);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
