package org.acollida.spending;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.acollida.support.ProcessTestSupport;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Expenses and receipts through the REST API: refusals of bad input, and each sponsor seeing only its own. */
class SpendingRestTest extends ProcessTestSupport {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String SJM = "sponsor-sjm";
  private static final String CARITAS = "sponsor-caritas-valencia";
  private static final String COORDINATOR = "coordinator-gva";
  private static final String START = "/process-definition/key/record-expense/start";

  private String agreement;

  @BeforeEach
  void agreementInForce() {
    today("2026-05-01");
    agreement = "CS-R-" + UUID.randomUUID().toString().substring(0, 8);
    String id = engine.getRuntimeService().startProcessInstanceByKey("sponsorship-agreement", agreement,
        Variables.createVariables().putValue("agreementCode", agreement).putValue("startDate", "2026-04-01")
            .putValue("signatories", SpinValues.jsonValue("""
                [{"organisation":"gva","budgetEur":0},{"organisation":"sjm","budgetEur":100000},
                 {"organisation":"caritas-valencia","budgetEur":50000}]""").create())).getId();
    executeDueJobs(id);
  }

  @Test
  void badExpensesAreRefusedWith400NamingTheFieldAndNothingIsCreated() throws Exception {
    long before = expenses();
    assertRefusedOver(call(SJM, HttpMethod.POST, START, body(expense(), "amountEur", typed(0, "Double"))), "amountEur");
    assertRefusedOver(call(SJM, HttpMethod.POST, START, body(expense(), "amountEur", typed(-10, "Double"))), "amountEur");
    assertRefusedOver(call(SJM, HttpMethod.POST, START, body(expense(), "amountEur", typed(10.001, "Double"))),
        "amountEur");
    assertRefusedOver(call(SJM, HttpMethod.POST, START, body(expense(), "expenseDate", typed(
        LocalDate.parse("2026-05-02").toString(), "String"))), "expenseDate");
    assertRefusedOver(call(SJM, HttpMethod.POST, START, body(expense(), "category", typed("CHOCOLATE", "String"))),
        "category");
    assertRefusedOver(call(SJM, HttpMethod.POST, START, body(expense(), "familyCode", typed("FAM-ELSEWHERE", "String"))),
        "familyCode");
    assertRefusedOver(call(SJM, HttpMethod.POST, START, body(expense(), "organisation",
        typed("caritas-valencia", "String"))), "organisation");
    assertRefusedOver(call(SJM, HttpMethod.POST, START, body(expense(), "agreementCode", typed("CS-VAL-NOPE", "String"))),
        "agreementCode");
    assertRefusedOver(call(SJM, HttpMethod.POST, START, body(expense(), "receipt",
        file("receipt.pdf", "application/pdf", "<script>alert(1)</script>".getBytes()))), "receipt");
    assertRefusedOver(call(SJM, HttpMethod.POST, START, body(expense(), "receipt",
        file("receipt.exe", "application/octet-stream", Receipts.PDF))), "receipt");
    assertRefusedOver(call(COORDINATOR, HttpMethod.POST, START, body(expense())), "organisation");
    assertThat(expenses()).as("nothing created").isEqualTo(before);

    ResponseEntity<String> started = call(SJM, HttpMethod.POST, START, body(expense(), "receipt",
        file("receipt.pdf", "application/pdf", Receipts.PDF)));
    assertThat(started.getStatusCode().value()).as(started.getBody()).isEqualTo(200);
    assertThat(JSON.readTree(started.getBody()).path("tenantId").asText()).isEqualTo("sjm");
    assertThat(expenses()).isEqualTo(before + 1);

    ResponseEntity<String> other = call("facilitator", HttpMethod.POST, START, body(expense()));
    assertThat(other.getStatusCode().value()).as("only sponsors and the regional government record expenses")
        .isIn(403, 404);
    ResponseEntity<String> notAnExpense = call(SJM, HttpMethod.POST,
        "/process-definition/key/consultation-round/start", Map.of("variables", Map.of()));
    assertThat(notAnExpense.getStatusCode().value()).as("a sponsor starts expenses, nothing else").isIn(403, 404);
    assertThat(expenses()).isEqualTo(before + 1);
  }

  @Test
  void aSponsorNeverSeesAnotherSponsorsExpensesOrReceiptsWhileTheRegionalGovernmentSeesAll() throws Exception {
    String sjmExpense = started(SJM, body(expense(), "receipt", file("receipt.jpg", "image/jpeg", Receipts.JPEG)));
    String caritasExpense = started(CARITAS, body(expense(), "receipt", file("receipt.png", "image/png", Receipts.PNG)));

    assertThat(ids(call(SJM, HttpMethod.GET, "/process-instance?processDefinitionKey=record-expense&maxResults=500", null)))
        .contains(sjmExpense).doesNotContain(caritasExpense);
    assertThat(ids(call(SJM, HttpMethod.GET, "/history/process-instance?processDefinitionKey=record-expense"
        + "&maxResults=500", null))).contains(sjmExpense).doesNotContain(caritasExpense);
    assertThat(ids(call(SJM, HttpMethod.GET, "/history/variable-instance?processInstanceId=" + caritasExpense, null)))
        .isEmpty();
    assertDenied(call(SJM, HttpMethod.GET, "/process-instance/" + caritasExpense, null));
    assertDenied(call(SJM, HttpMethod.GET, "/process-instance/" + caritasExpense + "/variables", null));
    assertDenied(call(SJM, HttpMethod.GET, "/process-instance/" + caritasExpense + "/variables/receipt/data", null));
    assertDenied(call(SJM, HttpMethod.PUT, "/process-instance/" + caritasExpense + "/variables/amountEur",
        Map.of("value", 1, "type", "Double")));
    assertDenied(call(SJM, HttpMethod.DELETE, "/process-instance/" + caritasExpense, null));
    String caritasReceipt = receiptVariableId(COORDINATOR, caritasExpense);
    assertDenied(call(SJM, HttpMethod.GET, "/history/variable-instance/" + caritasReceipt + "/data", null));
    assertDenied(call(SJM, HttpMethod.GET, "/history/variable-instance/" + caritasReceipt, null));

    // its own receipt, as stored
    ResponseEntity<byte[]> own = bytes(SJM, "/history/variable-instance/" + receiptVariableId(SJM, sjmExpense) + "/data");
    assertThat(own.getStatusCode().value()).isEqualTo(200);
    assertThat(own.getBody()).isEqualTo(Receipts.JPEG);

    // the regional government reads both
    assertThat(ids(call(COORDINATOR, HttpMethod.GET, "/history/process-instance?processDefinitionKey=record-expense"
        + "&maxResults=500", null))).contains(sjmExpense, caritasExpense);
    ResponseEntity<byte[]> png = bytes(COORDINATOR, "/history/variable-instance/" + caritasReceipt + "/data");
    assertThat(png.getStatusCode().value()).isEqualTo(200);
    assertThat(png.getBody()).isEqualTo(Receipts.PNG);
  }

  // helpers

  private Map<String, Object> expense() {
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put("agreementCode", typed(agreement, "String"));
    variables.put("expenseDate", typed("2026-04-20", "String"));
    variables.put("amountEur", typed(250.75, "Double"));
    variables.put("category", typed("LANGUAGE", "String"));
    return variables;
  }

  private static Map<String, Object> typed(Object value, String type) {
    return Map.of("value", value, "type", type);
  }

  private static Map<String, Object> file(String name, String type, byte[] content) {
    return Map.of("value", Base64.getEncoder().encodeToString(content), "type", "File",
        "valueInfo", Map.of("filename", name, "mimeType", type));
  }

  private static Map<String, Object> body(Map<String, Object> variables) {
    return Map.of("variables", variables);
  }

  private static Map<String, Object> body(Map<String, Object> variables, String name, Object value) {
    variables.put(name, value);
    return Map.of("variables", variables);
  }

  private String started(String user, Object body) throws Exception {
    ResponseEntity<String> started = call(user, HttpMethod.POST, START, body);
    assertThat(started.getStatusCode().value()).as(started.getBody()).isEqualTo(200);
    return JSON.readTree(started.getBody()).path("id").asText();
  }

  private String receiptVariableId(String user, String processInstanceId) throws Exception {
    ResponseEntity<String> variables = call(user, HttpMethod.GET,
        "/history/variable-instance?variableName=receipt&processInstanceId=" + processInstanceId, null);
    List<String> ids = ids(variables);
    assertThat(ids).hasSize(1);
    return ids.get(0);
  }

  private long expenses() {
    return engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey("record-expense").count();
  }

  private ResponseEntity<String> call(String user, HttpMethod method, String path, Object body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    headers.setAccept(List.of(MediaType.APPLICATION_JSON));
    return rest(user).exchange(url(path), method, new HttpEntity<>(body, headers), String.class);
  }

  private ResponseEntity<byte[]> bytes(String user, String path) {
    return rest(user).exchange(url(path), HttpMethod.GET, HttpEntity.EMPTY, byte[].class);
  }

  private static void assertRefusedOver(ResponseEntity<String> response, String field) throws Exception {
    JsonNode body = JSON.readTree(response.getBody());
    assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(400);
    assertThat(body.path("field").asText()).as(response.getBody()).isEqualTo(field);
    assertThat(body.path("message").asText()).contains(field);
  }
}
