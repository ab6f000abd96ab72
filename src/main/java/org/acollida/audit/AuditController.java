package org.acollida.audit;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.acollida.audit.AuditTrail.CaseTrail;
import org.acollida.audit.AuditTrail.Reader;
import org.acollida.audit.AuditedProcesses.AuditedProcess;
import org.acollida.common.InputRules;
import org.acollida.common.InvalidInputException;
import org.acollida.contract.ProgrammeCalendar;
import org.acollida.i18n.UserLanguage;
import org.acollida.web.WebappSessionOrBasic;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.ModelAndView;

/**
 * A case's audit trail for people (HTML, template audit/case.html, in English, Spanish or Valencian) and for
 * spreadsheets (CSV). Behind the webapps' login like the dashboard: Camunda's authentication filter in front of
 * {@value #PATH} (AuditAuthentication) finds who is asking, and the trail is read as them ({@link AuditTrail}).
 * A case the reader may not see answers 404, as one that does not exist: the answer never tells whether it does.
 */
@Controller
public class AuditController {

  static final String PATH = "/audit";
  private static final String TEMPLATE = "audit/case";
  private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
  private static final DateTimeFormatter SHOWN_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
  private static final String LANGUAGE_RULE = "must be one of " + String.join(", ", AuditTexts.LANGUAGES);

  /** One line of the page, as people read it. */
  public record Line(String time, String who, String what) {}

  /** An option of the case search form. */
  public record ProcessOption(String key, String label) {}

  private final IdentityService identity;
  private final AuditTrail trails;
  private final AuditTexts texts;

  public AuditController(IdentityService identity, AuditTrail trails, AuditTexts texts) {
    this.identity = identity;
    this.trails = trails;
    this.texts = texts;
  }

  public static String pathOf(String processKey, String businessKey) {
    return PATH + "/" + processKey + "/" + businessKey;
  }

  /** The dashboard's search form: to the case's page, once both fields are right. */
  @GetMapping(PATH)
  public ModelAndView search(@RequestParam(required = false) String processKey,
      @RequestParam(required = false) String businessKey, @RequestParam(required = false) String lang,
      HttpServletRequest request) {
    Request asked = new Request(processKey, businessKey == null ? null : businessKey.strip(), lang, request);
    if (processKey == null && businessKey == null) {
      return basePage(asked, HttpStatus.OK); // the search form alone
    }
    if (asked.problem() != null) {
      return problemPage(asked, HttpStatus.BAD_REQUEST);
    }
    String target = pathOf(processKey, asked.businessKey()) + (lang == null ? "" : "?lang=" + lang);
    return new ModelAndView("redirect:" + target);
  }

  @GetMapping(PATH + "/{processKey}/{businessKey}")
  public ModelAndView page(@PathVariable String processKey, @PathVariable String businessKey,
      @RequestParam(required = false) String lang, HttpServletRequest request) {
    Request asked = new Request(processKey, businessKey, lang, request);
    if (asked.problem() != null) {
      return problemPage(asked, HttpStatus.BAD_REQUEST);
    }
    Optional<Reader> reader = reader();
    if (reader.isEmpty()) {
      return new ModelAndView("redirect:" + WebappSessionOrBasic.LOGIN);
    }
    Optional<CaseTrail> trail = trails.read(reader.get(), asked.process(), businessKey);
    String language = asked.language();
    ModelAndView page = basePage(asked, trail.isPresent() ? HttpStatus.OK : HttpStatus.NOT_FOUND);
    if (trail.isEmpty()) {
      page.addObject("problemHeading", texts.text("notFound.heading", language, Map.of()));
      page.addObject("problem", texts.text("notFound.text", language,
          Map.of("code", businessKey, "process", processLabel(processKey, language))));
      return page;
    }
    page.addObject("heading", texts.text("page.heading", language,
        Map.of("process", texts.name(trail.get().processName(), language), "code", businessKey)));
    page.addObject("intro", texts.text("page.intro", language, Map.of("user", reader.get().userId())));
    page.addObject("csvPath", pathOf(processKey, businessKey) + ".csv?lang=" + language);
    page.addObject("lines", trail.get().entries().stream()
        .map(entry -> new Line(ZonedDateTime.ofInstant(entry.time(), ProgrammeCalendar.ZONE).format(SHOWN_TIME),
            texts.who(entry, language), texts.describe(entry, language)))
        .toList());
    return page;
  }

  @GetMapping(PATH + "/{processKey}/{businessKey}.csv")
  @ResponseBody
  public ResponseEntity<?> csv(@PathVariable String processKey, @PathVariable String businessKey,
      @RequestParam(required = false) String lang, HttpServletRequest request) {
    Request asked = new Request(processKey, businessKey, lang, request);
    if (asked.problem() != null) {
      return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_JSON).body(Map.of(
          "type", "InvalidInputException", "message", asked.problem(), "field", asked.problemField()));
    }
    Optional<Reader> reader = reader();
    if (reader.isEmpty()) {
      return ResponseEntity.status(HttpStatus.UNAUTHORIZED).contentType(MediaType.APPLICATION_JSON)
          .body(WebappSessionOrBasic.NOT_SIGNED_IN);
    }
    Optional<CaseTrail> trail = trails.read(reader.get(), asked.process(), businessKey);
    if (trail.isEmpty()) {
      return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_JSON)
          .body(Map.of("message", "No case " + businessKey + " of " + processKey + " that you may see"));
    }
    return ResponseEntity.ok().cacheControl(CacheControl.noStore()).contentType(CSV)
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
            .filename("audit-" + processKey + "-" + businessKey + ".csv").build().toString())
        .body(AuditCsv.of(trail.get().entries(), entry -> texts.describe(entry, asked.language())));
  }

  /** The reader the filter authenticated; none only if a request got past it, which is refused all the same. */
  private Optional<Reader> reader() {
    Authentication user = identity.getCurrentAuthentication();
    if (user == null || user.getUserId() == null) {
      return Optional.empty();
    }
    return Optional.of(new Reader(user.getUserId(), orEmpty(user.getGroupIds()), orEmpty(user.getTenantIds())));
  }

  private static List<String> orEmpty(List<String> ids) {
    return ids == null ? List.of() : ids;
  }

  private ModelAndView basePage(Request asked, HttpStatus status) {
    String language = asked.language();
    ModelAndView page = new ModelAndView(TEMPLATE, status);
    page.addObject("lang", language);
    page.addObject("t", texts.all(language));
    page.addObject("title", texts.text("page.title", language,
        Map.of("code", asked.businessKey() == null ? "" : asked.businessKey())));
    page.addObject("selfPath", asked.process() != null && asked.validCode()
        ? pathOf(asked.process().key(), asked.businessKey()) : PATH);
    page.addObject("languages", AuditTexts.LANGUAGES);
    page.addObject("processes", AuditedProcesses.keys().stream()
        .map(key -> new ProcessOption(key, processLabel(key, language))).toList());
    page.addObject("processKey", asked.process() == null ? null : asked.process().key());
    page.addObject("businessKey", asked.validCode() ? asked.businessKey() : null);
    page.addObject("lines", List.of());
    return page;
  }

  private ModelAndView problemPage(Request asked, HttpStatus status) {
    ModelAndView page = basePage(asked, status);
    page.addObject("problemHeading", texts.text("badRequest.heading", asked.language(), Map.of()));
    page.addObject("problem", asked.problem());
    return page;
  }

  private String processLabel(String processKey, String language) {
    return texts.text("process." + processKey, language, Map.of());
  }

  /**
   * What was asked, checked: the process (one with an audit trail), the case code (shaped like one), the language
   * ({@code ?lang=}, else the browser's first language). The first thing wrong is the problem, naming its field.
   */
  private static final class Request {
    private final AuditedProcess process;
    private final String businessKey;
    private final boolean validCode;
    private final String language;
    private String problemField;
    private String problem;

    Request(String processKey, String businessKey, String lang, HttpServletRequest request) {
      this.process = processKey == null ? null : AuditedProcesses.find(processKey).orElse(null);
      this.businessKey = businessKey;
      this.validCode = InputRules.isCode(businessKey);
      boolean knownLanguage = lang == null || AuditTexts.LANGUAGES.contains(lang);
      this.language = lang != null && knownLanguage ? lang
          : UserLanguage.fromAcceptLanguage(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
      if (process == null) {
        fail("processKey", "must be one of " + String.join(", ", AuditedProcesses.keys()));
      } else if (!validCode) {
        try {
          InputRules.requireCode("businessKey", businessKey);
        } catch (InvalidInputException refused) {
          fail(refused.field(), refused.rule());
        }
      } else if (!knownLanguage) {
        fail("lang", LANGUAGE_RULE);
      }
    }

    private void fail(String field, String rule) {
      problemField = field;
      problem = field + ": " + rule;
    }

    AuditedProcess process() {
      return process;
    }

    String businessKey() {
      return businessKey;
    }

    boolean validCode() {
      return validCode;
    }

    String language() {
      return language;
    }

    String problem() {
      return problem;
    }

    String problemField() {
      return problemField;
    }
  }
}
