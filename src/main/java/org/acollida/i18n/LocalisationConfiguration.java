package org.acollida.i18n;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Names in the browser's language on the REST APIs the webapps call (Tasklist, Cockpit) and on /engine-rest. */
@Configuration
public class LocalisationConfiguration {

  @Bean
  public FilterRegistrationBean<LocalisedNames> localisedNames(NameCatalogue catalogue) {
    FilterRegistrationBean<LocalisedNames> registration = new FilterRegistrationBean<>(new LocalisedNames(catalogue));
    registration.setName("acollida-localised-names");
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/*");
    return registration;
  }
}
