package org.acollida.notification;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.acollida.common.InvalidInputException;
import org.acollida.notification.NotificationPreferences.Preferences;
import org.acollida.web.WebappSessionOrBasic;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * A person's own notification preferences: {@code GET} and {@code PUT /api/me/notification-preferences} with
 * {@code {"language": "es"|"ca"|"en", "enabled": true|false}}. Only one's own account: the user is the one Camunda's
 * authentication filter found (HTTP Basic, or the webapps' session as for the dashboard). PUT takes JSON only, which
 * a page of another site cannot send with the session's cookie without the browser asking first (no CORS here).
 */
@RestController
public class NotificationPreferencesController {

  static final String PATH = "/api/me/notification-preferences";

  private final IdentityService identity;
  private final NotificationPreferences preferences;

  public NotificationPreferencesController(IdentityService identity, NotificationPreferences preferences) {
    this.identity = identity;
    this.preferences = preferences;
  }

  @Bean
  public static FilterRegistrationBean<ProcessEngineAuthenticationFilter> notificationPreferencesAuthentication() {
    return WebappSessionOrBasic.filter("acollida-me-authentication", "/api/me/*");
  }

  @GetMapping(PATH)
  public ResponseEntity<?> get() {
    String user = currentUser();
    if (user == null) {
      return notSignedIn();
    }
    return ok(preferences.of(user));
  }

  @PutMapping(path = PATH, consumes = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<?> put(@RequestBody JsonNode body) {
    String user = currentUser();
    if (user == null) {
      return notSignedIn();
    }
    try {
      if (body == null || !body.isObject()) {
        throw new InvalidInputException("body", "must be a JSON object with language and/or enabled");
      }
      var unknown = new java.util.ArrayList<String>();
      body.fieldNames().forEachRemaining(name -> {
        if (!name.equals("language") && !name.equals("enabled")) {
          unknown.add(name);
        }
      });
      if (!unknown.isEmpty()) {
        throw new InvalidInputException(unknown.get(0), "is not a notification preference (language, enabled)");
      }
      String language = null;
      if (body.has("language")) {
        if (!body.get("language").isTextual()) {
          throw new InvalidInputException("language", "must be one of " + String.join(", ", NotificationPreferences.LANGUAGES));
        }
        language = body.get("language").asText();
      }
      Boolean enabled = null;
      if (body.has("enabled")) {
        if (!body.get("enabled").isBoolean()) {
          throw new InvalidInputException("enabled", "must be true or false");
        }
        enabled = body.get("enabled").asBoolean();
      }
      // both checked before either is stored
      if (language != null) {
        preferences.checkLanguage(language);
      }
      return ok(preferences.update(user, language, enabled));
    } catch (InvalidInputException invalid) {
      return WebappSessionOrBasic.badRequest(invalid);
    }
  }

  private String currentUser() {
    Authentication authentication = identity.getCurrentAuthentication();
    return authentication == null ? null : authentication.getUserId();
  }

  private static ResponseEntity<?> ok(Preferences current) {
    return ResponseEntity.ok().cacheControl(CacheControl.noStore())
        .body(Map.of("language", current.language(), "enabled", current.enabled()));
  }

  private static ResponseEntity<?> notSignedIn() {
    return ResponseEntity.status(HttpStatus.UNAUTHORIZED).contentType(MediaType.APPLICATION_JSON)
        .body(WebappSessionOrBasic.NOT_SIGNED_IN);
  }
}
