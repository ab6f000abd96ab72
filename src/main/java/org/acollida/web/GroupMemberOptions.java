package org.acollida.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * A form field that picks people picks them by name from a group, not by typed user ids. A Camunda Form select whose
 * {@code valuesKey} is {@code usersOfGroup_<group id>} gets the group's members as its options ("First Last (id)")
 * when the form is served: Tasklist gives a start form no variables to read options from, so the served form itself
 * carries them. Applies to the deployed forms Tasklist and REST clients fetch, start and task forms alike; the
 * server still checks what is submitted (a picked user must exist), as for every other field.
 */
@Configuration
public class GroupMemberOptions {

  static final Pattern USERS_OF_GROUP = Pattern.compile("usersOfGroup_([A-Za-z0-9][A-Za-z0-9._-]{0,63})");
  private static final ObjectMapper JSON = new ObjectMapper();

  @Bean
  public FilterRegistrationBean<Options> groupMemberOptionsFilter(IdentityService identity) {
    FilterRegistrationBean<Options> registration = new FilterRegistrationBean<>(new Options(identity));
    registration.setName("acollida-group-member-options");
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
    // outside the authentication filters: the members are listed by the application, whoever loads the form
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
    return registration;
  }

  static class Options extends OncePerRequestFilter {

    private final IdentityService identity;

    Options(IdentityService identity) {
      this.identity = identity;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
      String uri = request.getRequestURI();
      return !"GET".equals(request.getMethod())
          || !(uri.endsWith("/deployed-start-form") || uri.endsWith("/deployed-form"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      ContentCachingResponseWrapper served = new ContentCachingResponseWrapper(response);
      chain.doFilter(request, served);
      byte[] body = served.getContentAsByteArray();
      String form = new String(body, StandardCharsets.UTF_8);
      if (served.getStatus() == 200 && form.contains("\"usersOfGroup_")) {
        byte[] filled = fill(JSON.readTree(form)).getBytes(StandardCharsets.UTF_8);
        served.resetBuffer();
        served.getOutputStream().write(filled);
      }
      served.copyBodyToResponse();
    }

    String fill(JsonNode form) throws IOException {
      fillComponents(form);
      return JSON.writeValueAsString(form);
    }

    private void fillComponents(JsonNode node) {
      for (JsonNode component : node.path("components")) {
        Matcher group = USERS_OF_GROUP.matcher(component.path("valuesKey").asText(""));
        if (group.matches() && component instanceof ObjectNode select) {
          ArrayNode values = select.putArray("values");
          for (User user : identity.createUserQuery().memberOfGroup(group.group(1)).orderByUserId().asc().list()) {
            values.addObject().put("label", label(user)).put("value", user.getId());
          }
          select.remove("valuesKey");
        }
        fillComponents(component);
      }
    }

    private static String label(User user) {
      String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
          + (user.getLastName() == null ? "" : user.getLastName())).strip();
      return name.isEmpty() ? user.getId() : name + " (" + user.getId() + ")";
    }
  }
}
