package org.acollida.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.acollida.support.ProcessTestSupport;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Calls to the running application as a demo user (password = user id), answers as text. */
abstract class WebTestSupport extends ProcessTestSupport {

  static final ObjectMapper JSON = new ObjectMapper();

  /** A call to the engine REST API ({@code path} under /engine-rest) with that user's HTTP Basic credentials. */
  ResponseEntity<String> call(String user, HttpMethod method, String path, Object body) {
    return callAs(user, user, method, path, body);
  }

  ResponseEntity<String> callAs(String user, String password, HttpMethod method, String path, Object body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    headers.setAccept(List.of(MediaType.APPLICATION_JSON));
    return new TestRestTemplate().withBasicAuth(user, password)
        .exchange(url(path), method, new HttpEntity<>(body, headers), String.class);
  }

  /** A GET of one of the application's own pages (outside /engine-rest), without credentials. */
  ResponseEntity<String> page(String path) {
    return new TestRestTemplate().getForEntity("http://localhost:" + port + path, String.class);
  }

  static JsonNode json(ResponseEntity<String> response) throws Exception {
    return JSON.readTree(response.getBody());
  }
}
