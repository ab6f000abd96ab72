package org.acollida.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;

/**
 * Our own pages (the dashboard, the public consultation reports) send the browser the same protections the
 * Camunda webapps do, with a Content-Security-Policy that the pages themselves satisfy: their scripts and
 * styles are files of this origin, none inline.
 */
class PageSecurityHeadersTest extends WebTestSupport {

  @ParameterizedTest
  @ValueSource(strings = {"/dashboard/", "/dashboard/dashboard.js", "/reports/consultations/NOT-PUBLISHED-ROUND",
      "/reports/report.css"})
  void ourPagesSendTheSecurityHeaders(String path) {
    ResponseEntity<String> response = page(path);
    HttpHeaders headers = response.getHeaders();

    assertThat(response.getStatusCode().value()).as(path).isIn(200, 404);
    assertThat(headers.getFirst("Content-Security-Policy")).as(path)
        .contains("default-src 'self'", "script-src 'self'", "style-src 'self'", "object-src 'none'", "frame-ancestors 'none'")
        .doesNotContain("unsafe");
    assertThat(headers.getFirst("X-Frame-Options")).as(path).isEqualTo("DENY");
    assertThat(headers.getFirst("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
  }

  @Test
  void thePagesNeedNothingInline() {
    for (String path : new String[] {"/dashboard/", "/reports/consultations/NOT-PUBLISHED-ROUND"}) {
      String html = page(path).getBody();
      assertThat(html).as(path).doesNotContain("<style").doesNotContain(" style=").doesNotContainPattern("<script(?![^>]*\\bsrc=)")
          .doesNotContainPattern("\\son[a-z]+=");
    }
    assertThat(page("/reports/report.css").getStatusCode().value()).isEqualTo(200);
  }
}
