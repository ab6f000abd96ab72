package org.acollida.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.acollida.contract.ProgrammeCalendar;
import org.acollida.support.ProcessTestSupport;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** What each role finds first in Tasklist, and the overdue tasks, read through the REST API as Tasklist reads them. */
class TasklistFiltersRestTest extends ProcessTestSupport {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String STAKEHOLDERS = """
      [{"id":"asoc-senegalesa","name":"Asociación de Senegaleses de Valencia","category":"MIGRANT_ASSOCIATION","user":"stakeholder-1"},
       {"id":"mujeres-migrantes","name":"Mujeres Migrantes en Acción","category":"MIGRANT_ASSOCIATION","user":"stakeholder-2"},
       {"id":"cepaim","name":"Fundación CEPAIM","category":"NGO","user":"stakeholder-3"}]""";
  private static final String SIGNATORIES = """
      [{"organisation":"gva","budgetEur":0},{"organisation":"sjm","budgetEur":100000},
       {"organisation":"caritas-valencia","budgetEur":50000}]""";

  @Test
  void aStakeholdersFirstFilterListsItsContributionTask() throws Exception {
    String code = "CR-" + UUID.randomUUID().toString().substring(0, 8);
    String round = engine.getRuntimeService().startProcessInstanceByKey("consultation-round", code,
        Variables.createVariables().putValue("consultationCode", code)
            .putValue("topic", "Access to decent housing for migrant families").putValue("strategyPriority", 3)
            .putValue("stakeholders", SpinValues.jsonValue(STAKEHOLDERS).create())
            .putValue("contributionDeadline", ProgrammeCalendar.today().plusDays(14).toString())).getId();
    executeDueJobs(round);
    Task invitation = tasks().createTaskQuery().processInstanceId(round).taskDefinitionKey("SubmitContribution")
        .taskAssignee("stakeholder-1").singleResult();

    JsonNode first = firstFilter("stakeholder-1");
    assertThat(taskIds("stakeholder-1", first)).as("the tasks of " + first.get("name").asText())
        .contains(invitation.getId());
    assertThat(first.at("/properties/variables").findValuesAsText("name"))
        .containsExactly("agreementCode", "familyCode", "consultationCode", "municipality");
  }

  @Test
  void aSponsorsFirstFilterListsItsFamilysTasksAndOverdueListsOnlyThosePastTheirDueDate() throws Exception {
    String agreement = agreement();
    Task lateReception = reception(family(agreement, ProgrammeCalendar.today().plusDays(5)));
    Task aheadReception = reception(family(agreement, ProgrammeCalendar.today().plusDays(40)));

    JsonNode first = firstFilter("sponsor-sjm");
    assertThat(taskIds("sponsor-sjm", first)).as("the tasks of " + first.get("name").asText())
        .contains(lateReception.getId(), aheadReception.getId());

    // ten days on, the first family's reception (due on its arrival) is late, the second's is not yet due
    today(ProgrammeCalendar.today().plusDays(10).toString());

    JsonNode overdue = filterNamed("sponsor-sjm", TasklistFilters.OVERDUE);
    assertThat(taskIds("sponsor-sjm", overdue)).contains(lateReception.getId())
        .doesNotContain(aheadReception.getId());
    // another sponsor sees neither: the filter shows only what its reader may see
    assertThat(taskIds("sponsor-caritas-valencia", filterNamed("sponsor-caritas-valencia", TasklistFilters.OVERDUE)))
        .doesNotContain(lateReception.getId(), aheadReception.getId());
  }

  @Test
  void theOverdueFilterAndItsColumnsSpeakTheBrowsersLanguage() throws Exception {
    HttpHeaders headers = new HttpHeaders();
    headers.set(HttpHeaders.ACCEPT_LANGUAGE, "ca");
    ResponseEntity<String> response = rest("stakeholder-1").exchange(url("/filter?resourceType=Task"), HttpMethod.GET,
        new HttpEntity<>(headers), String.class);
    JsonNode filters = JSON.readTree(response.getBody());
    assertThat(filters.findValuesAsText("name")).contains("Vençudes", "Les meues tasques")
        .doesNotContain("La meua organització");
    assertThat(filters.findValuesAsText("label")).contains("Codi del conveni", "Codi de la família", "Codi de la ronda",
        "Municipi");
  }

  @Test
  void expressionsStayRefusedInAdhocQueries() {
    ResponseEntity<String> adhoc = rest("sponsor-sjm").getForEntity(
        URI.create(url("/task?dueBeforeExpression=%24%7Bnow()%7D")), String.class);
    assertThat(adhoc.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
  }

  // --- helpers

  private TaskService tasks() {
    return engine.getTaskService();
  }

  private String agreement() {
    String code = "CS-F-" + UUID.randomUUID().toString().substring(0, 8);
    String id = engine.getRuntimeService().startProcessInstanceByKey("sponsorship-agreement", code,
        Variables.createVariables().putValue("agreementCode", code)
            .putValue("startDate", ProgrammeCalendar.today().minusMonths(3).toString())
            .putValue("signatories", SpinValues.jsonValue(SIGNATORIES).create())).getId();
    executeDueJobs(id);
    return code;
  }

  private String family(String agreement, LocalDate arrival) {
    String code = "FAM-F-" + UUID.randomUUID().toString().substring(0, 8);
    String id = engine.getRuntimeService().startProcessInstanceByKey("integration-itinerary", code,
        Variables.createVariables().putValue("familyCode", code).putValue("agreementCode", agreement)
            .putValue("sponsorOrganisation", "sjm").putValue("municipality", "Alaquàs").putValue("members", 3)
            .putValue("minors", 1).putValue("arrivalDate", arrival.toString())).getId();
    executeDueJobs(id);
    return id;
  }

  private Task reception(String itinerary) {
    Task task = tasks().createTaskQuery().processInstanceId(itinerary).taskDefinitionKey("PrepareReception")
        .singleResult();
    assertThat(task.getDueDate()).as("the reception is due on arrival").isNotNull();
    return task;
  }

  /** The filters the user may read, in Tasklist's order: by priority, then by name. */
  private List<JsonNode> filters(String user) throws Exception {
    ResponseEntity<String> response = rest(user).getForEntity(url("/filter?resourceType=Task&itemCount=true"),
        String.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    List<JsonNode> filters = new ArrayList<>();
    JSON.readTree(response.getBody()).forEach(filters::add);
    filters.sort(Comparator.<JsonNode>comparingInt(f -> f.at("/properties/priority").asInt(0))
        .thenComparing(f -> f.get("name").asText()));
    return filters;
  }

  private JsonNode firstFilter(String user) throws Exception {
    List<JsonNode> filters = filters(user);
    assertThat(filters).as(user + "'s filters").isNotEmpty();
    return filters.get(0);
  }

  private JsonNode filterNamed(String user, String name) throws Exception {
    return filters(user).stream().filter(f -> f.get("name").asText().equals(name)).findFirst()
        .orElseThrow(() -> new AssertionError(user + " cannot read the filter " + name));
  }

  private List<String> taskIds(String user, JsonNode filter) throws Exception {
    ResponseEntity<String> response = rest(user).getForEntity(
        url("/filter/" + filter.get("id").asText() + "/list?firstResult=0&maxResults=200"), String.class);
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
    return JSON.readTree(response.getBody()).findValuesAsText("id");
  }
}
