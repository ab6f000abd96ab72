package org.acollida.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

/** The consultation's forms offer the stakeholders' users by name: nobody types a user id. */
class GroupMemberOptionsTest extends WebTestSupport {

  @Test
  void theStartFormAsTasklistGetsItOffersTheMembersOfTheStakeholdersGroupByName() throws Exception {
    ResponseEntity<String> form = call("facilitator", HttpMethod.GET,
        "/process-definition/key/consultation-round/deployed-start-form", null);
    assertThat(form.getStatusCode().value()).isEqualTo(200);
    JsonNode user = field(json(form), "user");
    assertThat(user.path("type").asText()).isEqualTo("select");
    assertThat(user.has("valuesKey")).as("filled in by the server, not read from variables").isFalse();
    List<String> offered = new ArrayList<>();
    user.path("values").forEach(option -> offered.add(option.path("value").asText()));
    assertThat(offered).contains("stakeholder-1", "stakeholder-6").doesNotContain("sponsor-sjm", "facilitator");
    assertThat(user.path("values").get(0).path("label").asText()).as("a name, then the id").endsWith("(stakeholder-1)");
  }

  @Test
  void aFormNobodyMayReadStaysRefused() {
    assertThat(call("sponsor-sjm", HttpMethod.GET, "/process-definition/key/consultation-round/deployed-start-form", null)
        .getStatusCode().value()).isIn(403, 404);
  }

  private static JsonNode field(JsonNode node, String key) {
    for (JsonNode component : node.path("components")) {
      if (key.equals(component.path("key").asText())) {
        return component;
      }
      JsonNode inside = field(component, key);
      if (inside != null) {
        return inside;
      }
    }
    return null;
  }
}
