package org.acollida.notification;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders a mail in one language from the catalogue and the Thymeleaf templates {@code templates/mail/mail.html}
 * and {@code mail.txt} (escaped by default, like the report page): subject, paragraphs, the link.
 */
@Component
public class MailRenderer {

  private final MailCatalogue catalogue;
  private final MailSettings settings;
  private final SpringTemplateEngine templates = new SpringTemplateEngine();

  public MailRenderer(MailCatalogue catalogue, MailSettings settings) {
    this.catalogue = catalogue;
    this.settings = settings;
    templates.addTemplateResolver(resolver(TemplateMode.HTML, "*.html", 1));
    templates.addTemplateResolver(resolver(TemplateMode.TEXT, "*.txt", 2));
  }

  private static ClassLoaderTemplateResolver resolver(TemplateMode mode, String pattern, int order) {
    ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
    resolver.setPrefix("templates/mail/");
    resolver.setTemplateMode(mode);
    resolver.setResolvablePatterns(Set.of(pattern));
    resolver.setCharacterEncoding("UTF-8");
    resolver.setOrder(order);
    resolver.setCheckExistence(true);
    return resolver;
  }

  public record RenderedMail(String subject, String text, String html) {}

  public RenderedMail render(MailKind kind, Map<String, String> params, String language) {
    Map<String, String> values = new HashMap<>(params);
    // coded values (an answer, a vote outcome) are shown in the reader's language
    params.forEach((name, value) -> {
      String key = name + "." + value;
      if (catalogue.has(key)) {
        values.put(name, catalogue.text(key, language, Map.of()));
      }
    });
    String link = params.get(Notification.LINK);
    if (link != null) {
      values.put(Notification.LINK, settings.absolute(link));
    }
    String subject = catalogue.text(kind.key() + ".subject", language, values);
    List<String> paragraphs = new ArrayList<>();
    for (String paragraph : catalogue.text(kind.key() + ".body", language, values).split("\n\n")) {
      paragraphs.add(paragraph.strip());
    }
    Context model = new Context(Locale.forLanguageTag(language));
    model.setVariable("language", language);
    model.setVariable("subject", subject);
    model.setVariable("paragraphs", paragraphs);
    model.setVariable("link", values.get(Notification.LINK));
    model.setVariable("linkLabel", catalogue.text("mail.link", language, values));
    model.setVariable("footer", catalogue.text("mail.footer", language, values));
    return new RenderedMail(subject, templates.process("mail.txt", model), templates.process("mail.html", model));
  }
}
