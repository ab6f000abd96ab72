package org.acollida.dashboard;

import org.acollida.web.WebappSessionOrBasic;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The dashboard's figures sit behind Camunda's own authentication filter, as /engine-rest does: it
 * finds the user, sets the engine's authentication (user, groups, tenants) for the request and
 * clears it afterwards; the controller reads it from the identity service. The provider (HTTP Basic, or the
 * webapps' session) is the web layer's {@link WebappSessionOrBasic}, shared with the audit trail.
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
}
