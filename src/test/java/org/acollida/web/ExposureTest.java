package org.acollida.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;

/**
 * What held in the security review, kept holding: no expressions in queries, no management endpoint or database
 * console. (A health endpoint for readiness checks may come; these are the ones that would give away configuration
 * or data.)
 */
class ExposureTest extends WebTestSupport {

  @Test
  void expressionsInQueriesAreRefused() throws Exception {
    // a URI, not a template: the braces of ${now()} are the point
    ResponseEntity<String> response = new TestRestTemplate().withBasicAuth("coordinator-gva", "coordinator-gva")
        .getForEntity(URI.create(url("/task?dueAfterExpression=%24%7Bnow()%7D")), String.class);

    assertThat(response.getStatusCode().value()).as(response.getBody()).isIn(400, 403);
    assertThat(json(response).path("message").asText()).containsIgnoringCase("expression");
  }

  @ParameterizedTest
  @ValueSource(strings = {"/actuator/env", "/actuator/beans", "/actuator/configprops", "/actuator/heapdump",
      "/actuator/loggers", "/actuator/mappings", "/actuator/threaddump", "/h2-console", "/h2-console/"})
  void noManagementEndpointOrDatabaseConsoleIsExposed(String path) {
    ResponseEntity<String> response = page(path);

    assertThat(response.getStatusCode().value()).as(path).isIn(401, 403, 404);
  }
}
