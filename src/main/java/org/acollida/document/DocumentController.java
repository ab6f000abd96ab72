package org.acollida.document;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.acollida.common.InvalidInputException;
import org.acollida.contract.DocumentKind;
import org.acollida.document.Documents.Content;
import org.acollida.document.Documents.Document;
import org.acollida.document.Documents.NotFound;
import org.acollida.document.Documents.Reader;
import org.acollida.web.WebappSessionOrBasic;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.MultipartFile;

/**
 * A case's documents over HTTP (docs/documents.md), for the Tasklist's Documents tab and for REST clients:
 *
 * <ul>
 *   <li>{@code GET /api/documents?processInstanceId=}: the case's documents and the kinds the caller may add;
 *   <li>{@code POST /api/documents}, multipart {@code processInstanceId}, {@code kind}, {@code file}: 201;
 *   <li>{@code GET /api/documents/{id}/content}: the file, as an attachment, never rendered by the browser.
 * </ul>
 *
 * <p>Behind Camunda's authentication filter like the other {@code /api} paths (HTTP Basic, or the webapps' session).
 * A multipart form, unlike JSON, is something a page of another site can post with the session's cookie, so a POST
 * made with the session carries the webapps' CSRF token ({@code X-XSRF-TOKEN}, as Tasklist sends it); one with HTTP
 * Basic needs none (a browser sends no Basic credentials here: this path never asks for them). A case the caller
 * may not read answers 404, as one that does not exist.
 */
@RestController
public class DocumentController {

  static final String PATH = "/api/documents";
  /** Where the webapps keep a session's CSRF token, and the header their scripts send it in (Camunda's names). */
  static final String CSRF_SESSION_ATTRIBUTE = "CAMUNDA_CSRF_TOKEN";
  static final String CSRF_HEADER = "X-XSRF-TOKEN";

  private final IdentityService identity;
  private final Documents documents;

  public DocumentController(IdentityService identity, Documents documents) {
    this.identity = identity;
    this.documents = documents;
  }

  @Bean
  public static FilterRegistrationBean<ProcessEngineAuthenticationFilter> documentAuthentication() {
    return WebappSessionOrBasic.filter("acollida-document-authentication", PATH, PATH + "/*");
  }

  @GetMapping(PATH)
  public ResponseEntity<?> list(@RequestParam(required = false) String processInstanceId) {
    Reader reader = reader();
    if (reader == null) {
      return notSignedIn();
    }
    List<Document> found = documents.list(reader, processInstanceId);
    HistoricProcessInstance instance = documents.readable(reader, processInstanceId);
    List<String> addable = DocumentKind.addedTo(instance.getProcessDefinitionKey()).stream()
        .filter(kind -> instance.getEndTime() == null
            && DocumentAuthors.mayAdd(kind, reader.groupIds(), instance.getTenantId()))
        .map(DocumentKind::key).toList();
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("processInstanceId", instance.getId());
    body.put("processDefinitionKey", instance.getProcessDefinitionKey());
    body.put("documents", found.stream().map(DocumentController::json).toList());
    body.put("kindsYouMayAdd", addable);
    return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(body);
  }

  @PostMapping(PATH)
  public ResponseEntity<?> add(@RequestParam(required = false) String processInstanceId,
      @RequestParam(required = false) String kind, @RequestParam(required = false) MultipartFile file,
      HttpServletRequest request) throws IOException {
    Reader reader = reader();
    if (reader == null) {
      return notSignedIn();
    }
    if (!csrfTokenMatches(request)) {
      return ResponseEntity.status(HttpStatus.FORBIDDEN).contentType(MediaType.APPLICATION_JSON).body(Map.of(
          "type", "AuthorizationException", "message", "A form posted with the webapps' session carries their "
              + "CSRF token in the " + CSRF_HEADER + " header"));
    }
    Document added = documents.add(reader, processInstanceId, kind, file == null ? null : file.getOriginalFilename(),
        file == null ? null : file.getContentType(), file == null ? null : file.getBytes());
    return ResponseEntity.status(HttpStatus.CREATED).header(HttpHeaders.LOCATION, PATH + "/" + added.id() + "/content")
        .body(json(added));
  }

  @GetMapping(PATH + "/{id}/content")
  public ResponseEntity<?> content(@PathVariable String id) {
    Reader reader = reader();
    if (reader == null) {
      return notSignedIn();
    }
    Content content = documents.content(reader, id);
    String type = content.document().type();
    return ResponseEntity.ok().cacheControl(CacheControl.noStore())
        .contentType(type == null ? MediaType.APPLICATION_OCTET_STREAM : MediaType.parseMediaType(type))
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
            .filename(content.document().name(), StandardCharsets.UTF_8).build().toString())
        .header("X-Content-Type-Options", "nosniff")
        .header("Content-Security-Policy", "default-src 'none'; sandbox")
        .body(content.bytes());
  }

  @ExceptionHandler(InvalidInputException.class)
  public ResponseEntity<?> invalid(InvalidInputException invalid) {
    return WebappSessionOrBasic.badRequest(invalid);
  }

  /** A multipart body the server would not read (larger than the upload limit, or not multipart at all). */
  @ExceptionHandler(MultipartException.class)
  public ResponseEntity<?> unreadable(MultipartException unreadable) {
    return invalid(new InvalidInputException(Documents.FILE, "could not be read as a multipart upload of at most"
        + " 5 MB (fields processInstanceId, kind, file)"));
  }

  @ExceptionHandler(NotFound.class)
  public ResponseEntity<?> notFound(NotFound notFound) {
    return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_JSON)
        .body(Map.of("type", "NotFoundException", "message", notFound.getMessage()));
  }

  @ExceptionHandler(AuthorizationException.class)
  public ResponseEntity<?> forbidden(AuthorizationException denied) {
    return ResponseEntity.status(HttpStatus.FORBIDDEN).contentType(MediaType.APPLICATION_JSON)
        .body(Map.of("type", "AuthorizationException", "message", denied.getMessage()));
  }

  private static Map<String, Object> json(Document document) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("id", document.id());
    json.put("kind", document.kind());
    json.put("name", document.name());
    json.put("type", document.type());
    json.put("size", document.size() < 0 ? null : document.size());
    json.put("addedBy", document.addedBy());
    json.put("addedAt", document.addedAt().toString());
    json.put("contentPath", PATH + "/" + document.id() + "/content");
    return json;
  }

  /** With HTTP Basic no token is needed; with the session, the one the webapps gave it. */
  private static boolean csrfTokenMatches(HttpServletRequest request) {
    if (request.getHeader(HttpHeaders.AUTHORIZATION) != null) {
      return true;
    }
    HttpSession session = request.getSession(false);
    Object expected = session == null ? null : session.getAttribute(CSRF_SESSION_ATTRIBUTE);
    String sent = request.getHeader(CSRF_HEADER);
    return expected instanceof String token && sent != null
        && MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8), sent.getBytes(StandardCharsets.UTF_8));
  }

  /** The person the filter authenticated; none only if a request got past it, which is refused all the same. */
  private Reader reader() {
    Authentication user = identity.getCurrentAuthentication();
    if (user == null || user.getUserId() == null) {
      return null;
    }
    return new Reader(user.getUserId(), user.getGroupIds(), user.getTenantIds());
  }

  private static ResponseEntity<?> notSignedIn() {
    return ResponseEntity.status(HttpStatus.UNAUTHORIZED).contentType(MediaType.APPLICATION_JSON)
        .body(WebappSessionOrBasic.NOT_SIGNED_IN);
  }
}
