package org.acollida.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.acollida.notification.MailRenderer.RenderedMail;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.javamail.JavaMailSender;

/** Rendering and settings without Spring: languages, escaping, coded values, the retry cycle, off without a server. */
class MailRendererTest {

  private static MailSettings settings(String cycle) {
    return new MailSettings(new StaticListableBeanFactory().getBeanProvider(JavaMailSender.class),
        "acollida@example.org", "https://acollida.example.org/", cycle);
  }

  private final MailRenderer renderer = new MailRenderer(new MailCatalogue(), settings("R3/PT5M"));

  @Test
  void eachLanguageWithTheLinkMadeAbsoluteAndTheTextEscapedInHtml() {
    Map<String, String> params = Map.of("consultationCode", "CR-1", "topic", "Housing <script>alert(1)</script> & work",
        "deadline", "2026-03-20", "link", "/camunda/app/tasklist/default/#/?task=abc");
    RenderedMail es = renderer.render(MailKind.CONSULTATION_INVITATION, params, "es");
    RenderedMail ca = renderer.render(MailKind.CONSULTATION_INVITATION, params, "ca");
    RenderedMail en = renderer.render(MailKind.CONSULTATION_INVITATION, params, "en");
    assertThat(es.subject()).isEqualTo("Consulta CR-1: le invitamos a participar");
    assertThat(ca.subject()).isEqualTo("Consulta CR-1: us convidem a participar");
    assertThat(en.subject()).isEqualTo("Consultation CR-1: you are invited to contribute");
    assertThat(es.text()).contains("https://acollida.example.org/camunda/app/tasklist/default/#/?task=abc")
        .contains("hasta el 2026-03-20").contains("<script>");
    assertThat(es.text()).as("plain text: subject, paragraphs apart, link, footer").startsWith(es.subject() + "\n\n")
        .contains("& work.\n\nLas aportaciones").contains("\n\nAbrir en Acollida: https://").contains("\n--\n");
    assertThat(es.html()).contains("href=\"https://acollida.example.org/camunda/app/tasklist/default/#/?task=abc\"")
        .contains("&lt;script&gt;").doesNotContain("<script>").contains("lang=\"es\"");
  }

  @Test
  void codedValuesAreShownInTheReadersLanguage() {
    Map<String, String> params = Map.of("consultationCode", "CR-1", "topic", "t", "answer", "PARTIALLY_ACCEPTED",
        "reason", "Part of it is funded already.", "link", "/reports/consultations/CR-1");
    assertThat(renderer.render(MailKind.CONTRIBUTION_ANSWERED, params, "ca").subject())
        .isEqualTo("Consulta CR-1: la vostra aportació ha estat acceptada en part");
    assertThat(renderer.render(MailKind.CONTRIBUTION_ANSWERED, params, "en").text())
        .contains("Reason: Part of it is funded already.");
  }

  @Test
  void withoutAMailServerNotificationsAreOffAndTheRetryCycleIsChecked() {
    MailSettings settings = settings("R2/PT10M");
    assertThat(settings.enabled()).isFalse();
    assertThat(settings.retries()).isEqualTo(2);
    assertThat(settings.retryInterval()).isEqualTo(Duration.ofMinutes(10));
    assertThatThrownBy(() -> settings("PT5M")).hasMessageContaining("acollida.mail.retry-cycle");
  }
}
