package org.acollida.accountability;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.acollida.common.Csv;
import org.acollida.contract.MeasureContract;
import org.acollida.contract.MeasureStatus;
import org.acollida.contract.ProgrammeCalendar;
import org.acollida.i18n.PageTexts;
import org.acollida.i18n.UserLanguage;
import org.acollida.organisation.OrganisationRegistry;
import org.acollida.strategy.StrategyRegistry;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.ModelAndView;

/**
 * The public accountability page: per priority and objective of the strategy, every measure with its status,
 * progress, responsible organisation, dates and the round and contribution it came from. HTML in the browser's
 * language (es, ca, en; template accountability/page.html, every text through th:text), and the same data as JSON
 * and CSV under the contract's variable names. No login: it is what the programme publishes.
 */
@Controller
public class AccountabilityController {

  static final String PATH = "/reports/accountability";
  static final List<String> CSV_COLUMNS = List.of(MeasureContract.MEASURE_CODE, MeasureContract.TITLE, "priority",
      MeasureContract.OBJECTIVE, MeasureContract.MEASURE_STATUS, MeasureContract.PROGRESS,
      MeasureContract.RESPONSIBLE_ORGANISATION, MeasureContract.DUE_DATE, MeasureContract.ORIGIN_CONSULTATION_CODE,
      MeasureContract.ORIGIN_STAKEHOLDER, "lastReportedAt", "overdue");
  private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

  /** An objective with its measures, for the page and the JSON. */
  public record ObjectiveSection(String objective, String label, List<PublicMeasure> measures) {}

  public record PrioritySection(int priority, String label, List<ObjectiveSection> objectives) {}

  private final AccountabilityReport report;
  private final StrategyRegistry strategy;
  /** The page's own texts in en, es and ca. */
  static final String CATALOGUE = "i18n/accountability.json";

  private final PageTexts texts = PageTexts.read(CATALOGUE);
  private final OrganisationRegistry organisations;

  public AccountabilityController(AccountabilityReport report, StrategyRegistry strategy,
      OrganisationRegistry organisations) {
    this.report = report;
    this.strategy = strategy;
    this.organisations = organisations;
  }

  @GetMapping(PATH)
  public ModelAndView page(@RequestHeader(value = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage) {
    String language = UserLanguage.fromAcceptLanguage(acceptLanguage);
    List<PublicMeasure> measures = report.measures();
    ModelAndView page = new ModelAndView("accountability/page");
    page.addObject("lang", language);
    page.addObject("t", texts.all(language));
    page.addObject("strategyName", strategy.name().in(language));
    page.addObject("sections", sections(measures, language));
    page.addObject("total", measures.size());
    // the page names the responsible organisation; the JSON and CSV keep its id, as the contract does
    Map<String, String> names = new LinkedHashMap<>();
    organisations.all().forEach(o -> names.put(o.id(), o.name()));
    page.addObject("organisations", names);
    page.addObject("today", ProgrammeCalendar.today().toString());
    page.addObject("evaluation", report.latestEvaluation().orElse(null));
    return page;
  }

  @GetMapping(value = PATH + ".json", produces = MediaType.APPLICATION_JSON_VALUE)
  @ResponseBody
  public Map<String, Object> json(@RequestHeader(value = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage) {
    String language = UserLanguage.fromAcceptLanguage(acceptLanguage);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("strategy", strategy.name().in(language));
    body.put("generatedOn", ProgrammeCalendar.today().toString());
    body.put("priorities", sections(report.measures(), language));
    body.put("evaluation", report.latestEvaluation().orElse(null));
    return body;
  }

  @GetMapping(PATH + ".csv")
  public ResponseEntity<String> csv() {
    List<List<Object>> rows = new ArrayList<>();
    for (PublicMeasure m : report.measures()) {
      rows.add(java.util.Arrays.asList(m.measureCode(), m.title(), m.priority(), m.objective(), m.measureStatus(),
          m.progress(), m.responsibleOrganisation(), m.dueDate(), m.originConsultationCode(), m.originStakeholder(),
          m.lastReportedAt(), String.valueOf(m.overdue())));
    }
    return ResponseEntity.ok().contentType(CSV)
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"acollida-accountability-"
            + ProgrammeCalendar.today() + ".csv\"")
        .body(Csv.of(CSV_COLUMNS, rows));
  }

  /** Every priority and objective of the strategy, each with its measures (an objective without any shows so). */
  private List<PrioritySection> sections(List<PublicMeasure> measures, String language) {
    List<PrioritySection> sections = new ArrayList<>();
    for (StrategyRegistry.Priority priority : strategy.priorities()) {
      List<ObjectiveSection> objectives = new ArrayList<>();
      for (StrategyRegistry.Objective objective : priority.objectives()) {
        objectives.add(new ObjectiveSection(objective.id(), objective.label().in(language),
            measures.stream().filter(m -> m.objective().equals(objective.id())).toList()));
      }
      sections.add(new PrioritySection(priority.id(), priority.label().in(language), objectives));
    }
    return sections;
  }

  /** Measures by status per priority: the dashboard's accountability section reads these. */
  public Map<Integer, Map<MeasureStatus, Long>> statusByPriority() {
    Map<Integer, Map<MeasureStatus, Long>> counts = new LinkedHashMap<>();
    for (StrategyRegistry.Priority priority : strategy.priorities()) {
      Map<MeasureStatus, Long> byStatus = new LinkedHashMap<>();
      for (MeasureStatus status : MeasureStatus.values()) {
        byStatus.put(status, 0L);
      }
      counts.put(priority.id(), byStatus);
    }
    for (PublicMeasure m : report.measures()) {
      counts.get(m.priority()).merge(MeasureStatus.valueOf(m.measureStatus()), 1L, Long::sum);
    }
    return counts;
  }
}
