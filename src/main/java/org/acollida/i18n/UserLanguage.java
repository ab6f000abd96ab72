package org.acollida.i18n;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The language a person works in, chosen the way the Camunda webapps choose theirs: the browser's first
 * language if we have it, English otherwise. Tasklist sends the browser's languages with every request.
 */
public final class UserLanguage {

  /** The source language: processes and forms are designed in English. */
  public static final String SOURCE = "en";
  /** The languages everything a coordinator sees is translated into. */
  public static final List<String> TRANSLATIONS = List.of("es", "ca");

  private UserLanguage() {}

  /** The language of the HTTP request being served, or English outside one (jobs, Java API calls). */
  public static String current() {
    if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
      HttpServletRequest request = attributes.getRequest();
      return fromAcceptLanguage(request.getHeader("Accept-Language"));
    }
    return SOURCE;
  }

  /** Only the first (most preferred) language counts, as in the webapps, so page and form always agree. */
  public static String fromAcceptLanguage(String header) {
    if (header == null || header.isBlank()) {
      return SOURCE;
    }
    try {
      List<Locale.LanguageRange> ranges = Locale.LanguageRange.parse(header);
      if (ranges.isEmpty()) {
        return SOURCE;
      }
      String language = ranges.get(0).getRange().split("-")[0].toLowerCase(Locale.ROOT);
      return TRANSLATIONS.contains(language) ? language : SOURCE;
    } catch (IllegalArgumentException malformed) {
      return SOURCE;
    }
  }
}
