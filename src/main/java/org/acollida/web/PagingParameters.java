package org.acollida.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Paging parameters of every query endpoint ({@code firstResult}, {@code maxResults}) are whole numbers, 0 or
 * more. The engine passes a negative one to the database, which fails as a 500, and Camunda's resources
 * answer a non-number with a 404; both are the client's mistake: a 400 naming the parameter, as for any bad
 * input. For the engine REST API and the webapps' copy of it.
 */
@Configuration
public class PagingParameters {

  static final Set<String> NAMES = Set.of("firstResult", "maxResults");
  static final String RULE = "must be a whole number, 0 or more";
  private static final ObjectMapper JSON = new ObjectMapper();

  @Bean
  public FilterRegistrationBean<PagingCheck> pagingParameterCheck() {
    FilterRegistrationBean<PagingCheck> registration = new FilterRegistrationBean<>(new PagingCheck());
    registration.setName("acollida-paging-parameters");
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
    return registration;
  }

  /** The first bad paging parameter of a query string, or null. Read from the query string itself, never the body. */
  static String badParameter(String queryString) {
    if (queryString == null) {
      return null;
    }
    for (String pair : queryString.split("&")) {
      int equals = pair.indexOf('=');
      String name = decode(equals < 0 ? pair : pair.substring(0, equals));
      if (name != null && NAMES.contains(name)) {
        String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
        if (value == null || !value.matches("[0-9]{1,9}")) {
          return name;
        }
      }
    }
    return null;
  }

  private static String decode(String text) {
    try {
      return URLDecoder.decode(text, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException malformed) {
      return null;
    }
  }

  static class PagingCheck extends OncePerRequestFilter {
    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      String bad = badParameter(request.getQueryString());
      if (bad == null) {
        chain.doFilter(request, response);
        return;
      }
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("type", "InvalidInputException");
      body.put("message", bad + ": " + RULE);
      body.put("field", bad);
      body.put("rule", RULE);
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      response.setContentType(MediaType.APPLICATION_JSON_VALUE);
      response.setCharacterEncoding(StandardCharsets.UTF_8.name());
      JSON.writeValue(response.getOutputStream(), body);
    }
  }
}
