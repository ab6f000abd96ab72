package org.acollida.dashboard;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import org.acollida.dashboard.ProgrammeFigures.Programme;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.ModelAndView;

/**
 * The programme dashboard: the page ({@code /dashboard/}, static files beside it), its figures as
 * JSON and each table as CSV. Behind the webapps' login: without a signed-in user (or HTTP Basic
 * credentials) the figures answer 401 and the page sends the person to the Tasklist login.
 */
@RestController
public class DashboardController {

  public static final String PAGE = "/dashboard/";
  static final String LOGIN = "/camunda/app/tasklist/default/";
  private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

  private final DashboardViewers viewers;
  private final ProgrammeFigures figures;

  public DashboardController(DashboardViewers viewers, ProgrammeFigures figures) {
    this.viewers = viewers;
    this.figures = figures;
  }

  @GetMapping("/dashboard")
  public ModelAndView withoutSlash() {
    return new ModelAndView("redirect:" + PAGE);
  }

  @GetMapping(PAGE)
  public ModelAndView page() {
    return new ModelAndView("forward:" + PAGE + "index.html");
  }

  @GetMapping("/dashboard/api/figures")
  public ResponseEntity<?> figures(HttpServletRequest request) {
    Optional<Programme> programme = programme(request);
    if (programme.isEmpty()) {
      return notSignedIn();
    }
    return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(programme.get());
  }

  @GetMapping("/dashboard/api/figures/{table}.csv")
  public ResponseEntity<?> csv(@PathVariable String table, HttpServletRequest request) {
    Optional<Programme> programme = programme(request);
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

  private Optional<Programme> programme(HttpServletRequest request) {
    return viewers.viewer(request).map(figures::figures);
  }

  private static ResponseEntity<?> notSignedIn() {
    return ResponseEntity.status(HttpStatus.UNAUTHORIZED).contentType(MediaType.APPLICATION_JSON)
        .body(Map.of("message", "Sign in to the Camunda webapps first", "login", LOGIN));
  }
}
