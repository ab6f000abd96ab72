package org.acollida.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.acollida.support.ProcessTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;

/**
 * {@code POST /admin/backup} on a database it cannot back up: the test profile's in-memory H2, or PostgreSQL when
 * the suite runs there. Administrators only; the answer names what to do instead. The backup itself, on an H2 file,
 * and its restore: BackupRestoreTest.
 */
class BackupEndpointTest extends ProcessTestSupport {

  @Value("${spring.datasource.url}") String databaseUrl;

  @Test
  void onlyAdministratorsMayAskAndADatabaseThatIsNotAnH2FileIsRefusedNamingWhatToDoInstead() {
    assertThat(backUp(new TestRestTemplate()).getStatusCode().value()).isEqualTo(401);
    // a wrong password delays that user's next login: not the administrator's, who is asked below
    assertThat(backUp(new TestRestTemplate().withBasicAuth("stakeholder-6", "wrong")).getStatusCode().value())
        .isEqualTo(401);
    for (String user : new String[] {"coordinator-gva", "sponsor-sjm", "commission-member", "stakeholder-1"}) {
      ResponseEntity<Map> refused = backUp(rest(user));
      assertThat(refused.getStatusCode().value()).as(user).isEqualTo(403);
      assertThat((String) refused.getBody().get("message")).contains("camunda-admin");
    }

    ResponseEntity<Map> answer = backUp(rest("admin"));
    assertThat(answer.getStatusCode().value()).isEqualTo(409);
    String message = (String) answer.getBody().get("message");
    assertThat(message).contains("docs/operations.md");
    if (databaseUrl.startsWith("jdbc:postgresql:")) {
      assertThat(message).contains("pg_dump -Fc", "pg_restore");
    } else {
      assertThat(message).contains("not an H2 file");
    }
  }

  private ResponseEntity<Map> backUp(TestRestTemplate client) {
    return client.postForEntity("http://localhost:" + port + BackupController.PATH, null, Map.class);
  }
}
