package org.acollida.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.UUID;
import org.acollida.agreement.AgreementTasks;
import org.acollida.agreement.AgreementVariables;
import org.acollida.contract.ProgrammeCalendar;
import org.acollida.support.ProcessTestSupport;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

/** Tasklist asks the REST API for a task's form with the browser's languages; each person gets their language. */
class LocalisedFormsTest extends ProcessTestSupport {

  private static String agreement;

  @Autowired TaskService tasks;
  @Autowired RuntimeService runtime;

  @ParameterizedTest(name = "a browser in {0} gets the form {1} and its label \"{2}\"")
  @CsvSource(delimiter = '|', value = {
      "es-ES,es;q=0.9,en;q=0.8 | vote-on-extension-es | ¿Está de acuerdo su organización en prorrogar el convenio dos años?",
      "ca-ES-valencia,ca;q=0.9,es;q=0.8 | vote-on-extension-ca | Està d'acord la seua organització a prorrogar el conveni dos anys?",
      "fr-FR,fr;q=0.9,es;q=0.5 | vote-on-extension | Does your organisation agree to extend the agreement by two years?",
      "'' | vote-on-extension | Does your organisation agree to extend the agreement by two years?"})
  void aVoteFormInTheBrowsersLanguage(String acceptLanguage, String formId, String question) {
    Task vote = pilotVoteOf("sjm");
    JsonNode form = get("sponsor-sjm", "/task/" + vote.getId() + "/form", acceptLanguage).getBody();
    assertThat(form.at("/camundaFormRef/key").asText()).isEqualTo(formId);

    JsonNode deployed = get("sponsor-sjm", "/task/" + vote.getId() + "/deployed-form", acceptLanguage).getBody();
    assertThat(deployed.get("id").asText()).isEqualTo(formId);
    assertThat(deployed.findValuesAsText("label")).contains(question);
    // what is submitted is the same whatever the language
    assertThat(deployed.findValuesAsText("key")).contains("extensionApproved");
    assertThat(deployed.findValuesAsText("value")).containsExactlyInAnyOrder("true", "false");
  }

  @Test
  void theTaskIsNamedInTheBrowsersLanguage() {
    Task vote = pilotVoteOf("sjm");
    assertThat(get("sponsor-sjm", "/task/" + vote.getId(), "es").getBody().get("name").asText())
        .isEqualTo("Votar la prórroga del convenio");
    assertThat(get("sponsor-sjm", "/task/" + vote.getId(), "ca-ES").getBody().get("name").asText())
        .isEqualTo("Votar la pròrroga del conveni");
    assertThat(get("sponsor-sjm", "/task/" + vote.getId(), "en").getBody().get("name").asText())
        .isEqualTo("Vote on extending the agreement");
  }

  @Test
  void theStartFormInTheBrowsersLanguage() {
    String path = "/process-definition/key/sponsorship-agreement/deployed-start-form";
    assertThat(get("coordinator-gva", path, "es-ES").getBody().get("id").asText()).isEqualTo("agreement-registration-es");
    assertThat(get("coordinator-gva", path, "ca").getBody().findValuesAsText("label")).contains("Codi del conveni");
    assertThat(get("coordinator-gva", path, "en-GB").getBody().findValuesAsText("label")).contains("Agreement code");
  }

  @Test
  void theEngineItselfStillSeesTheEnglishForm() {
    Task vote = pilotVoteOf("gva");
    assertThat(engine.getFormService().getTaskFormData(vote.getId()).getCamundaFormRef().getKey())
        .isEqualTo("vote-on-extension");
  }

  @Test
  void theLanguageIsTheBrowsersFirstOneWhenWeHaveIt() {
    assertThat(UserLanguage.fromAcceptLanguage("ca-ES-valencia")).isEqualTo("ca");
    assertThat(UserLanguage.fromAcceptLanguage("es-419,en;q=0.5")).isEqualTo("es");
    assertThat(UserLanguage.fromAcceptLanguage("en;q=0.4,ca;q=0.9")).isEqualTo("ca");
    assertThat(UserLanguage.fromAcceptLanguage("de-DE,es;q=0.9")).isEqualTo("en");
    assertThat(UserLanguage.fromAcceptLanguage("not a header ;;")).isEqualTo("en");
    assertThat(UserLanguage.fromAcceptLanguage(null)).isEqualTo("en");
  }

  /** An agreement of our own whose extension vote is open (its term ends in two months). */
  private Task pilotVoteOf(String organisation) {
    if (agreement == null) {
      String code = "CS-I18N-" + UUID.randomUUID().toString().substring(0, 8);
      agreement = runtime.startProcessInstanceByKey("sponsorship-agreement", code, Variables.createVariables()
          .putValue(AgreementVariables.AGREEMENT_CODE, code)
          .putValue(AgreementVariables.START_DATE, ProgrammeCalendar.today().minusMonths(22).withDayOfMonth(1).toString())
          .putValue(AgreementVariables.SIGNATORIES, SpinValues.jsonValue(
              "[{\"organisation\":\"gva\",\"budgetEur\":0},{\"organisation\":\"sjm\",\"budgetEur\":1000}]").create()))
          .getId();
      executeDueJobs(agreement);
    }
    List<Task> votes = tasks.createTaskQuery().processInstanceId(agreement).taskDefinitionKey(AgreementTasks.VOTE_ON_EXTENSION)
        .taskCandidateGroup(organisation).list();
    assertThat(votes).as("the vote for " + organisation).hasSize(1);
    return votes.get(0);
  }

  private ResponseEntity<JsonNode> get(String user, String path, String acceptLanguage) {
    HttpHeaders headers = new HttpHeaders();
    if (!acceptLanguage.isBlank()) {
      headers.set(HttpHeaders.ACCEPT_LANGUAGE, acceptLanguage);
    }
    ResponseEntity<JsonNode> response = new TestRestTemplate().withBasicAuth(user, user).exchange(
        "http://localhost:" + port + "/engine-rest" + path, HttpMethod.GET, new HttpEntity<>(headers), JsonNode.class);
    assertThat(response.getStatusCode().is2xxSuccessful()).as(path + " " + response.getBody()).isTrue();
    return response;
  }
}
