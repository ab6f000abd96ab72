package org.acollida.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.ObjectOutputStream;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

/** Malformed requests are the client's mistake: a 400 naming the parameter or variable, never a 500. */
class RestInputErrorsTest extends WebTestSupport {

  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;

  @ParameterizedTest(name = "{0} {1}?{2}={3}")
  @CsvSource({
      "GET, /task, firstResult, -3",
      "GET, /task, maxResults, -5",
      "POST, /task, maxResults, -1",
      "GET, /process-instance, firstResult, -3",
      "GET, /process-instance, maxResults, -5",
      "GET, /history/process-instance, firstResult, -3",
      "POST, /history/process-instance, maxResults, -5",
      "GET, /history/variable-instance, firstResult, -1",
      "GET, /history/variable-instance, maxResults, -5",
      "GET, /process-definition, maxResults, -5",
      "GET, /task, firstResult, three",
      "GET, /task, maxResults, 99999999999"})
  void badPagingIsA400NamingTheParameter(String method, String path, String parameter, String value) throws Exception {
    ResponseEntity<String> response = call("coordinator-gva", HttpMethod.valueOf(method),
        path + "?" + parameter + "=" + value, method.equals("POST") ? Map.of() : null);

    assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(400);
    JsonNode body = json(response);
    assertThat(body.path("field").asText()).isEqualTo(parameter);
    assertThat(body.path("message").asText()).startsWith(parameter + ": ");
  }

  @Test
  void goodPagingStillPages() throws Exception {
    ResponseEntity<String> response = call("coordinator-gva", HttpMethod.GET, "/process-definition?firstResult=0&maxResults=1", null);
    assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(200);
    assertThat(json(response).size()).isEqualTo(1);
  }

  @Test
  void aJavaSerializedObjectVariableIsA400NamingTheVariableAndStartsNothing() throws Exception {
    String code = "CS-SER-" + UUID.randomUUID().toString().substring(0, 8);
    Map<String, Object> serialized = Map.of("type", "Object", "value", javaSerialized("anything"), "valueInfo", Map.of(
        "objectTypeName", "java.lang.String", "serializationDataFormat", "application/x-java-serialized-object"));
    Map<String, Object> body = Map.of("businessKey", code, "variables", Map.of(
        "agreementCode", Map.of("value", code),
        "startDate", Map.of("value", "2026-01-15"),
        "signatories", Map.of("type", "Json", "value",
            "[{\"organisation\":\"gva\",\"budgetEur\":0},{\"organisation\":\"sjm\",\"budgetEur\":1000}]"),
        "payload", serialized));

    ResponseEntity<String> response = call("coordinator-gva", HttpMethod.POST,
        "/process-definition/key/sponsorship-agreement/start", body);

    assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(400);
    assertThat(json(response).path("field").asText()).isEqualTo("payload");
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(code).count()).isZero();
  }

  @Test
  void completingATaskSomeoneElseCompletedAMomentAgoIsA404() throws Exception {
    String agreement = agreementWithOpenVote("CS-GONE-",
        "[{\"organisation\":\"gva\",\"budgetEur\":0},{\"organisation\":\"sjm\",\"budgetEur\":1000}]");
    String vote = tasks.createTaskQuery().processInstanceId(agreement).taskCandidateGroup("sjm").singleResult().getId();
    Map<String, Object> yes = Map.of("variables", Map.of("extensionApproved", Map.of("value", true), "budgetEur", Map.of("value", 1000)));

    assertThat(call("sponsor-sjm", HttpMethod.POST, "/task/" + vote + "/complete", yes).getStatusCode().value())
        .isEqualTo(204);
    ResponseEntity<String> again = call("sponsor-sjm", HttpMethod.POST, "/task/" + vote + "/complete", yes);

    assertThat(again.getStatusCode().value()).as(again.getBody()).isEqualTo(404);
    assertThat(runtime.getVariable(agreement, "votesInFavour")).isEqualTo(1);
  }

  private static String javaSerialized(Object value) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(value);
    }
    return Base64.getEncoder().encodeToString(bytes.toByteArray());
  }
}
