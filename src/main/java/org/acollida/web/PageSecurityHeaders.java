package org.acollida.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Our own pages, the programme dashboard and the public consultation reports, send the browser the
 * protections the Camunda webapps send theirs. Their scripts and styles are files of this origin (none
 * inline), so the policy allows nothing else; nothing frames them (Cockpit links to the dashboard), so
 * nothing may.
 */
@Configuration
public class PageSecurityHeaders {

  static final String CONTENT_SECURITY_POLICY = String.join("; ",
      "default-src 'self'",
      "script-src 'self'",
      "style-src 'self'",
      "img-src 'self'",
      "connect-src 'self'",
      "object-src 'none'",
      "base-uri 'self'",
      "form-action 'self'",
      "frame-ancestors 'none'");

  @Bean
  public FilterRegistrationBean<Headers> pageSecurityHeadersFilter() {
    FilterRegistrationBean<Headers> registration = new FilterRegistrationBean<>(new Headers());
    registration.setName("acollida-page-security-headers");
    registration.addUrlPatterns("/dashboard", "/dashboard/*", "/reports/*", "/audit/*");
    return registration;
  }

  static class Headers extends OncePerRequestFilter {
    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
      response.setHeader("X-Frame-Options", "DENY");
      response.setHeader("X-Content-Type-Options", "nosniff");
      response.setHeader("Referrer-Policy", "same-origin");
      chain.doFilter(request, response);
    }
  }
}
