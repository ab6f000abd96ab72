package org.acollida.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.acollida.agreement.AgreementVariables;
import org.acollida.consultation.ConsultationTasks;
import org.acollida.consultation.ConsultationVariables;
import org.acollida.contract.AgreementStatus;
import org.acollida.contract.AutonomyLevel;
import org.acollida.contract.ContributionAnswer;
import org.acollida.contract.ItineraryStatus;
import org.acollida.contract.MeasureStatus;
import org.acollida.contract.RoundStatus;
import org.acollida.contract.StakeholderCategory;
import org.acollida.dashboard.ProcessSnapshot.Instance;
import org.acollida.itinerary.ItineraryTasks;
import org.acollida.itinerary.ItineraryVariables;
import org.acollida.organisation.OrganisationRegistry;
import org.acollida.support.ProcessTestSupport;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

/**
 * The dashboard's figures against a data set the test builds (an agreement, families at known
 * stages, a consultation round), over HTTP as each demo user, and each sponsor isolated from the
 * other organisations' families. The database is shared with other tests, so figures are checked on
 * this test's own agreement, municipalities and families.
 */
class DashboardTest extends ProcessTestSupport {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String SIGNATORIES = """
      [{"organisation":"gva","budgetEur":0},{"organisation":"sjm","budgetEur":100000},
       {"organisation":"caritas-valencia","budgetEur":50000.50}]""";
  private static final String SIX_STAKEHOLDERS = """
      [{"id":"asoc-senegalesa","name":"Asociación de Senegaleses de Valencia","category":"MIGRANT_ASSOCIATION","user":"stakeholder-1"},
       {"id":"mujeres-migrantes","name":"Mujeres Migrantes en Acción","category":"MIGRANT_ASSOCIATION","user":"stakeholder-2"},
       {"id":"cepaim","name":"Fundación CEPAIM","category":"NGO","user":"stakeholder-3"},
       {"id":"accem","name":"Accem","category":"NGO","user":"stakeholder-4"},
       {"id":"ayto-valencia","name":"Ajuntament de València","category":"PUBLIC_ADMINISTRATION","user":"stakeholder-5"},
       {"id":"oim","name":"OIM España","category":"INTERNATIONAL_ORGANISATION","user":"stakeholder-6"}]""";

  @Autowired private ProgrammeFigures figures;
  @Autowired private OrganisationRegistry organisations;

  private final String run = UUID.randomUUID().toString().substring(0, 8);
  private final String sjmTown = "Sjm-town-" + run;
  private final String caritasTown = "Caritas-town-" + run;

  @Test
  void theFiguresOfAKnownProgrammeAsTheCoordinatorAndEachSponsorSeesOnlyItsOwnFamilies() throws Exception {
    today("2026-01-10");
    String agreement = "CS-DASH-" + run;
    ProcessInstance agreementInstance = runtimeService().startProcessInstanceByKey("sponsorship-agreement", agreement,
        Variables.createVariables().putValue("agreementCode", agreement).putValue("startDate", "2025-01-01")
            .putValue("signatories", SpinValues.jsonValue(SIGNATORIES).create()));
    ProcessInstance waiting = register("FAM-DASH-1-" + run, agreement, "sjm", sjmTown, 3, 1);
    ProcessInstance inProgress = register("FAM-DASH-2-" + run, agreement, "sjm", sjmTown, 4, 0);
    ProcessInstance autonomous = register("FAM-DASH-3-" + run, agreement, "caritas-valencia", caritasTown, 2, 0);
    receiveAndPlan(inProgress, "2026-01-10");
    receiveAndPlan(autonomous, "2026-01-10");

    today("2026-08-15");
    executeDueJobs(autonomous.getId());
    taskService().complete(taskQuery().processInstanceId(autonomous.getId()).taskDefinitionKey(ItineraryTasks.ASSESS_AUTONOMY)
        .singleResult().getId(), Map.of("languageLevel", "PROFICIENT", "incomeSource", "EMPLOYMENT",
        "housingSituation", "OWN_RENTAL"));
    executeDueJobs(autonomous.getId());
    String followUpDue = (String) runtimeService().getVariable(inProgress.getId(), "nextFollowUpDate");
    assertThat(LocalDate.parse(followUpDue)).as("the test needs an overdue follow-up").isBefore(LocalDate.parse("2026-08-15"));

    JsonNode coordinator = figures("coordinator-gva");
    assertThat(coordinator.path("today").asText()).isEqualTo("2026-08-15");

    // agreement timeline: two-year term from 2025-01-01, 139 days left on 2026-08-15 (17 in August and December, 122 between)
    JsonNode timeline = row(coordinator, "agreements", agreement);
    assertThat(cell(coordinator, "agreements", timeline, "status").asText()).isEqualTo("IN_FORCE");
    assertThat(cell(coordinator, "agreements", timeline, "startDate").asText()).isEqualTo("2025-01-01");
    assertThat(cell(coordinator, "agreements", timeline, "termEndDate").asText()).isEqualTo("2027-01-01");
    assertThat(cell(coordinator, "agreements", timeline, "daysLeft").asInt()).isEqualTo(139);
    assertThat(cell(coordinator, "agreements", timeline, "extensionsGranted").asInt()).isZero();
    assertThat(cell(coordinator, "agreements", timeline, "nextMonitoringMeeting").asText())
        .isEqualTo(runtimeService().getVariable(agreementInstance.getId(), "nextMonitoringMeetingDate"));

    // families per stage and autonomy level, by municipality (this test's own municipalities)
    assertThat(counts(coordinator, "stage-by-municipality", sjmTown))
        .containsEntry("RECEPTION", 1).containsEntry("IN_PROGRESS", 1).containsEntry("CLOSING", 0).containsEntry("total", 2);
    assertThat(counts(coordinator, "stage-by-municipality", caritasTown))
        .containsEntry("CLOSING", 1).containsEntry("RECEPTION", 0).containsEntry("total", 1);
    assertThat(counts(coordinator, "autonomy-by-municipality", sjmTown))
        .containsEntry("NOT_ASSESSED", 2).containsEntry("AUTONOMOUS", 0);
    assertThat(counts(coordinator, "autonomy-by-municipality", caritasTown)).containsEntry("AUTONOMOUS", 1);

    // the family in progress has missed its follow-up; the one still arriving has none due
    JsonNode overdue = row(coordinator, "overdue-follow-ups", inProgress.getBusinessKey());
    assertThat(cell(coordinator, "overdue-follow-ups", overdue, "daysOverdue").asLong())
        .isEqualTo(ChronoUnit.DAYS.between(LocalDate.parse(followUpDue), LocalDate.parse("2026-08-15")));
    assertThat(keys(coordinator, "overdue-follow-ups")).doesNotContain(waiting.getBusinessKey());

    // the same figures as CSV
    ResponseEntity<String> csv = get("coordinator-gva", "/dashboard/api/figures/stage-by-municipality.csv");
    assertThat(csv.getStatusCode().value()).isEqualTo(200);
    assertThat(csv.getHeaders().getContentType().toString()).startsWith("text/csv");
    assertThat(csv.getBody()).startsWith("municipality,RECEPTION,PLANNING,IN_PROGRESS,BREAKDOWN,CLOSING,CLOSED,total\r\n")
        .contains("\r\n" + sjmTown + ",1,0,1,0,0,0,2\r\n");

    // the same data as each sponsor: its own families only, never another organisation's
    for (String sponsor : List.of("sjm", "caritas-valencia")) {
      JsonNode own = figures("sponsor-" + sponsor);
      assertThat(keys(own, "stage-by-sponsor")).as(sponsor + " sees its own families only").containsOnly(sponsor);
      assertThat(keys(own, "autonomy-by-sponsor")).containsOnly(sponsor);
      assertThat(column(own, "overdue-follow-ups", "sponsor")).isSubsetOf(sponsor);
      assertThat(column(own, "time-to-autonomy", "sponsor")).isSubsetOf(sponsor, "all");
      String ownTown = sponsor.equals("sjm") ? sjmTown : caritasTown;
      String otherTown = sponsor.equals("sjm") ? caritasTown : sjmTown;
      assertThat(keys(own, "stage-by-municipality")).contains(ownTown).doesNotContain(otherTown);
      assertThat(keys(own, "autonomy-by-municipality")).contains(ownTown).doesNotContain(otherTown);
      assertThat(own.path("tables").path("consultation-rounds").path("rows")).as("rounds are not a sponsor's").isEmpty();
      assertThat(get("sponsor-" + sponsor, "/dashboard/api/figures/stage-by-municipality.csv").getBody())
          .contains(ownTown).doesNotContain(otherTown);
    }
    assertThat(keys(figures("sponsor-sjm"), "overdue-follow-ups")).contains(inProgress.getBusinessKey());
    assertThat(keys(figures("sponsor-caritas-valencia"), "overdue-follow-ups")).doesNotContain(inProgress.getBusinessKey());
    assertThat(keys(figures("coordinator-gva"), "stage-by-sponsor")).contains("sjm", "caritas-valencia");

    // time to autonomy and budget of this test's data alone (the shared database holds other tests' families too)
    List<Instance> ownFamilies = ItineraryFigures.families(ProcessSnapshot.read(historyService(),
        ProgrammeVariables.ITINERARY_PROCESS, ProgrammeVariables.ITINERARY_VARIABLES).stream()
        .filter(family -> String.valueOf(family.text("familyCode")).endsWith(run)).toList());
    assertThat(ownFamilies).hasSize(3);
    FigureTable autonomy = ItineraryFigures.timeToAutonomy(ownFamilies);
    assertThat(autonomy.value("caritas-valencia", "families")).isEqualTo(1);
    assertThat(autonomy.value("caritas-valencia", "averageDays")).as("2026-01-05 to 2026-08-15").isEqualTo(222L);
    assertThat(autonomy.value("sjm", "families")).isNull();

    List<Instance> ownAgreement = ProcessSnapshot.read(historyService(), ProgrammeVariables.AGREEMENT_PROCESS,
        ProgrammeVariables.AGREEMENT_VARIABLES).stream().filter(a -> agreement.equals(a.text("agreementCode"))).toList();
    FigureTable budget = BudgetFigures.byOrganisation(BudgetFigures.lines(ownAgreement, List.of()), organisations);
    assertThat(budget.value("sjm", "allocatedEur")).hasToString("100000");
    assertThat(budget.value("caritas-valencia", "allocatedEur")).hasToString("50000.5");
    assertThat(budget.value("gva", "allocatedEur")).hasToString("0");
    assertThat(budget.value("caritas-orihuela-alicante", "allocatedEur")).isNull();
    assertThat(budget.value("sjm", "spentEur")).as("no expense recorded").hasToString("0");
    assertThat(budget.value("sjm", "alertLevel")).as("no expense, no decision").isNull();
  }

  @Test
  void budgetLinesAllocatedSpentRemainingAndTheAlertEachSponsorSeeingOnlyItsOwn() throws Exception {
    today("2026-03-01");
    String agreement = "CS-BUDGET-" + run;
    String agreementId = runtimeService().startProcessInstanceByKey("sponsorship-agreement", agreement,
        Variables.createVariables().putValue("agreementCode", agreement).putValue("startDate", "2026-02-01")
            .putValue("signatories", SpinValues.jsonValue(SIGNATORIES).create())).getId();
    executeDueJobs(agreementId);
    expense(agreement, "sjm", 30000);
    expense(agreement, "sjm", 1000.25);
    expense(agreement, "caritas-valencia", 500);
    String mistaken = runtimeService().startProcessInstanceByKey("record-expense", expenseVariables(agreement,
        "caritas-valencia", 7000)).getId();
    runtimeService().deleteProcessInstance(mistaken, "recorded twice");

    JsonNode coordinator = figures("coordinator-gva");
    assertThat(line(coordinator, agreement, "sjm")).containsExactly(agreement, "sjm", "100000", "31000.25", "68999.75",
        "WATCH");
    assertThat(line(coordinator, agreement, "caritas-valencia"))
        .containsExactly(agreement, "caritas-valencia", "50000.5", "500", "49500.5", "NONE");
    assertThat(line(coordinator, agreement, "gva")).containsExactly(agreement, "gva", "0", "0", "0", "null");
    assertThat(cell(coordinator, "budget", row(coordinator, "budget", "sjm"), "alertLevel").asText())
        .as("the demo's own alerts may raise it further, never lower").isIn("WATCH", "ALERT");

    JsonNode sjm = figures("sponsor-sjm");
    assertThat(organisationsIn(sjm, agreement)).containsExactly("sjm");
    assertThat(line(sjm, agreement, "sjm")).containsExactly(agreement, "sjm", "100000", "31000.25", "68999.75", "WATCH");
    assertThat(keys(sjm, "budget")).containsExactly("sjm");
    assertThat(keys(sjm, "agreements")).as("a signatory sees its own agreement's status and term")
        .contains(agreement);
    assertThat(keys(figures("sponsor-caritas-orihuela-alicante"), "agreements")).as("not one it did not sign")
        .doesNotContain(agreement);
    assertThat(organisationsIn(figures("sponsor-caritas-valencia"), agreement)).containsExactly("caritas-valencia");
    assertThat(organisationsIn(figures("commission-member"), agreement))
        .containsExactlyInAnyOrder("gva", "sjm", "caritas-valencia");

    JsonNode ours = JSON.readTree(get("sponsor-sjm", "/dashboard/api/our-agreements").getBody());
    assertThat(ours.path("columns").toString()).isEqualTo("[\"agreementCode\",\"status\",\"startDate\",\"termEndDate\","
        + "\"daysLeft\",\"organisation\",\"allocatedEur\",\"spentEur\",\"remainingEur\",\"alertLevel\"]");
    List<String> sjmLine = rowOf(ours, agreement);
    assertThat(sjmLine).as("Tasklist's 'Our agreements': status, term and the sponsor's own line")
        .containsExactly(agreement, "IN_FORCE", "2026-02-01", "2028-02-01", "702", "sjm", "100000", "31000.25", "68999.75",
            "WATCH");
    for (JsonNode row : ours.path("rows")) {
      assertThat(row.get(5).asText()).as("only its own lines").isEqualTo("sjm");
    }
    assertThat(rowOf(JSON.readTree(get("sponsor-caritas-orihuela-alicante", "/dashboard/api/our-agreements").getBody()),
        agreement)).as("an organisation that did not sign it").isEmpty();
    assertThat(new TestRestTemplate().getForEntity(appUrl("/dashboard/api/our-agreements"), String.class).getStatusCode().value())
        .isEqualTo(401);

    assertThat(get("sponsor-sjm", "/dashboard/api/figures/budget.csv").getBody())
        .as("the contract's column keys, whatever the language")
        .startsWith("organisation,name,agreements,allocatedEur,spentEur,remainingEur,alertLevel\r\n")
        .doesNotContain("caritas-valencia");
    assertThat(get("coordinator-gva", "/dashboard/api/figures/budget-by-agreement.csv").getBody())
        .startsWith("agreementCode,organisation,allocatedEur,spentEur,remainingEur,alertLevel\r\n")
        .contains(agreement + ",sjm,100000,31000.25,68999.75,WATCH\r\n");
  }

  private void expense(String agreement, String organisation, double amount) {
    executeDueJobs(runtimeService().startProcessInstanceByKey("record-expense",
        expenseVariables(agreement, organisation, amount)).getId());
  }

  private static Map<String, Object> expenseVariables(String agreement, String organisation, double amount) {
    return Variables.createVariables().putValue("agreementCode", agreement).putValue("organisation", organisation)
        .putValue("expenseDate", "2026-02-20").putValue("amountEur", amount).putValue("category", "HOUSING");
  }

  private static List<String> line(JsonNode programme, String agreement, String organisation) {
    for (JsonNode row : programme.path("tables").path("budget-by-agreement").path("rows")) {
      if (agreement.equals(row.get(0).asText()) && organisation.equals(row.get(1).asText())) {
        List<String> cells = new ArrayList<>();
        row.forEach(cell -> cells.add(cell.asText()));
        return cells;
      }
    }
    throw new AssertionError("no budget line " + agreement + " / " + organisation);
  }

  /** The row of that agreement in a table whose first column is the agreement code; empty when there is none. */
  private static List<String> rowOf(JsonNode table, String agreement) {
    for (JsonNode row : table.path("rows")) {
      if (agreement.equals(row.get(0).asText())) {
        List<String> cells = new ArrayList<>();
        row.forEach(cell -> cells.add(cell.asText()));
        return cells;
      }
    }
    return List.of();
  }

  private static List<String> organisationsIn(JsonNode programme, String agreement) {
    List<String> organisations = new ArrayList<>();
    for (JsonNode row : programme.path("tables").path("budget-by-agreement").path("rows")) {
      if (agreement.equals(row.get(0).asText())) {
        organisations.add(row.get(1).asText());
      }
    }
    return organisations;
  }

  @Test
  void consultationRoundsInvitedAnsweredAndTheMigrantShareAgainstTheThreshold() throws Exception {
    today("2026-03-01");
    String code = "CR-DASH-" + run;
    ProcessInstance round = runtimeService().startProcessInstanceByKey("consultation-round", code,
        Variables.createVariables().putValue("consultationCode", code).putValue("topic", "=SUM(1) housing, for families")
            .putValue("strategyPriority", 3).putValue("stakeholders", SpinValues.jsonValue(SIX_STAKEHOLDERS).create())
            .putValue("contributionDeadline", "2026-03-20"));
    contribute(round, "stakeholder-1", "More social housing for families.");
    contribute(round, "stakeholder-3", "Mediation with landlords.");

    for (String user : List.of("coordinator-gva", "facilitator", "commission-member")) {
      JsonNode programme = figures(user);
      JsonNode row = row(programme, "consultation-rounds", code);
      assertThat(cell(programme, "consultation-rounds", row, "invited").asInt()).as(user).isEqualTo(6);
      assertThat(cell(programme, "consultation-rounds", row, "answered").asInt()).isEqualTo(2);
      assertThat(cell(programme, "consultation-rounds", row, "migrantAssociationShare").asDouble()).isEqualTo(0.333);
      assertThat(cell(programme, "consultation-rounds", row, "threshold").asDouble())
          .as("read from the deployed representation-check decision").isEqualTo(0.3);
      assertThat(cell(programme, "consultation-rounds", row, "status").asText()).isEqualTo("OPEN_FOR_CONTRIBUTIONS");
    }
    assertThat(get("facilitator", "/dashboard/api/figures/consultation-rounds.csv").getBody())
        .as("a topic that looks like a formula is quoted for spreadsheets").contains(",\"'=SUM(1) housing, for families\",");

    // per category and by answer, on this round alone
    Instance own = ProcessSnapshot.read(historyService(), ProgrammeVariables.CONSULTATION_PROCESS,
        ProgrammeVariables.CONSULTATION_VARIABLES).stream().filter(r -> code.equals(r.text("consultationCode")))
        .findFirst().orElseThrow();
    FigureTable participation = ConsultationFigures.participation(List.of(own));
    assertThat(participation.value("MIGRANT_ASSOCIATION", "invited")).isEqualTo(2);
    assertThat(participation.value("MIGRANT_ASSOCIATION", "answered")).isEqualTo(1);
    assertThat(participation.value("NGO", "invited")).isEqualTo(2);
    assertThat(participation.value("NGO", "answered")).isEqualTo(1);
    assertThat(participation.value("PUBLIC_ADMINISTRATION", "answered")).isEqualTo(0);

    Map<String, Object> answered = new java.util.HashMap<>(own.values());
    answered.put("synthesis", """
        [{"stakeholderId":"asoc-senegalesa","category":"MIGRANT_ASSOCIATION","answer":"ACCEPTED"},
         {"stakeholderId":"cepaim","category":"NGO","answer":"PARTIALLY_ACCEPTED"},
         {"stakeholderId":"accem","category":"NGO","answer":"REJECTED"},
         {"stakeholderId":"oim","category":"INTERNATIONAL_ORGANISATION","answer":"REJECTED"}]""");
    FigureTable byAnswer = ConsultationFigures.rounds(List.of(new Instance("x", answered, Map.of())), 0.3);
    assertThat(byAnswer.value(code, "accepted")).isEqualTo(1);
    assertThat(byAnswer.value(code, "partiallyAccepted")).isEqualTo(1);
    assertThat(byAnswer.value(code, "rejected")).isEqualTo(2);

    assertThat(figures("sponsor-sjm").path("tables").path("consultation-rounds").path("rows")).isEmpty();
  }

  @Test
  void thePageNamesEveryTableColumnAndCodeInTheReadersLanguageWhileTheFiguresKeepTheirKeys() throws Exception {
    HttpHeaders valencian = new HttpHeaders();
    valencian.set(HttpHeaders.ACCEPT_LANGUAGE, "ca-ES,ca;q=0.9");
    JsonNode texts = JSON.readTree(new TestRestTemplate().withBasicAuth("coordinator-gva", "coordinator-gva")
        .exchange(appUrl("/dashboard/api/texts"), HttpMethod.GET, new HttpEntity<>(valencian), String.class).getBody());
    assertThat(texts.path("language").asText()).isEqualTo("ca");
    assertThat(texts.path("texts").path("section.budget").asText()).isEqualTo("Pressupost");
    assertThat(texts.path("texts").path("figure.rows").asText()).as("the page fills the placeholders")
        .isEqualTo("Taula ({{rows}} files)");
    assertThat(texts.path("texts").path("cockpit.link").asText()).as("the Cockpit card too")
        .isEqualTo("Obrir el tauler del programa");
    assertThat(new TestRestTemplate().getForEntity(appUrl("/dashboard/api/texts"), String.class).getStatusCode().value())
        .isEqualTo(401);

    // whatever tables the dashboard has, the catalogue names each, its note, its columns and the codes in its rows
    JsonNode catalogue = texts.path("texts");
    List<String> unnamed = new ArrayList<>();
    JsonNode programme = figures("coordinator-gva");
    for (JsonNode table : (Iterable<JsonNode>) () -> programme.path("tables").elements()) {
      String id = table.path("id").asText();
      require(catalogue, "table." + id, unnamed);
      if (!table.path("note").isNull()) {
        require(catalogue, "note." + id, unnamed);
      }
      for (JsonNode heading : table.path("columns")) {
        if (!catalogue.has("column." + heading.asText()) && !catalogue.has("value." + heading.asText())) {
          unnamed.add(id + " column " + heading.asText());
        }
      }
    }
    // the codes the tables show in their rows and headings: every status, stage, level and category there is
    for (Class<? extends Enum<?>> codes : List.of(AgreementStatus.class, ItineraryStatus.class, AutonomyLevel.class,
        RoundStatus.class, StakeholderCategory.class, MeasureStatus.class)) {
      for (Enum<?> code : codes.getEnumConstants()) {
        require(catalogue, "value." + code.name(), unnamed);
      }
    }
    require(catalogue, "value." + ProgrammeVariables.NOT_ASSESSED, unnamed);
    for (String alertLevel : List.of("NONE", "WATCH", "ALERT")) {
      require(catalogue, "value." + alertLevel, unnamed);
    }
    for (int priority = 1; priority <= 5; priority++) {
      require(catalogue, "value.priority-" + priority, unnamed);
    }
    assertThat(unnamed).as("missing from i18n/dashboard.json").isEmpty();
  }

  private static void require(JsonNode catalogue, String key, List<String> missing) {
    if (!catalogue.has(key)) {
      missing.add(key);
    }
  }

  @Test
  void theAccountabilitySectionCountsMeasuresByStatusPerPriorityTheSameForEveryViewer() throws Exception {
    java.util.function.BiFunction<String, String, org.acollida.accountability.PublicMeasure> measure = (objective, status) ->
        new org.acollida.accountability.PublicMeasure("M-" + objective + status, "t", objective,
            Integer.parseInt(objective.substring(0, 1)), status, 0, "gva", "2027-01-01", null, null, null, List.of(), null,
            null, false);
    FigureTable table = AccountabilityFigures.measuresByPriority(List.of(measure.apply("2.1", "PLANNED"),
        measure.apply("2.3", "PLANNED"), measure.apply("2.1", "CLOSED"), measure.apply("5.2", "DONE")),
        new org.acollida.strategy.StrategyRegistry());
    assertThat(table.columns()).containsExactly("priority", "PLANNED", "IN_PROGRESS", "DONE", "DROPPED", "CLOSED", "total");
    assertThat(table.rows()).hasSize(5);
    assertThat(table.rows().get(1)).containsExactly(table.rows().get(1).get(0), 2, 0, 0, 0, 1, 3);
    assertThat(table.rows().get(4)).containsExactly(table.rows().get(4).get(0), 0, 0, 1, 0, 0, 1);

    JsonNode gva = figures("coordinator-gva").path("tables").path("measures-by-priority");
    JsonNode sponsor = figures("sponsor-sjm").path("tables").path("measures-by-priority");
    assertThat(gva.path("rows")).hasSize(5);
    assertThat(sponsor.path("rows")).as("public figures: a sponsor sees the same").isEqualTo(gva.path("rows"));
    assertThat(get("sponsor-sjm", "/dashboard/api/figures/measures-by-priority.csv").getBody())
        .startsWith("priority,PLANNED,IN_PROGRESS,DONE,DROPPED,CLOSED,total\r\n");
  }

  @Test
  void withoutASignedInUserThereAreNoFigures() {
    ResponseEntity<String> anonymous = new TestRestTemplate().getForEntity(appUrl("/dashboard/api/figures"), String.class);
    assertThat(anonymous.getStatusCode().value()).isEqualTo(401);
    assertThat(anonymous.getBody()).contains("/camunda/app/tasklist/default/");
    assertThat(anonymous.getHeaders().containsKey(HttpHeaders.WWW_AUTHENTICATE))
        .as("no challenge: the browser would ask for a password instead of the page sending the person to the login")
        .isFalse();
    // an unknown user: a wrong password would lock a demo user for a while (the engine's login attempts)
    ResponseEntity<String> unknown = new TestRestTemplate().withBasicAuth("nobody-" + run, "nobody")
        .getForEntity(appUrl("/dashboard/api/figures"), String.class);
    assertThat(unknown.getStatusCode().value()).isEqualTo(401);
    assertThat(unknown.getBody()).contains("/camunda/app/tasklist/default/").doesNotContain("tables");
    assertThat(new TestRestTemplate().getForEntity(appUrl("/dashboard/api/figures/budget.csv"), String.class)
        .getStatusCode().value()).isEqualTo(401);
    assertThat(get("coordinator-gva", "/dashboard/api/figures/nothing.csv").getStatusCode().value()).isEqualTo(404);
    ResponseEntity<String> page = new TestRestTemplate().getForEntity(appUrl("/dashboard/"), String.class);
    assertThat(page.getStatusCode().value()).isEqualTo(200);
    assertThat(page.getBody()).contains("chart.umd.js");
    assertThat(new TestRestTemplate().getForEntity(appUrl("/webjars/chartjs/dist/chart.umd.js"), String.class)
        .getStatusCode().value()).as("the charting library, its version found by the webjars locator").isEqualTo(200);
  }

  @Test
  void aPersonSignedInToTheWebappsSeesTheFiguresWithTheSessionAlone() throws Exception {
    HttpHeaders session = new HttpHeaders();
    session.set(HttpHeaders.COOKIE, signInToTheWebapps("sponsor-sjm"));
    ResponseEntity<String> response = new TestRestTemplate()
        .exchange(appUrl("/dashboard/api/figures"), HttpMethod.GET, new HttpEntity<>(session), String.class);
    assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(200);
    JsonNode programme = JSON.readTree(response.getBody());
    assertThat(programme.path("viewer").path("userId").asText()).isEqualTo("sponsor-sjm");
    assertThat(column(programme, "stage-by-sponsor", null)).isSubsetOf("sjm");
    assertThat(new TestRestTemplate().exchange(appUrl("/dashboard/api/figures/budget.csv"), HttpMethod.GET,
        new HttpEntity<>(session), String.class).getStatusCode().value()).isEqualTo(200);
  }

  @Test
  void theDashboardReadsTheVariableNamesTheProcessesPublish() {
    assertThat(List.of(ProgrammeVariables.AGREEMENT_CODE, ProgrammeVariables.START_DATE, ProgrammeVariables.SIGNATORIES,
        ProgrammeVariables.AGREEMENT_STATUS, ProgrammeVariables.TERM_END_DATE, ProgrammeVariables.EXTENSIONS_GRANTED,
        ProgrammeVariables.NEXT_MONITORING_MEETING_DATE, ProgrammeVariables.LAST_EXTENSION_VOTE_OUTCOME))
        .containsExactly(AgreementVariables.AGREEMENT_CODE, AgreementVariables.START_DATE, AgreementVariables.SIGNATORIES,
            AgreementVariables.AGREEMENT_STATUS, AgreementVariables.TERM_END_DATE, AgreementVariables.EXTENSIONS_GRANTED,
            AgreementVariables.NEXT_MONITORING_MEETING_DATE, AgreementVariables.LAST_EXTENSION_VOTE_OUTCOME);
    assertThat(List.of(ProgrammeVariables.FAMILY_CODE, ProgrammeVariables.SPONSOR_ORGANISATION,
        ProgrammeVariables.MUNICIPALITY, ProgrammeVariables.ARRIVAL_DATE, ProgrammeVariables.ITINERARY_STATUS,
        ProgrammeVariables.AUTONOMY_LEVEL, ProgrammeVariables.NEXT_FOLLOW_UP_DATE, ProgrammeVariables.CLOSURE_REASON))
        .containsExactly(ItineraryVariables.FAMILY_CODE, ItineraryVariables.SPONSOR_ORGANISATION,
            ItineraryVariables.MUNICIPALITY, ItineraryVariables.ARRIVAL_DATE, ItineraryVariables.ITINERARY_STATUS,
            ItineraryVariables.AUTONOMY_LEVEL, ItineraryVariables.NEXT_FOLLOW_UP_DATE, ItineraryVariables.CLOSURE_REASON);
    assertThat(List.of(ProgrammeVariables.CONSULTATION_CODE, ProgrammeVariables.TOPIC, ProgrammeVariables.STAKEHOLDERS,
        ProgrammeVariables.ROUND_STATUS, ProgrammeVariables.RESPONSE_RATE, ProgrammeVariables.MIGRANT_ASSOCIATION_SHARE,
        ProgrammeVariables.MIGRANT_RESPONSE_SHARE, ProgrammeVariables.CONTRIBUTIONS, ProgrammeVariables.SYNTHESIS))
        .containsExactly(ConsultationVariables.CONSULTATION_CODE, ConsultationVariables.TOPIC,
            ConsultationVariables.STAKEHOLDERS, ConsultationVariables.ROUND_STATUS, ConsultationVariables.RESPONSE_RATE,
            ConsultationVariables.MIGRANT_ASSOCIATION_SHARE, ConsultationVariables.MIGRANT_RESPONSE_SHARE,
            ConsultationVariables.CONTRIBUTIONS, ConsultationVariables.SYNTHESIS);
    assertThat(ProgrammeVariables.STAGES).containsExactly(
        java.util.Arrays.stream(ItineraryStatus.values()).map(Enum::name).toArray(String[]::new));
    assertThat(ProgrammeVariables.AUTONOMY_LEVELS).containsExactly(
        java.util.Arrays.stream(org.acollida.contract.AutonomyLevel.values()).map(Enum::name).toArray(String[]::new));
    assertThat(ProgrammeVariables.CLOSED_AUTONOMOUS).isEqualTo(ItineraryTasks.ClosureReason.AUTONOMOUS.name());
    assertThat(ProgrammeVariables.STAKEHOLDER_CATEGORIES).containsExactly(
        java.util.Arrays.stream(StakeholderCategory.values()).map(Enum::name).toArray(String[]::new));
    assertThat(ProgrammeVariables.ANSWERS).containsExactly(
        java.util.Arrays.stream(ContributionAnswer.values()).map(Enum::name).toArray(String[]::new));
  }

  private ProcessInstance register(String familyCode, String agreement, String sponsor, String municipality, int members,
      int minors) {
    return runtimeService().startProcessInstanceByKey("integration-itinerary", Variables.createVariables()
        .putValue("familyCode", familyCode).putValue("agreementCode", agreement)
        .putValue("sponsorOrganisation", sponsor).putValue("municipality", municipality)
        .putValue("members", members).putValue("minors", minors).putValue("arrivalDate", "2026-01-05"));
  }

  /** From arrival formalities to a plan over two areas: the itinerary is in progress. */
  private void receiveAndPlan(ProcessInstance itinerary, String doneOn) {
    ensureFamilyConsent(itinerary.getId());
    complete(itinerary, ItineraryTasks.REGISTER_IN_MUNICIPALITY, Map.of("registeredOn", doneOn));
    complete(itinerary, ItineraryTasks.OBTAIN_HEALTH_CARD, Map.of("healthCardsObtainedOn", doneOn));
    complete(itinerary, ItineraryTasks.OPEN_BANK_ACCOUNT, Map.of("accountOpenedOn", doneOn));
    if (taskQuery().processInstanceId(itinerary.getId()).taskDefinitionKey(ItineraryTasks.ENROL_CHILDREN_IN_SCHOOL).count() > 0) {
      // the dashboard's families have one minor at most, of school age
      complete(itinerary, ItineraryTasks.ENROL_CHILDREN_IN_SCHOOL, Map.of("minorsBirthYears", "2016",
          "enrolledOn", doneOn, "childrenEnrolled", 1));
    }
    complete(itinerary, ItineraryTasks.AGREE_ITINERARY_PLAN, Map.of(
        "itineraryAreas", SpinValues.jsonValue("[\"LANGUAGE\",\"EMPLOYMENT_AND_TRAINING\"]").create(),
        "planGoals", "Spanish to B1; a first job.", "agreedWithFamilyOn", doneOn, "familyTookPart", true));
    executeDueJobs(itinerary.getId());
  }

  private static void complete(ProcessInstance instance, String taskKey, Map<String, Object> variables) {
    Task task = taskQuery().processInstanceId(instance.getId()).taskDefinitionKey(taskKey).singleResult();
    taskService().complete(task.getId(), variables);
  }

  private static void contribute(ProcessInstance round, String user, String text) {
    Task invitation = taskQuery().processInstanceId(round.getId()).taskDefinitionKey(ConsultationTasks.SUBMIT_CONTRIBUTION)
        .taskAssignee(user).singleResult();
    taskService().complete(invitation.getId(), Map.of("contributionText", text));
  }

  private String appUrl(String path) {
    return "http://localhost:" + port + path;
  }

  /** Signs in through the webapps' login, as Tasklist does (CSRF token first); returns the session's cookies. */
  private String signInToTheWebapps(String user) {
    ResponseEntity<String> app = new TestRestTemplate().getForEntity(appUrl("/camunda/app/tasklist/default/"), String.class);
    Map<String, String> cookies = new java.util.LinkedHashMap<>();
    remember(cookies, app);
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    headers.set("X-XSRF-TOKEN", cookies.get("XSRF-TOKEN"));
    headers.set(HttpHeaders.COOKIE, cookieHeader(cookies));
    LinkedMultiValueMap<String, String> form = new LinkedMultiValueMap<>();
    form.add("username", user);
    form.add("password", user);
    ResponseEntity<String> login = new TestRestTemplate().postForEntity(
        appUrl("/camunda/api/admin/auth/user/default/login/tasklist"), new HttpEntity<>(form, headers), String.class);
    assertThat(login.getStatusCode().value()).as(login.getBody()).isEqualTo(200);
    remember(cookies, login);
    return cookieHeader(cookies);
  }

  private static void remember(Map<String, String> cookies, ResponseEntity<?> response) {
    for (String cookie : response.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE)) {
      String pair = cookie.split(";", 2)[0];
      cookies.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
    }
  }

  private static String cookieHeader(Map<String, String> cookies) {
    return cookies.entrySet().stream().map(c -> c.getKey() + "=" + c.getValue())
        .collect(Collectors.joining("; "));
  }

  private ResponseEntity<String> get(String user, String path) {
    return new TestRestTemplate().withBasicAuth(user, user).getForEntity(appUrl(path), String.class);
  }

  private JsonNode figures(String user) throws Exception {
    ResponseEntity<String> response = get(user, "/dashboard/api/figures");
    assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(200);
    JsonNode programme = JSON.readTree(response.getBody());
    assertThat(programme.path("viewer").path("userId").asText()).isEqualTo(user);
    return programme;
  }

  private static JsonNode row(JsonNode programme, String table, String key) {
    for (JsonNode row : programme.path("tables").path(table).path("rows")) {
      if (key.equals(row.get(0).asText())) {
        return row;
      }
    }
    throw new AssertionError(table + " has no row " + key);
  }

  private static JsonNode cell(JsonNode programme, String table, JsonNode row, String column) {
    List<String> columns = new ArrayList<>();
    programme.path("tables").path(table).path("columns").forEach(c -> columns.add(c.asText()));
    assertThat(columns).as(table).contains(column);
    return row.get(columns.indexOf(column));
  }

  private static Map<String, Integer> counts(JsonNode programme, String table, String key) {
    JsonNode row = row(programme, table, key);
    Map<String, Integer> counts = new java.util.LinkedHashMap<>();
    JsonNode columns = programme.path("tables").path(table).path("columns");
    for (int i = 1; i < columns.size(); i++) {
      counts.put(columns.get(i).asText(), row.get(i).asInt());
    }
    return counts;
  }

  private static List<String> keys(JsonNode programme, String table) {
    return column(programme, table, null);
  }

  private static List<String> column(JsonNode programme, String table, String column) {
    JsonNode figures = programme.path("tables").path(table);
    int index = 0;
    if (column != null) {
      List<String> columns = new ArrayList<>();
      figures.path("columns").forEach(c -> columns.add(c.asText()));
      index = columns.indexOf(column);
    }
    List<String> values = new ArrayList<>();
    for (JsonNode row : figures.path("rows")) {
      values.add(row.get(index).asText());
    }
    return values;
  }
}
