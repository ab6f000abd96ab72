package org.acollida.consultation;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.acollida.common.InputRules;
import org.acollida.contract.StakeholderCategory;
import org.acollida.i18n.PageTexts;
import org.acollida.i18n.UserLanguage;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.servlet.ModelAndView;

/**
 * The published results of a round, as a readable HTML page (template consultation/report.html).
 * Public by design: it is what the round publishes, so no login is asked (it lies outside
 * /engine-rest and the webapps). Before publication the page does not exist (404). Every text people
 * wrote is escaped by the template.
 */
@Controller
public class ConsultationReportController {

  static final String PATH = "/reports/consultations/";
  private static final String TEMPLATE = "consultation/report";

  /** The page's texts, and the names of categories, answers and the strategy's priorities, in en, es and ca. */
  static final String CATALOGUE = "i18n/report.json";

  /** A line of the "who took part" table. */
  public record Participation(String category, long invited, long answered) {}

  private final PublishedRounds rounds;
  private final PageTexts texts = PageTexts.read(CATALOGUE);

  public ConsultationReportController(PublishedRounds rounds) {
    this.rounds = rounds;
  }

  public static String pathOf(String consultationCode) {
    return PATH + consultationCode;
  }

  /** In the browser's first language (es, ca; English otherwise), as Tasklist chooses its own. */
  @GetMapping(PATH + "{consultationCode}")
  public ModelAndView report(@PathVariable String consultationCode,
      @RequestHeader(value = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage) {
    String language = UserLanguage.fromAcceptLanguage(acceptLanguage);
    PublishedRound round = InputRules.isCode(consultationCode) ? rounds.find(consultationCode).orElse(null) : null;
    if (round == null) {
      ModelAndView missing = page(language, null, HttpStatus.NOT_FOUND);
      missing.addObject("title", texts.text("notPublished.title", language));
      missing.addObject("notPublished", texts.text("notPublished.text", language, Map.of("code", consultationCode)));
      return missing;
    }
    List<Participation> participation = Arrays.stream(StakeholderCategory.values())
        .filter(category -> round.invited(category) > 0)
        .map(category -> new Participation(texts.text("category." + category.name(), language),
            round.invited(category), round.answered(category)))
        .toList();
    ModelAndView page = page(language, round, HttpStatus.OK);
    String code = round.consultationCode();
    page.addObject("title", texts.text("page.title", language, Map.of("code", code)));
    page.addObject("heading", texts.text("heading", language, Map.of("code", code)));
    page.addObject("priorityHeading", texts.text("priority", language,
        Map.of("number", String.valueOf(round.strategyPriority()))));
    String priorityKey = "priority." + round.strategyPriority();
    page.addObject("priority", texts.has(priorityKey) ? texts.text(priorityKey, language) : "");
    page.addObject("dates", texts.text("dates", language,
        Map.of("deadline", round.contributionDeadline(), "published", String.valueOf(round.publishedAt()))));
    page.addObject("previousPath", round.previousConsultationCode() == null ? null : pathOf(round.previousConsultationCode()));
    page.addObject("participation", participation);
    page.addObject("shares", texts.text("shares", language, Map.of(
        "rate", Representation.percent(round.responseRate()),
        "invited", Representation.percent(round.migrantAssociationShare()),
        "answered", Representation.percent(round.migrantResponseShare()))));
    return page;
  }

  private ModelAndView page(String language, PublishedRound round, HttpStatus status) {
    ModelAndView page = new ModelAndView(TEMPLATE, status);
    page.addObject("language", language);
    page.addObject("t", texts.all(language));
    page.addObject("round", round);
    return page;
  }
}
