package org.acollida.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.acollida.organisation.OrganisationRegistry;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

/**
 * A person changes their own password, nothing else of their account: not their name or e-mail (which
 * others rely on to know who did what), and they cannot delete it. Administrators still manage accounts.
 * A user of its own, created as the demo users are (the engine's owner authorization included).
 */
class OwnAccountTest extends WebTestSupport {

  @Autowired IdentityService identity;

  private final String userId = "account-probe-" + UUID.randomUUID().toString().substring(0, 8);

  @BeforeEach
  void stakeholderAccount() {
    User user = identity.newUser(userId);
    user.setFirstName("Asociación");
    user.setLastName("Probe");
    user.setEmail(userId + "@example.org");
    user.setPassword(userId);
    identity.saveUser(user);
    identity.createMembership(userId, OrganisationRegistry.STAKEHOLDERS);
  }

  @AfterEach
  void removeAccount() {
    identity.deleteUser(userId);
  }

  @Test
  void aUserCannotDeleteTheirOwnAccount() {
    ResponseEntity<String> deleted = call(userId, HttpMethod.DELETE, "/user/" + userId, null);

    assertThat(deleted.getStatusCode().value()).as(deleted.getBody()).isEqualTo(403);
    assertThat(identity.createUserQuery().userId(userId).count()).isEqualTo(1);
  }

  @Test
  void aUserCannotEditTheirOwnProfile() {
    ResponseEntity<String> edited = call(userId, HttpMethod.PUT, "/user/" + userId + "/profile", Map.of(
        "id", userId, "firstName", "<img src=x onerror=alert(1)>", "lastName", "Probe", "email", "someone-else@example.org"));

    assertThat(edited.getStatusCode().value()).as(edited.getBody()).isEqualTo(403);
    User unchanged = identity.createUserQuery().userId(userId).singleResult();
    assertThat(unchanged.getFirstName()).isEqualTo("Asociación");
    assertThat(unchanged.getEmail()).isEqualTo(userId + "@example.org");
  }

  @Test
  void aUserChangesTheirOwnPassword() {
    ResponseEntity<String> changed = call(userId, HttpMethod.PUT, "/user/" + userId + "/credentials",
        Map.of("password", "a-new-passphrase-2026", "authenticatedUserPassword", userId));

    assertThat(changed.getStatusCode().value()).as(changed.getBody()).isEqualTo(204);
    assertThat(identity.checkPassword(userId, "a-new-passphrase-2026")).isTrue();
    assertThat(callAs(userId, "a-new-passphrase-2026", HttpMethod.GET, "/user/" + userId + "/profile", null)
        .getStatusCode().value()).isEqualTo(200);
  }

  @Test
  void theAdministratorStillEditsAndDeletesAccounts() {
    ResponseEntity<String> edited = call("admin", HttpMethod.PUT, "/user/" + userId + "/profile", Map.of(
        "id", userId, "firstName", "Asociación Renamed", "lastName", "Probe", "email", userId + "@example.org"));
    assertThat(edited.getStatusCode().value()).as(edited.getBody()).isEqualTo(204);
    assertThat(identity.createUserQuery().userId(userId).singleResult().getFirstName()).isEqualTo("Asociación Renamed");

    ResponseEntity<String> deleted = call("admin", HttpMethod.DELETE, "/user/" + userId, null);
    assertThat(deleted.getStatusCode().value()).as(deleted.getBody()).isEqualTo(204);
    assertThat(identity.createUserQuery().userId(userId).count()).isZero();
  }
}
