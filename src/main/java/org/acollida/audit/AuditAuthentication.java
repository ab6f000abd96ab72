package org.acollida.audit;

import org.acollida.web.WebappSessionOrBasic;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The audit trail sits behind Camunda's own authentication filter, as the dashboard's figures do, with the same
 * provider (HTTP Basic, or the user signed in to the webapps in this session): the filter sets the engine's
 * authentication (user, groups, tenants) for the request and clears it afterwards.
 */
@Configuration
public class AuditAuthentication {

  @Bean
  public FilterRegistrationBean<ProcessEngineAuthenticationFilter> auditAuthenticationFilter() {
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    registration.setName("acollida-audit-authentication");
    // "/audit/*" also matches "/audit" itself, the search form's target
    registration.addUrlPatterns(AuditController.PATH + "/*");
    registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
        WebappSessionOrBasic.class.getName());
    return registration;
  }
}
