package org.acollida.dashboard;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.acollida.dashboard.ProgrammeFigures.Programme;
import org.acollida.i18n.PageTexts;
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
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.ModelAndView;

/**
 * The programme dashboard: the page ({@code /dashboard/}, static files beside it), its figures as
 * JSON and each table as CSV. Behind the webapps' login: without a signed-in user (or HTTP Basic
 * credentials) the figures answer 401 and the page sends the person to the Tasklist login. Who is
 * asking is found by Camunda's authentication filter in front of {@link #API} (DashboardAuthentication).
 */
@RestController
public class DashboardController {

  public static final String PAGE = "/dashboard/";
  static final String API = "/dashboard/api";
  static final Map<String, String> NOT_SIGNED_IN = WebappSessionOrBasic.NOT_SIGNED_IN;
  private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

  /** The page's and the Cockpit card's texts, the tables' titles, notes and column headings, and the values' names. */
  static final String CATALOGUE = "i18n/dashboard.json";

  private final IdentityService identity;
  private final RecentFigures figures;
  /** Tasklist's "Our agreements" is worked out at each request: a sponsor who has just recorded an expense sees it. */
  private final ProgrammeFigures ourAgreements;
  private final PageTexts texts = PageTexts.read(CATALOGUE);

  DashboardController(IdentityService identity, RecentFigures figures, ProgrammeFigures ourAgreements) {
    this.identity = identity;
    this.figures = figures;
    this.ourAgreements = ourAgreements;
  }

  @GetMapping("/dashboard")
  public ModelAndView withoutSlash() {
    return new ModelAndView("redirect:" + PAGE);
  }

  @GetMapping(PAGE)
  public ModelAndView page() {
    return new ModelAndView("forward:" + PAGE + "index.html");
  }

  @GetMapping(API + "/figures")
  public ResponseEntity<?> figures() {
    Optional<Programme> programme = programme();
    if (programme.isEmpty()) {
      return notSignedIn();
    }
    return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(programme.get());
  }

  /**
   * The texts in the browser's first language (es, ca; English otherwise), as the webapps choose theirs. The figures
   * keep their column keys and codes whatever the language (the contract's CSV columns); the page names them from here.
   */
  @GetMapping(API + "/texts")
  public ResponseEntity<?> texts(@RequestHeader(value = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage) {
    if (programmeViewer().isEmpty()) {
      return notSignedIn();
    }
    String language = UserLanguage.fromAcceptLanguage(acceptLanguage);
    return ResponseEntity.ok().cacheControl(CacheControl.noStore())
        .body(Map.of("language", language, "texts", texts.unfilled(language)));
  }

  /** Tasklist's "Our agreements" (the plugin in app/tasklist/scripts/our-agreements.js): the viewer's own lines. */
  @GetMapping(API + "/our-agreements")
  public ResponseEntity<?> ourAgreements() {
    Optional<Viewer> viewer = programmeViewer();
    if (viewer.isEmpty()) {
      return notSignedIn();
    }
    return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(ourAgreements.ourAgreements(viewer.get()));
  }

  @GetMapping(API + "/figures/{table}.csv")
  public ResponseEntity<?> csv(@PathVariable String table) {
    Optional<Programme> programme = programme();
    if (programme.isEmpty()) {
      return notSignedIn();
    }
    FigureTable figures = programme.get().tables().get(table);
    if (figures == null) {
      return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_JSON)
          .body(Map.of("message", "No figures called " + table.replaceAll("[^A-Za-z0-9-]", "")));
    }
    return ResponseEntity.ok().cacheControl(CacheControl.noStore()).contentType(CSV)
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
            .filename("acollida-" + figures.id() + "-" + programme.get().today() + ".csv").build().toString())
        .body(figures.toCsv());
  }

  private Optional<Programme> programme() {
    return programmeViewer().map(figures::figures);
  }

  /** The viewer the filter authenticated; none only if a request got past it, which is refused all the same. */
  private Optional<Viewer> programmeViewer() {
    Authentication user = identity.getCurrentAuthentication();
    if (user == null || user.getUserId() == null) {
      return Optional.empty();
    }
    return Optional.of(new Viewer(user.getUserId(), orEmpty(user.getGroupIds()), orEmpty(user.getTenantIds())));
  }

  private static List<String> orEmpty(List<String> ids) {
    return ids == null ? List.of() : ids;
  }

  private static ResponseEntity<?> notSignedIn() {
    return ResponseEntity.status(HttpStatus.UNAUTHORIZED).contentType(MediaType.APPLICATION_JSON).body(NOT_SIGNED_IN);
  }
}
