package org.acollida.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.acollida.support.ProcessTestSupport;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Issue 21, found 10: a sponsor sees its own budget line and no other sponsor's, on its vote task (through every
 * task endpoint, Tasklist's form variables included) as on the dashboard. The agreement's signatories and total
 * stay readable through the process instance, by those who may read it (the regional government, the commission).
 */
class VoteBudgetLinesTest extends ProcessTestSupport {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String SIGNATORIES = "[{\"organisation\":\"gva\",\"budgetEur\":0},"
      + "{\"organisation\":\"sjm\",\"budgetEur\":123456},{\"organisation\":\"caritas-valencia\",\"budgetEur\":65432.5}]";

  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;

  @Test
  void aSponsorsVoteShowsItsOwnBudgetLineAndNoOtherSponsors() throws Exception {
    String agreement = agreementWithOpenVote();
    String sjmVote = tasks.createTaskQuery().processInstanceId(agreement).taskCandidateGroup("sjm").singleResult().getId();
    String caritasVote = tasks.createTaskQuery().processInstanceId(agreement).taskCandidateGroup("caritas-valencia")
        .singleResult().getId();

    for (String path : List.of("/variables?deserializeValues=false", "/form-variables?deserializeValues=false",
        "/variables", "/form-variables", "/localVariables")) {
      ResponseEntity<String> read = get("sponsor-sjm", "/task/" + sjmVote + path);
      assertThat(read.getStatusCode().value()).as(path).isEqualTo(200);
      assertThat(read.getBody()).as(path).doesNotContain("65432").doesNotContain("caritas-valencia");
      JsonNode variables = JSON.readTree(read.getBody());
      assertThat(variables.has("signatories")).as(path).isFalse();
      assertThat(variables.has("totalBudgetEur")).as(path + ": with its own, the total would give the other's away")
          .isFalse();
      assertThat(variables.path("voterBudgetEur").path("value").asDouble()).as(path).isEqualTo(123456.0);
    }
    assertThat(get("sponsor-sjm", "/task/" + sjmVote + "/variables/signatories?deserializeValue=false")
        .getStatusCode().value()).isEqualTo(404);
    assertThat(get("sponsor-sjm", "/task/" + sjmVote + "/variables/totalBudgetEur").getStatusCode().value()).isEqualTo(404);
    assertThat(get("sponsor-sjm", "/process-instance/" + agreement + "/variables/signatories").getStatusCode().value())
        .isIn(403, 404);
    assertThat(get("sponsor-sjm", "/variable-instance?processInstanceIdIn=" + agreement).getBody())
        .doesNotContain("65432");
    assertThat(get("sponsor-sjm", "/history/variable-instance?processInstanceId=" + agreement).getBody())
        .doesNotContain("65432");

    // nor asked of its tasks, figure after figure
    ResponseEntity<String> bisect = get("sponsor-sjm", "/task?processVariables=totalBudgetEur_gt_150000");
    assertThat(bisect.getStatusCode().value()).as(bisect.getBody()).isEqualTo(400);
    assertThat(JSON.readTree(bisect.getBody()).path("field").asText()).isEqualTo("totalBudgetEur");
    assertThat(call("sponsor-sjm", HttpMethod.POST, "/task/count", Map.of("orQueries", List.of(Map.of(
        "processVariables", List.of(Map.of("name", "totalBudgetEur", "operator", "lt", "value", 200000))))))
        .getStatusCode().value()).isEqualTo(400);

    JsonNode caritas = JSON.readTree(get("sponsor-caritas-valencia", "/task/" + caritasVote + "/form-variables").getBody());
    assertThat(caritas.path("voterBudgetEur").path("value").asDouble()).isEqualTo(65432.5);
    assertThat(caritas.has("signatories")).isFalse();

    // the variables a completion may return are the same the task shows
    ResponseEntity<String> voted = call("sponsor-sjm", HttpMethod.POST, "/task/" + sjmVote + "/complete", Map.of(
        "variables", Map.of("extensionApproved", Map.of("value", true), "budgetEur", Map.of("value", 1000)), "withVariablesInReturn", true));
    assertThat(voted.getStatusCode().value()).as(voted.getBody()).isEqualTo(200);
    assertThat(voted.getBody()).doesNotContain("65432").doesNotContain("signatories").doesNotContain("totalBudgetEur");
    for (String path : List.of("/variables?deserializeValues=false", "/form-variables")) {
      assertThat(get("sponsor-caritas-valencia", "/task/" + caritasVote + path).getBody())
          .as("the budget another's yes carried: " + path).doesNotContain("proposedBudgets");
    }

    // who may read the agreement reads it whole, through the agreement
    ResponseEntity<String> whole = get("coordinator-gva", "/process-instance/" + agreement + "/variables/signatories"
        + "?deserializeValue=false");
    assertThat(whole.getStatusCode().value()).isEqualTo(200);
    assertThat(whole.getBody()).contains("65432.5").contains("123456");
  }

  @Test
  void theDashboardShowsASponsorNoOtherOrganisationsBudgetLine() throws Exception {
    agreementWithOpenVote();
    for (String sponsor : List.of("sjm", "caritas-valencia")) {
      ResponseEntity<String> figures = get("sponsor-" + sponsor, "/dashboard/api/figures", true);
      assertThat(figures.getStatusCode().value()).isEqualTo(200);
      for (JsonNode row : JSON.readTree(figures.getBody()).path("tables").path("budget").path("rows")) {
        assertThat(row.get(0).asText()).as(sponsor + "'s budget table").isEqualTo(sponsor);
      }
      ResponseEntity<String> csv = get("sponsor-" + sponsor, "/dashboard/api/figures/budget.csv", true);
      assertThat(csv.getBody()).doesNotContain("65432").doesNotContain("123456");
    }
  }

  // --- helpers

  /** Three signatories, three votes open. */
  private String agreementWithOpenVote() {
    String id = agreementWithOpenVote("CS-VB-", SIGNATORIES);
    assertThat(tasks.createTaskQuery().processInstanceId(id).taskDefinitionKey("VoteOnExtension").count()).isEqualTo(3);
    return id;
  }

  private ResponseEntity<String> get(String user, String path) {
    return get(user, path, false);
  }

  private ResponseEntity<String> get(String user, String path, boolean application) {
    String where = application ? "http://localhost:" + port + path : url(path);
    return rest(user).getForEntity(where, String.class);
  }

  private ResponseEntity<String> call(String user, HttpMethod method, String path, Object body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    headers.setAccept(List.of(MediaType.APPLICATION_JSON));
    return rest(user).exchange(url(path), method, new HttpEntity<>(body, headers), String.class);
  }
}
