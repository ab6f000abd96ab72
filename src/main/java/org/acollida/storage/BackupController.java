package org.acollida.storage;

import java.io.IOException;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.acollida.storage.H2OnlineBackup.BackupFile;
import org.acollida.storage.H2OnlineBackup.NotAnH2File;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /admin/backup}: an administrator backs up the running H2 file database ({@link H2OnlineBackup}).
 * Who is asking is found by Camunda's authentication filter in front of {@code /admin/*} (HTTP Basic, as the
 * engine REST API; web/AdminAuthentication); only members of {@code camunda-admin} may: a backup holds every
 * family's data.
 */
@RestController
public class BackupController {

  public static final String PATH = "/admin/backup";

  private static final Logger LOG = LoggerFactory.getLogger(BackupController.class);

  private final IdentityService identity;
  private final H2OnlineBackup backup;

  public BackupController(IdentityService identity, H2OnlineBackup backup) {
    this.identity = identity;
    this.backup = backup;
  }

  @PostMapping(PATH)
  public ResponseEntity<Map<String, Object>> backUp() {
    Authentication user = identity.getCurrentAuthentication();
    if (user == null || user.getUserId() == null) {
      // only if a request got past the filter: refused all the same
      return answer(HttpStatus.UNAUTHORIZED, "Authenticate with HTTP Basic as a member of camunda-admin");
    }
    if (user.getGroupIds() == null || !user.getGroupIds().contains(Groups.CAMUNDA_ADMIN)) {
      LOG.warn("Backup refused to {}: not a member of {}", user.getUserId(), Groups.CAMUNDA_ADMIN);
      return answer(HttpStatus.FORBIDDEN, "Only members of camunda-admin may back up the database");
    }
    try {
      BackupFile written = backup.backUp();
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("file", written.file());
      body.put("bytes", written.bytes());
      body.put("path", written.path().toString());
      return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(body);
    } catch (NotAnH2File e) {
      return answer(HttpStatus.CONFLICT, e.getMessage());
    } catch (SQLException | IOException | RuntimeException e) {
      LOG.error("Backup asked by {} failed", user.getUserId(), e);
      return answer(HttpStatus.INTERNAL_SERVER_ERROR, "The backup failed: " + e.getMessage());
    }
  }

  private static ResponseEntity<Map<String, Object>> answer(HttpStatus status, String message) {
    return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(Map.of("message", message));
  }
}
