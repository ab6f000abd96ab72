package org.acollida.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** A browser's session with the webapps, as Tasklist's login page opens it: its cookies, XSRF token among them. */
public final class WebappSession {

  private final String base;
  private final Map<String, String> cookies = new LinkedHashMap<>();

  private WebappSession(String base) {
    this.base = base;
  }

  /** Signs in to Tasklist as a demo user (password = user id), then loads Tasklist once more as a browser would. */
  public static WebappSession signIn(int port, String user) {
    WebappSession session = new WebappSession("http://localhost:" + port);
    session.remember(new TestRestTemplate().getForEntity(session.base + "/camunda/app/tasklist/default/", String.class));
    HttpHeaders headers = session.headers();
    headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
    form.add("username", user);
    form.add("password", user);
    ResponseEntity<String> login = new TestRestTemplate().postForEntity(
        session.base + "/camunda/api/admin/auth/user/default/login/tasklist", new HttpEntity<>(form, headers), String.class);
    assertThat(login.getStatusCode().value()).as(login.getBody()).isEqualTo(200);
    session.remember(login);
    // the login starts a new session; Tasklist's next request gives it its CSRF token
    session.remember(new TestRestTemplate().exchange(session.base + "/camunda/app/tasklist/default/", HttpMethod.GET,
        new HttpEntity<>(session.headers()), String.class));
    return session;
  }

  /** The session's cookies and its CSRF token header, as Tasklist's own requests send them. */
  public HttpHeaders headers() {
    HttpHeaders headers = new HttpHeaders();
    if (cookies.containsKey("XSRF-TOKEN")) {
      headers.set("X-XSRF-TOKEN", cookies.get("XSRF-TOKEN"));
    }
    headers.set(HttpHeaders.COOKIE, String.join("; ", cookies.entrySet().stream()
        .map(cookie -> cookie.getKey() + "=" + cookie.getValue()).toList()));
    return headers;
  }

  /** Keeps the cookies an answer sets, as a browser does. */
  public void remember(ResponseEntity<?> response) {
    for (String cookie : response.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE)) {
      String pair = cookie.split(";", 2)[0];
      cookies.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
    }
  }
}
