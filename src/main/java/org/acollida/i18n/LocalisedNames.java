package org.acollida.i18n;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Process, task and filter names are stored once, in English, as the models and filters define them. For a
 * browser in Spanish or Valencian this translates them in the JSON the webapps' REST API returns, so Tasklist
 * lists "Votar la prórroga del convenio" where the engine stores "Vote on extending the agreement". Only exact
 * catalogue entries in name fields change; requests in English, or without a language (scripts), pass untouched.
 */
public class LocalisedNames extends OncePerRequestFilter {

  static final Set<String> NAME_FIELDS = Set.of("name", "processDefinitionName", "activityName", "description",
      "label"); // label: a Tasklist filter's column

  private final NameCatalogue catalogue;
  private final ObjectMapper json = new ObjectMapper();

  public LocalisedNames(NameCatalogue catalogue) {
    this.catalogue = catalogue;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String language = UserLanguage.fromAcceptLanguage(request.getHeader("Accept-Language"));
    if (UserLanguage.SOURCE.equals(language)) {
      chain.doFilter(request, response);
      return;
    }
    ContentCachingResponseWrapper buffered = new ContentCachingResponseWrapper(response);
    chain.doFilter(request, buffered);
    String contentType = buffered.getContentType();
    byte[] body = buffered.getContentAsByteArray();
    if (contentType == null || !contentType.contains("json") || body.length == 0) {
      buffered.copyBodyToResponse();
      return;
    }
    JsonNode tree;
    try {
      tree = json.readTree(body);
    } catch (IOException notJson) {
      buffered.copyBodyToResponse();
      return;
    }
    translate(tree, language);
    byte[] translated = json.writeValueAsBytes(tree);
    buffered.resetBuffer();
    response.setContentLength(translated.length);
    response.getOutputStream().write(translated);
  }

  void translate(JsonNode node, String language) {
    if (node instanceof ObjectNode object) {
      List<String> fields = new ArrayList<>();
      object.fieldNames().forEachRemaining(fields::add);
      for (String field : fields) {
        JsonNode value = object.get(field);
        if (value.isTextual() && NAME_FIELDS.contains(field)) {
          object.set(field, new TextNode(catalogue.translate(value.asText(), language)));
        } else if (!value.isValueNode()) {
          translate(value, language);
        }
      }
    } else if (node.isArray()) {
      node.forEach(child -> translate(child, language));
    }
  }
}
