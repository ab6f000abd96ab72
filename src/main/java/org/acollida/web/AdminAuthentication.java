package org.acollida.web;

import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The administrators' own endpoints under {@code /admin/} (such as storage/BackupController's backup) sit behind
 * Camunda's authentication filter with HTTP Basic, as {@code /engine-rest} does: 401 without valid credentials;
 * the filter sets the engine's authentication (user, groups, tenants) for the request, and each endpoint checks
 * the groups it requires.
 */
@Configuration
public class AdminAuthentication {

  static final String PATHS = "/admin/*";

  @Bean
  public FilterRegistrationBean<ProcessEngineAuthenticationFilter> adminAuthenticationFilter() {
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    registration.setName("acollida-admin-authentication");
    registration.addUrlPatterns(PATHS);
    registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
        HttpBasicAuthenticationProvider.class.getName());
    return registration;
  }
}
