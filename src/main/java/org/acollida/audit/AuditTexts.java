package org.acollida.audit;

import java.util.List;
import java.util.Map;
import org.acollida.i18n.NameCatalogue;
import org.acollida.i18n.PageTexts;
import org.springframework.stereotype.Component;

/**
 * The audit page's texts in English, Spanish and Valencian, from its catalogue {@value #CATALOGUE} ({@link PageTexts}).
 * Task and process names come in the reader's language from the processes' own catalogues ({@link NameCatalogue});
 * variable, message and decision names stay as the contract names them.
 */
@Component
public class AuditTexts {

  static final String CATALOGUE = "i18n/audit.json";
  /** The page's languages: the source language first, then the translations. */
  public static final List<String> LANGUAGES = PageTexts.LANGUAGES;

  private final PageTexts texts;
  private final NameCatalogue names;

  public AuditTexts(NameCatalogue names) {
    this.names = names;
    this.texts = PageTexts.read(CATALOGUE);
  }

  /** Every text in that language, for the template ({@code t['key']}). */
  public Map<String, String> all(String language) {
    return texts.all(language);
  }

  /** The text of that key in that language (English where it has none), with its placeholders filled in. */
  public String text(String key, String language, Map<String, String> values) {
    return texts.text(key, language, values);
  }

  /** A task's or process's name as the reader's Tasklist shows it. */
  public String name(String english, String language) {
    return english == null ? "" : names.translate(english, language);
  }

  /** The sentence of one line of the trail, in that language. */
  public String describe(AuditEntry entry, String language) {
    String subject = switch (entry.kind()) {
      case STARTED, ENDED, TASK_CLAIMED, TASK_RELEASED, TASK_ASSIGNED, TASK_COMPLETED, VARIABLES_WRITTEN ->
          name(entry.subject(), language);
      default -> entry.subject() == null ? "" : entry.subject();
    };
    String value = entry.value();
    if (entry.kind() == AuditEntry.Kind.ENDED) {
      value = texts.has("state." + value) ? text("state." + value, language, Map.of()) : String.valueOf(value);
    } else if (entry.kind() == AuditEntry.Kind.OPERATION && value != null) {
      value = name(value, language);
    } else if (value == null) {
      value = text("value.none", language, Map.of());
    }
    return text(entry.kind().textKey(), language, Map.of("subject", subject, "value", value));
  }

  /** Who did it, for people: the user id, or that the engine did it on its own. */
  public String who(AuditEntry entry, String language) {
    return entry.userId() == null ? text("who.system", language, Map.of()) : entry.userId();
  }
}
