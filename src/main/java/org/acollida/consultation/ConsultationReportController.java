package org.acollida.consultation;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.acollida.common.InputRules;
import org.acollida.contract.StakeholderCategory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
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

  /** The Valencian Migration Strategy 2021–2026, whose priorities rounds are held on. */
  static final Map<Integer, String> STRATEGY_PRIORITIES = Map.of(
      1, "An institutional framework that responds efficiently to the migratory reality",
      2, "Rights and equal access to public services for migrants",
      3, "Access to employment and decent housing",
      4, "An inclusive and participatory social model",
      5, "Coexistence and interculturality for all Valencian citizens");

  /** A line of the "who took part" table. */
  public record Participation(String category, long invited, long answered) {}

  private final PublishedRounds rounds;

  public ConsultationReportController(PublishedRounds rounds) {
    this.rounds = rounds;
  }

  public static String pathOf(String consultationCode) {
    return PATH + consultationCode;
  }

  @GetMapping(PATH + "{consultationCode}")
  public ModelAndView report(@PathVariable String consultationCode) {
    PublishedRound round = InputRules.isCode(consultationCode) ? rounds.find(consultationCode).orElse(null) : null;
    if (round == null) {
      return new ModelAndView(TEMPLATE, Map.of("consultationCode", consultationCode), HttpStatus.NOT_FOUND);
    }
    List<Participation> participation = Arrays.stream(StakeholderCategory.values())
        .filter(category -> round.invited(category) > 0)
        .map(category -> new Participation(category.label(), round.invited(category), round.answered(category)))
        .toList();
    ModelAndView page = new ModelAndView(TEMPLATE, HttpStatus.OK);
    page.addObject("round", round);
    page.addObject("priority", STRATEGY_PRIORITIES.getOrDefault(round.strategyPriority(), ""));
    page.addObject("previousPath", round.previousConsultationCode() == null ? null : pathOf(round.previousConsultationCode()));
    page.addObject("participation", participation);
    page.addObject("responseRate", Representation.percent(round.responseRate()));
    page.addObject("migrantAssociationShare", Representation.percent(round.migrantAssociationShare()));
    page.addObject("migrantResponseShare", Representation.percent(round.migrantResponseShare()));
    return page;
  }
}
