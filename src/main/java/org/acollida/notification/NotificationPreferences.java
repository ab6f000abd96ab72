package org.acollida.notification;

import java.util.List;
import java.util.Locale;
import org.acollida.common.InvalidInputException;
import org.acollida.common.SystemAccess;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Component;

/**
 * A person's mail language and whether it wants mail at all, kept as Camunda user info (ACT_ID_INFO) beside the
 * user, so an identity export or a user's deletion carries them along. Read at delivery, so a change applies to
 * mail still waiting in the outbox.
 */
@Component
public class NotificationPreferences {

  public static final String LANGUAGE_KEY = "acollida.language";
  public static final String SWITCH_KEY = "acollida.notifications";
  public static final List<String> LANGUAGES = List.of("es", "ca", "en");
  public static final String DEFAULT_LANGUAGE = "es";

  private final IdentityService identity;

  public NotificationPreferences(IdentityService identity) {
    this.identity = identity;
  }

  public record Preferences(String language, boolean enabled) {}

  public Preferences of(String userId) {
    return SystemAccess.asSystem(() -> {
      String language = identity.getUserInfo(userId, LANGUAGE_KEY);
      String enabled = identity.getUserInfo(userId, SWITCH_KEY);
      return new Preferences(language != null && LANGUAGES.contains(language) ? language : DEFAULT_LANGUAGE, !"off".equals(enabled));
    });
  }

  /** @return the language as stored (lower case); refused if it is none of {@link #LANGUAGES} */
  public String checkLanguage(String language) {
    String normalised = language.trim().toLowerCase(Locale.ROOT);
    if (!LANGUAGES.contains(normalised)) {
      throw new InvalidInputException("language", "must be one of " + String.join(", ", LANGUAGES));
    }
    return normalised;
  }

  /** Null leaves a preference as it is. */
  public Preferences update(String userId, String language, Boolean enabled) {
    if (language != null) {
      String normalised = checkLanguage(language);
      SystemAccess.asSystem(() -> {
        identity.setUserInfo(userId, LANGUAGE_KEY, normalised);
        return null;
      });
    }
    if (enabled != null) {
      SystemAccess.asSystem(() -> {
        identity.setUserInfo(userId, SWITCH_KEY, enabled ? "on" : "off");
        return null;
      });
    }
    return of(userId);
  }
}
