package org.acollida.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.acollida.support.ProcessTestSupport;
import org.acollida.support.WebappSession;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * A case's documents through {@code /api/documents} (docs/documents.md): bad uploads refused naming the field with
 * nothing stored, another sponsor's case as one that does not exist, who adds which kind, who added what and when,
 * and the engine's own attachment doors closed to people.
 */
class DocumentRestTest extends ProcessTestSupport {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String SJM = "sponsor-sjm";
  private static final String CARITAS = "sponsor-caritas-valencia";
  private static final String COORDINATOR = "coordinator-gva";
  private static final String COMMISSION = "commission-member";
  private static final String PDF = "application/pdf";

  private String agreementCode;
  private String agreement;
  private String itinerary;

  @BeforeEach
  void aFamilyAboutToArrive() {
    today("2026-05-01");
    agreementCode = "CS-D-" + UUID.randomUUID().toString().substring(0, 8);
    agreement = engine.getRuntimeService().startProcessInstanceByKey("sponsorship-agreement", agreementCode,
        Variables.createVariables().putValue("agreementCode", agreementCode).putValue("startDate", "2026-04-01")
            .putValue("signatories", SpinValues.jsonValue("""
                [{"organisation":"gva","budgetEur":0},{"organisation":"sjm","budgetEur":100000},
                 {"organisation":"caritas-valencia","budgetEur":50000}]""").create())).getId();
    executeDueJobs(agreement);
    String family = "FAM-D-" + UUID.randomUUID().toString().substring(0, 8);
    itinerary = engine.getRuntimeService().startProcessInstanceByKey("integration-itinerary", family,
        Variables.createVariables().putValue("familyCode", family).putValue("agreementCode", agreementCode)
            .putValue("sponsorOrganisation", "sjm").putValue("municipality", "Alaquàs").putValue("members", 3)
            .putValue("minors", 0).putValue("arrivalDate", "2026-06-01")).getId();
    executeDueJobs(itinerary);
  }

  @Test
  void badUploadsAreRefusedWith400NamingTheFieldAndNothingIsStored() throws Exception {
    assertInvalid(upload(SJM, itinerary, "familyConsent", "consent.pdf", PDF, "<script>alert(1)</script>".getBytes()),
        "file");
    assertInvalid(upload(SJM, itinerary, "familyConsent", "consent.exe", "application/octet-stream", SMALL_PDF),
        "file");
    assertInvalid(upload(SJM, itinerary, "familyConsent", "consent.png", "image/png", SMALL_PDF), "file");
    byte[] tooBig = Arrays.copyOf(SMALL_PDF, 5 * 1024 * 1024 + 1);
    assertInvalid(upload(SJM, itinerary, "familyConsent", "consent.pdf", PDF, tooBig), "file");
    assertInvalid(upload(SJM, itinerary, "familyConsent", "consent.pdf", PDF, new byte[0]), "file");
    assertInvalid(upload(SJM, itinerary, "familyConsent", null, null, null), "file");
    assertInvalid(upload(SJM, itinerary, "selfie", "consent.pdf", PDF, SMALL_PDF), "kind");
    assertInvalid(upload(SJM, itinerary, null, "consent.pdf", PDF, SMALL_PDF), "kind");
    assertInvalid(upload(SJM, itinerary, "meetingMinutes", "minutes.pdf", PDF, SMALL_PDF), "kind");
    assertInvalid(upload(SJM, itinerary, "receipt", "receipt.pdf", PDF, SMALL_PDF), "kind");
    assertInvalid(upload(SJM, null, "familyConsent", "consent.pdf", PDF, SMALL_PDF), "processInstanceId");
    assertInvalid(basic(SJM).getForEntity(api(""), String.class), "processInstanceId");

    assertThat(engine.getTaskService().getProcessInstanceAttachments(itinerary)).as("nothing stored").isEmpty();
    assertThat(documents(SJM, itinerary)).isEmpty();
  }

  @Test
  void aSponsorReadsAndAddsOnlyItsOwnFamilysDocumentsAndHistoryKeepsWhoAddedWhatAndWhen() throws Exception {
    Instant now = ClockUtil.getCurrentTime().toInstant();
    ResponseEntity<String> added = upload(SJM, itinerary, "familyConsent", "C:\\scans\\consent \"signed\".pdf", PDF,
        SMALL_PDF);
    assertThat(added.getStatusCode().value()).as(added.getBody()).isEqualTo(201);
    JsonNode document = JSON.readTree(added.getBody());
    assertThat(document.path("kind").asText()).isEqualTo("familyConsent");
    assertThat(document.path("name").asText()).as("the file's own name, no path, no quotes").isEqualTo("consent signed.pdf");
    assertThat(document.path("type").asText()).isEqualTo(PDF);
    assertThat(document.path("size").asLong()).isEqualTo(SMALL_PDF.length);
    assertThat(document.path("addedBy").asText()).isEqualTo(SJM);
    assertThat(Instant.parse(document.path("addedAt").asText())).isEqualTo(now);
    String id = document.path("id").asText();

    // the engine's own history: the attachment's time, and who added it in the user operation log
    assertThat(engine.getTaskService().getAttachment(id).getCreateTime().toInstant()).isEqualTo(now);
    List<UserOperationLogEntry> log = engine.getHistoryService().createUserOperationLogQuery()
        .processInstanceId(itinerary).operationType(UserOperationLogEntry.OPERATION_TYPE_ADD_ATTACHMENT).list();
    assertThat(log).hasSize(1);
    assertThat(log.get(0).getUserId()).isEqualTo(SJM);
    assertThat(log.get(0).getTimestamp().toInstant()).isEqualTo(now);
    String family = engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(itinerary)
        .singleResult().getBusinessKey();
    ResponseEntity<String> trail = basic(COORDINATOR).getForEntity("http://localhost:" + port
        + "/audit/integration-itinerary/" + family + ".csv?lang=en", String.class);
    assertThat(trail.getBody()).as("the case's audit trail names who added which file")
        .contains(SJM + ",DOCUMENT_ADDED,consent signed.pdf,,Added a document: consent signed.pdf");

    // its own sponsor and the regional government read it; another sponsor gets what it would for no case at all
    assertThat(documents(SJM, itinerary)).extracting(d -> d.path("id").asText()).containsExactly(id);
    assertThat(documents(COORDINATOR, itinerary)).extracting(d -> d.path("addedBy").asText()).containsExactly(SJM);
    assertThat(list(CARITAS, itinerary).getStatusCode().value()).isEqualTo(404);
    assertThat(list(CARITAS, "no-such-case").getStatusCode().value()).isEqualTo(404);
    assertThat(download(CARITAS, id).getStatusCode().value()).isEqualTo(404);
    assertThat(download(SJM, "no-such-document").getStatusCode().value()).isEqualTo(404);
    assertThat(upload(CARITAS, itinerary, "familyConsent", "consent.pdf", PDF, SMALL_PDF).getStatusCode().value())
        .isEqualTo(404);
    for (String reader : List.of(SJM, COORDINATOR)) {
      ResponseEntity<byte[]> content = download(reader, id);
      assertThat(content.getStatusCode().value()).isEqualTo(200);
      assertThat(content.getBody()).isEqualTo(SMALL_PDF);
      assertThat(content.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
      assertThat(content.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION)).startsWith("attachment;");
      assertThat(content.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
    }

    // the agreement's documents: the regional government adds the signed agreement, the Joint Commission minutes;
    // a sponsor, who may not read the agreement's instance, does not see them
    assertThat(upload(COMMISSION, agreement, "signedAgreement", "agreement.pdf", PDF, SMALL_PDF).getStatusCode()
        .value()).as("the signed agreement is the regional government's").isEqualTo(403);
    assertThat(upload(COORDINATOR, agreement, "signedAgreement", "agreement.pdf", PDF, SMALL_PDF).getStatusCode()
        .value()).isEqualTo(201);
    assertThat(upload(COMMISSION, agreement, "meetingMinutes", "minutes.jpg", "image/jpeg",
        new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0, 0, 0}).getStatusCode().value()).isEqualTo(201);
    assertThat(documents(COMMISSION, agreement)).extracting(d -> d.path("kind").asText())
        .containsExactlyInAnyOrder("signedAgreement", "meetingMinutes");
    assertThat(list(SJM, agreement).getStatusCode().value()).isEqualTo(404);
    assertThat(upload(SJM, agreement, "meetingMinutes", "minutes.pdf", PDF, SMALL_PDF).getStatusCode().value())
        .isEqualTo(404);
    assertThat(list(COMMISSION, itinerary).getStatusCode().value()).as("the Joint Commission follows families")
        .isEqualTo(200);
    assertThat(upload(COMMISSION, itinerary, "familyConsent", "consent.pdf", PDF, SMALL_PDF).getStatusCode().value())
        .as("but the consent is the family's sponsor's to add").isEqualTo(403);

    // nobody signed in
    TestRestTemplate anonymous = new TestRestTemplate();
    assertThat(anonymous.getForEntity(api("?processInstanceId=" + itinerary), String.class).getStatusCode().value())
        .isEqualTo(401);
    assertThat(anonymous.getForEntity(api("/" + id + "/content"), String.class).getStatusCode().value()).isEqualTo(401);
    assertThat(send(anonymous, new HttpHeaders(), itinerary, "familyConsent", "c.pdf", PDF, SMALL_PDF)
        .getStatusCode().value()).isEqualTo(401);
    assertThat(engine.getTaskService().getProcessInstanceAttachments(itinerary)).hasSize(1);
  }

  @Test
  void theEnginesOwnAttachmentDoorsAreClosedToPeopleAndTheConsentOpensTheReception() throws Exception {
    Task reception = engine.getTaskService().createTaskQuery().processInstanceId(itinerary)
        .taskDefinitionKey("PrepareReception").singleResult();
    // Camunda's REST: POST /task/{id}/attachment/create would store anything, unchecked
    MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
    form.add("attachment-name", "consent.pdf");
    form.add("attachment-type", "familyConsent");
    form.add("content", part("content", "consent.pdf", PDF, SMALL_PDF));
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    ResponseEntity<String> viaEngineRest = rest(SJM).exchange(url("/task/" + reception.getId() + "/attachment/create"),
        HttpMethod.POST, new HttpEntity<>(form, headers), String.class);
    assertThat(viaEngineRest.getStatusCode().value()).as(viaEngineRest.getBody()).isEqualTo(403);
    // the Java API with a person signed in
    signIn(SJM, "sjm");
    Throwable viaJava = catchThrowable(() -> engine.getTaskService().createAttachment("familyConsent", null, itinerary,
        "consent.pdf", null, new ByteArrayInputStream(SMALL_PDF)));
    assertThat(viaJava).isInstanceOf(AuthorizationException.class);
    signOut();
    assertThat(engine.getTaskService().getProcessInstanceAttachments(itinerary)).as("nothing stored").isEmpty();

    // the reception cannot be completed through REST without the consent: 400 naming it
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put("housingType", Map.of("value", "SOCIAL_HOUSING", "type", "String"));
    variables.put("housingReadyDate", Map.of("value", "2026-05-20", "type", "String"));
    assertThat(post(SJM, "/task/" + reception.getId() + "/claim", Map.of("userId", SJM)).getStatusCode().value())
        .isEqualTo(204);
    ResponseEntity<Map> refused = post(SJM, "/task/" + reception.getId() + "/complete", Map.of("variables", variables));
    assertThat(refused.getStatusCode().value()).isEqualTo(400);
    assertThat(refused.getBody()).containsEntry("field", "familyConsent");

    String id = JSON.readTree(upload(SJM, itinerary, "familyConsent", "consent.pdf", PDF, SMALL_PDF).getBody())
        .path("id").asText();
    // once added, a document stays: the engine's delete is closed too
    ResponseEntity<String> deleted = rest(COORDINATOR).exchange(url("/task/" + reception.getId() + "/attachment/" + id),
        HttpMethod.DELETE, HttpEntity.EMPTY, String.class);
    assertThat(deleted.getStatusCode().value()).as(deleted.getBody()).isIn(403, 404);
    assertThat(engine.getTaskService().getAttachment(id)).isNotNull();

    assertThat(post(SJM, "/task/" + reception.getId() + "/complete", Map.of("variables", variables))
        .getStatusCode().value()).isEqualTo(204);
  }

  @Test
  void aPostWithTheWebappsSessionCarriesTheirCsrfToken() throws Exception {
    WebappSession session = WebappSession.signIn(port, SJM);
    HttpHeaders withoutToken = session.headers();
    withoutToken.remove("X-XSRF-TOKEN");
    assertThat(send(new TestRestTemplate(), withoutToken, itinerary, "familyConsent", "c.pdf", PDF, SMALL_PDF)
        .getStatusCode().value()).isEqualTo(403);
    HttpHeaders wrongToken = session.headers();
    wrongToken.set("X-XSRF-TOKEN", "guessed");
    assertThat(send(new TestRestTemplate(), wrongToken, itinerary, "familyConsent", "c.pdf", PDF, SMALL_PDF)
        .getStatusCode().value()).isEqualTo(403);
    assertThat(engine.getTaskService().getProcessInstanceAttachments(itinerary)).isEmpty();

    ResponseEntity<String> added = send(new TestRestTemplate(), session.headers(), itinerary, "familyConsent",
        "c.pdf", PDF, SMALL_PDF);
    assertThat(added.getStatusCode().value()).as(added.getBody()).isEqualTo(201);
    ResponseEntity<String> listed = new TestRestTemplate().exchange(api("?processInstanceId=" + itinerary),
        HttpMethod.GET, new HttpEntity<>(session.headers()), String.class);
    assertThat(JSON.readTree(listed.getBody()).path("kindsYouMayAdd").toString()).isEqualTo("[\"familyConsent\"]");
  }

  @Test
  void theSignedAgreementMayComeWithTheRegistration() throws Exception {
    String code = "CS-S-" + UUID.randomUUID().toString().substring(0, 8);
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put("agreementCode", Map.of("value", code, "type", "String"));
    variables.put("startDate", Map.of("value", "2026-04-01", "type", "String"));
    variables.put("signatories", Map.of("value",
        "[{\"organisation\":\"gva\",\"budgetEur\":0},{\"organisation\":\"sjm\",\"budgetEur\":1000}]", "type", "Json"));
    variables.put("signedAgreement", Map.of("value", Base64.getEncoder().encodeToString("<html>".getBytes()),
        "type", "File", "valueInfo", Map.of("filename", "signed.pdf", "mimeType", PDF)));
    ResponseEntity<Map> refused = post(COORDINATOR, "/process-definition/key/sponsorship-agreement/start",
        Map.of("variables", variables));
    assertThat(refused.getStatusCode().value()).isEqualTo(400);
    assertThat(refused.getBody()).containsEntry("field", "signedAgreement");
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceBusinessKey(code).count())
        .as("nothing stored").isZero();

    variables.put("signedAgreement", Map.of("value", Base64.getEncoder().encodeToString(SMALL_PDF), "type", "File",
        "valueInfo", Map.of("filename", "signed.pdf", "mimeType", PDF)));
    ResponseEntity<Map> started = post(COORDINATOR, "/process-definition/key/sponsorship-agreement/start",
        Map.of("variables", variables));
    assertThat(started.getStatusCode().value()).as(String.valueOf(started.getBody())).isEqualTo(200);
    List<JsonNode> signed = documents(COORDINATOR, (String) started.getBody().get("id"));
    assertThat(signed).extracting(d -> d.path("kind").asText() + " " + d.path("name").asText() + " by "
        + d.path("addedBy").asText()).containsExactly("signedAgreement signed.pdf by " + COORDINATOR);
    assertThat(download(COORDINATOR, signed.get(0).path("id").asText()).getBody()).isEqualTo(SMALL_PDF);
    assertThat(list(SJM, (String) started.getBody().get("id")).getStatusCode().value())
        .as("a sponsor does not read the agreement's case").isEqualTo(404);
  }

  @Test
  void anExpensesReceiptIsAmongItsDocumentsReadOnly() throws Exception {
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put("agreementCode", Map.of("value", agreementCode, "type", "String"));
    variables.put("expenseDate", Map.of("value", "2026-04-20", "type", "String"));
    variables.put("amountEur", Map.of("value", 80.5, "type", "Double"));
    variables.put("category", Map.of("value", "TRANSPORT", "type", "String"));
    variables.put("receipt", Map.of("value", Base64.getEncoder().encodeToString(SMALL_PDF), "type", "File",
        "valueInfo", Map.of("filename", "bus.pdf", "mimeType", PDF)));
    ResponseEntity<Map> started = post(SJM, "/process-definition/key/record-expense/start", Map.of("variables", variables));
    assertThat(started.getStatusCode().value()).isEqualTo(200);
    String expense = (String) started.getBody().get("id");

    List<JsonNode> receipts = documents(SJM, expense);
    assertThat(receipts).hasSize(1);
    assertThat(receipts.get(0).path("kind").asText()).isEqualTo("receipt");
    assertThat(receipts.get(0).path("name").asText()).isEqualTo("bus.pdf");
    assertThat(receipts.get(0).path("addedBy").asText()).isEqualTo(SJM);
    String id = receipts.get(0).path("id").asText();
    assertThat(download(SJM, id).getBody()).isEqualTo(SMALL_PDF);
    assertThat(download(COORDINATOR, id).getStatusCode().value()).isEqualTo(200);
    assertThat(download(CARITAS, id).getStatusCode().value()).isEqualTo(404);
    assertThat(list(CARITAS, expense).getStatusCode().value()).isEqualTo(404);
    assertInvalid(upload(SJM, expense, "receipt", "late.pdf", PDF, SMALL_PDF), "kind");

    // the expense started sjm's justification under the agreement: its documents are the justifying sponsor's
    executeDueJobs(expense);
    String justification = engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey("spending-justification").processInstanceBusinessKey(agreementCode + "/sjm")
        .singleResult().getId();
    assertThat(upload(SJM, justification, "justification", "statement.png", "image/png",
        new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0}).getStatusCode().value()).isEqualTo(201);
    assertThat(upload(COORDINATOR, justification, "justification", "statement.pdf", PDF, SMALL_PDF).getStatusCode()
        .value()).as("the regional government reviews, the sponsor justifies").isEqualTo(403);
    assertThat(upload(CARITAS, justification, "justification", "statement.pdf", PDF, SMALL_PDF).getStatusCode()
        .value()).isEqualTo(404);
    assertThat(documents(COORDINATOR, justification)).extracting(d -> d.path("type").asText())
        .containsExactly("image/png");
  }

  // helpers

  private List<JsonNode> documents(String user, String processInstanceId) throws Exception {
    ResponseEntity<String> response = list(user, processInstanceId);
    assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(200);
    List<JsonNode> documents = new java.util.ArrayList<>();
    JSON.readTree(response.getBody()).path("documents").forEach(documents::add);
    return documents;
  }

  private ResponseEntity<String> list(String user, String processInstanceId) {
    return basic(user).getForEntity(api("?processInstanceId=" + processInstanceId), String.class);
  }

  private ResponseEntity<byte[]> download(String user, String id) {
    return basic(user).getForEntity(api("/" + id + "/content"), byte[].class);
  }

  private ResponseEntity<String> upload(String user, String processInstanceId, String kind, String name, String type,
      byte[] content) {
    return send(basic(user), new HttpHeaders(), processInstanceId, kind, name, type, content);
  }

  private ResponseEntity<String> send(TestRestTemplate client, HttpHeaders headers, String processInstanceId,
      String kind, String name, String type, byte[] content) {
    MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
    if (processInstanceId != null) {
      form.add("processInstanceId", processInstanceId);
    }
    if (kind != null) {
      form.add("kind", kind);
    }
    if (content != null) {
      form.add("file", part("file", name, type, content));
    }
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    return client.exchange(api(""), HttpMethod.POST, new HttpEntity<>(form, headers), String.class);
  }

  private static HttpEntity<ByteArrayResource> part(String field, String name, String type, byte[] content) {
    HttpHeaders part = new HttpHeaders();
    part.setContentType(MediaType.parseMediaType(type));
    part.setContentDispositionFormData(field, name);
    return new HttpEntity<>(new ByteArrayResource(content) {
      @Override
      public String getFilename() {
        return name;
      }
    }, part);
  }

  private static void assertInvalid(ResponseEntity<String> response, String field) throws Exception {
    assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(400);
    assertThat(JSON.readTree(response.getBody()).path("field").asText()).as(response.getBody()).isEqualTo(field);
  }

  private TestRestTemplate basic(String user) {
    return new TestRestTemplate().withBasicAuth(user, user);
  }

  private String api(String path) {
    return "http://localhost:" + port + "/api/documents" + path;
  }
}
