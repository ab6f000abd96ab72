package org.acollida.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.acollida.support.ProcessTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** GET/PUT /api/me/notification-preferences: one's own account only, bad input refused naming the field. */
class NotificationPreferencesRestTest extends ProcessTestSupport {

  @Autowired private NotificationPreferences preferences;

  @AfterEach
  void defaults() {
    preferences.update("sponsor-sjm", "es", true);
    preferences.update("stakeholder-6", "es", true);
  }

  @Test
  void aPersonReadsAndSetsItsOwnLanguageAndSwitch() {
    assertThat(get("sponsor-sjm").getBody()).isEqualTo(Map.of("language", "es", "enabled", true));

    ResponseEntity<Map> put = put("sponsor-sjm", "{\"language\":\"ca\",\"enabled\":false}");
    assertThat(put.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(put.getBody()).isEqualTo(Map.of("language", "ca", "enabled", false));
    assertThat(preferences.of("sponsor-sjm")).isEqualTo(new NotificationPreferences.Preferences("ca", false));
    assertThat(preferences.of("stakeholder-6").language()).as("nobody else's").isEqualTo("es");

    assertThat(put("sponsor-sjm", "{\"enabled\":true}").getBody()).as("one preference alone")
        .isEqualTo(Map.of("language", "ca", "enabled", true));
  }

  @Test
  void badInputIsRefusedNamingTheFieldAndChangesNothing() {
    ResponseEntity<Map> language = put("stakeholder-6", "{\"language\":\"fr\",\"enabled\":false}");
    assertThat(language.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(language.getBody()).containsEntry("field", "language")
        .containsEntry("message", "language: must be one of es, ca, en");
    assertThat(put("stakeholder-6", "{\"enabled\":\"no\"}").getBody()).containsEntry("field", "enabled");
    assertThat(put("stakeholder-6", "{\"userId\":\"sponsor-sjm\",\"enabled\":false}").getBody())
        .as("no way to name another account").containsEntry("field", "userId");
    assertThat(preferences.of("stakeholder-6")).isEqualTo(new NotificationPreferences.Preferences("es", true));
    assertThat(preferences.of("sponsor-sjm").enabled()).isTrue();
  }

  @Test
  void withoutLoginNothingIsReadOrWritten() {
    assertThat(new TestRestTemplate().getForEntity(page(), Map.class)
        .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    // no wrong password here: it would delay that user's next logins (login throttling) in the other tests
    assertThat(new TestRestTemplate().exchange(page(), HttpMethod.PUT, json("{\"enabled\":false}"), Map.class)
        .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(preferences.of("sponsor-sjm").enabled()).isTrue();
  }

  private ResponseEntity<Map> get(String user) {
    return rest(user).getForEntity(page(), Map.class);
  }

  private ResponseEntity<Map> put(String user, String body) {
    return rest(user).exchange(page(), HttpMethod.PUT, json(body), Map.class);
  }

  private String page() {
    return "http://localhost:" + port + NotificationPreferencesController.PATH;
  }

  private static HttpEntity<String> json(String body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return new HttpEntity<>(body, headers);
  }
}
