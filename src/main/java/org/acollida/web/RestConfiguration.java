package org.acollida.web;

import java.util.Set;
import org.camunda.bpm.engine.rest.exception.ExceptionHandler;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import org.camunda.bpm.engine.rest.impl.CamundaRestResources;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The engine REST API: Camunda's resources, our error mapping, HTTP Basic authentication. */
@Configuration
public class RestConfiguration {

  private static final Set<Class<?>> REPLACED_HANDLERS =
      Set.of(RestExceptionHandler.class, ProcessEngineExceptionHandler.class, ExceptionHandler.class);

  /** Replaces the starter's config (it backs off when this bean exists). */
  @Bean
  public CamundaJerseyResourceConfig acollidaJerseyConfig() {
    return new CamundaJerseyResourceConfig() {
      @Override
      protected void registerCamundaRestResources() {
        registerClasses(CamundaRestResources.getResourceClasses());
        CamundaRestResources.getConfigurationClasses().stream()
            .filter(c -> !REPLACED_HANDLERS.contains(c))
            .forEach(this::register);
        register(RestErrors.RestExceptionMapper.class);
        register(RestErrors.ProcessEngineExceptionMapper.class);
        register(RestErrors.AnyExceptionMapper.class);
        register(JacksonFeature.class);
      }
    };
  }

  /** Every REST call authenticates; the engine then applies authorizations and tenant checks. */
  @Bean
  public FilterRegistrationBean<ProcessEngineAuthenticationFilter> restAuthentication() {
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    registration.setName("acollida-rest-authentication");
    registration.addUrlPatterns("/engine-rest/*");
    registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
        HttpBasicAuthenticationProvider.class.getName());
    return registration;
  }
}
