package org.acollida.consultation;

import static org.springframework.web.util.HtmlUtils.htmlEscape;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.acollida.common.InputRules;
import org.acollida.contract.StakeholderCategory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The published results of a round, as a readable HTML page. Public by design: it is what the
 * round publishes, so no login is asked (it lies outside /engine-rest and the webapps). Before
 * publication the page does not exist (404). Every text people wrote is escaped.
 */
@RestController
public class ConsultationReportController {

  static final String PATH = "/reports/consultations/";
  private static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);

  /** The Valencian Migration Strategy 2021–2026, whose priorities rounds are held on. */
  static final Map<Integer, String> STRATEGY_PRIORITIES = Map.of(
      1, "An institutional framework that responds efficiently to the migratory reality",
      2, "Rights and equal access to public services for migrants",
      3, "Access to employment and decent housing",
      4, "An inclusive and participatory social model",
      5, "Coexistence and interculturality for all Valencian citizens");

  private final PublishedRounds rounds;

  public ConsultationReportController(PublishedRounds rounds) {
    this.rounds = rounds;
  }

  public static String pathOf(String consultationCode) {
    return PATH + consultationCode;
  }

  @GetMapping(PATH + "{consultationCode}")
  public ResponseEntity<String> report(@PathVariable String consultationCode) {
    PublishedRound round = InputRules.isCode(consultationCode) ? rounds.find(consultationCode).orElse(null) : null;
    if (round == null) {
      return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(HTML).body(page("Report not published",
          "<h1>No published results</h1><p>Consultation round <strong>" + htmlEscape(consultationCode)
              + "</strong> has not published its results (yet).</p>"));
    }
    return ResponseEntity.ok().contentType(HTML).body(page("Consultation " + round.consultationCode(), body(round)));
  }

  private static String body(PublishedRound r) {
    StringBuilder html = new StringBuilder();
    html.append("<h1>Results of consultation round ").append(e(r.consultationCode())).append("</h1>");
    html.append("<p class=\"topic\"><strong>Topic:</strong> ").append(e(r.topic())).append("</p>");
    html.append("<p><strong>Valencian Migration Strategy 2021–2026, priority ").append(r.strategyPriority())
        .append(":</strong> ").append(e(STRATEGY_PRIORITIES.getOrDefault(r.strategyPriority(), ""))).append("</p>");
    html.append("<p>Contribution deadline: ").append(e(r.contributionDeadline())).append(". Results published ")
        .append(e(r.publishedAt())).append(".</p>");
    if (r.previousConsultationCode() != null) {
      html.append("<p>This round follows round <a href=\"").append(e(pathOf(r.previousConsultationCode()))).append("\">")
          .append(e(r.previousConsultationCode())).append("</a>.</p>");
    }
    if (r.nextConsultationCode() != null) {
      html.append("<p>The next round on this topic is <strong>").append(e(r.nextConsultationCode())).append("</strong>.</p>");
    }
    if (!r.carriedForwardPoints().isEmpty()) {
      html.append("<h2>Points carried forward from the previous round</h2>");
      list(html, r.carriedForwardPoints());
    }

    html.append("<h2>Who took part</h2><table><thead><tr><th>Category</th><th>Invited</th><th>Answered</th></tr></thead><tbody>");
    for (StakeholderCategory category : StakeholderCategory.values()) {
      if (r.invited(category) > 0) {
        html.append("<tr><td>").append(e(category.label())).append("</td><td>").append(r.invited(category))
            .append("</td><td>").append(r.answered(category)).append("</td></tr>");
      }
    }
    html.append("</tbody></table>");
    html.append("<p>Response rate: ").append(Representation.percent(r.responseRate()))
        .append(". Migrant associations were ").append(Representation.percent(r.migrantAssociationShare()))
        .append(" of those invited and ").append(Representation.percent(r.migrantResponseShare()))
        .append(" of those who answered.</p>");
    html.append("<h3>Invited stakeholders</h3><ul>");
    for (Stakeholder s : r.stakeholders()) {
      html.append("<li>").append(e(s.name())).append(" — ").append(e(s.category().label())).append("</li>");
    }
    html.append("</ul>");

    if (r.synthesisSummary() != null) {
      html.append("<h2>Synthesis</h2><p>").append(e(r.synthesisSummary())).append("</p>");
    }
    html.append("<h2>Every contribution and its answer</h2>");
    if (r.synthesis().isEmpty()) {
      html.append("<p>No contributions were received.</p>");
    }
    for (Contribution c : r.synthesis()) {
      html.append("<section class=\"contribution\"><h3>").append(e(c.stakeholderName())).append(" <small>(")
          .append(e(c.category().label())).append(")</small></h3>");
      html.append("<blockquote>").append(e(c.text())).append("</blockquote>");
      html.append("<p><strong class=\"answer-").append(c.answer().name().toLowerCase()).append("\">")
          .append(e(c.answer().label())).append("</strong>: ").append(e(c.reason())).append("</p></section>");
    }
    if (!r.openPoints().isEmpty()) {
      html.append("<h2>Points left open</h2>");
      list(html, r.openPoints());
    }
    return html.toString();
  }

  private static void list(StringBuilder html, List<String> items) {
    html.append("<ul>");
    items.forEach(item -> html.append("<li>").append(e(item)).append("</li>"));
    html.append("</ul>");
  }

  private static String e(String text) {
    return text == null ? "" : htmlEscape(text, StandardCharsets.UTF_8.name());
  }

  private static String page(String title, String body) {
    return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>" + e(title) + " — Acollida</title>"
        + "<style>body{font-family:system-ui,sans-serif;max-width:52rem;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#222}"
        + "table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.3rem .6rem;text-align:left}"
        + "blockquote{white-space:pre-wrap;border-left:4px solid #ddd;margin:.5rem 0;padding:.3rem .8rem;background:#fafafa}"
        + ".answer-accepted{color:#1b5e20}.answer-partially_accepted{color:#8a6d00}.answer-rejected{color:#b71c1c}"
        + ".contribution{border-bottom:1px solid #eee;padding-bottom:.5rem}</style></head><body>"
        + body + "<footer><p><small>Published by Acollida, participatory consultation rounds of the Generalitat Valenciana.</small></p></footer></body></html>";
  }
}
