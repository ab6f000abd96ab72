package org.acollida.demo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.acollida.consultation.ConsultationVariables;
import org.acollida.contract.ProcessKeys;
import org.acollida.contract.ProgrammeCalendar;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.plugin.variable.SpinValues;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Two consultation rounds on priorities of the Valencian Migration Strategy 2021–2026, created once:
 * one open for contributions (stakeholder-1 … stakeholder-6 each find an invitation in Tasklist),
 * and one driven to the end whose results report is published at
 * /reports/consultations/EVM-P2-RECEPTION-2025. Runs before the job executor starts (it starts when
 * the application is ready), so the finished round's asynchronous steps are executed here in order,
 * in the round's one transaction.
 */
@Component
@Profile("demo")
@ConditionalOnProperty(name = "acollida.demo.data", havingValue = "true", matchIfMissing = true)
@Order(70)
public class DemoConsultationRounds implements ApplicationRunner {

  public static final String OPEN_ROUND = "EVM-P4-ASSOCIATIONS-2026";
  public static final String PUBLISHED_ROUND = "EVM-P2-RECEPTION-2025";

  /** Two migrant associations of six (33%): above the 30% threshold, so invitations go out at once. */
  static final String STAKEHOLDERS = """
      [{"id":"asoc-senegalesa","name":"Asociación de Inmigrantes Senegaleses de Valencia","category":"MIGRANT_ASSOCIATION","user":"stakeholder-1"},
       {"id":"mujeres-latinas","name":"Asociación de Mujeres Latinoamericanas en Valencia","category":"MIGRANT_ASSOCIATION","user":"stakeholder-2"},
       {"id":"cepaim","name":"Fundación CEPAIM","category":"NGO","user":"stakeholder-3"},
       {"id":"cruz-roja","name":"Cruz Roja Comunitat Valenciana","category":"NGO","user":"stakeholder-4"},
       {"id":"ajuntament-valencia","name":"Ajuntament de València — Servei d'Immigració i Interculturalitat","category":"PUBLIC_ADMINISTRATION","user":"stakeholder-5"},
       {"id":"oim-espana","name":"OIM España","category":"INTERNATIONAL_ORGANISATION","user":"stakeholder-6"}]""";

  /** The finished round: what each stakeholder said, the answer and its reason. */
  record Exchange(String user, String contribution, String answer, String reason) {}

  static final List<Exchange> RECEPTION_ROUND = List.of(
      new Exchange("stakeholder-1", "Newcomers need intercultural mediators who speak Wolof and French at municipal registration and health centres.",
          "ACCEPTED", "Mediation in the main languages of arrival is included in the reception protocol for 2026."),
      new Exchange("stakeholder-2", "Services for migrant women should offer childcare during appointments and courses.",
          "PARTIALLY_ACCEPTED", "Childcare will be piloted in three municipalities; extending it depends on the evaluation."),
      new Exchange("stakeholder-3", "Standardise the first-reception interview across municipalities so families do not repeat their story.",
          "ACCEPTED", "A common first-reception interview form will be agreed with the municipalities."),
      new Exchange("stakeholder-4", "Open reception services to people in an irregular administrative situation without requiring registration.",
          "PARTIALLY_ACCEPTED", "Emergency and health services are open to all; other services still require municipal registration by State law."),
      new Exchange("stakeholder-5", "The city asks for more competencies and resources to run reception locally.",
          "REJECTED", "The distribution of competencies is outside this strategy; the request is passed on to the State–region commission."),
      new Exchange("stakeholder-6", "Train public service staff on international protection procedures.",
          "ACCEPTED", "Training is part of measure 1.3 and will be offered to reception staff every year."));

  /** What the facilitator named for each adopted contribution's measure: the objective it serves and who carries it out. */
  static final Map<String, List<String>> MEASURES = Map.of(
      "stakeholder-1", List.of("2.1", "gva"),
      "stakeholder-2", List.of("2.3", "caritas-valencia"),
      "stakeholder-3", List.of("1.2", "gva"),
      "stakeholder-4", List.of("2.1", "gva"),
      "stakeholder-6", List.of("1.3", "gva"));

  private static final Logger LOG = LoggerFactory.getLogger(DemoConsultationRounds.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final RuntimeService runtime;
  private final TaskService tasks;
  private final ManagementService management;
  private final HistoryService history;
  private final DemoItems items;

  public DemoConsultationRounds(RuntimeService runtime, TaskService tasks, ManagementService management,
      HistoryService history, DemoItems items) {
    this.runtime = runtime;
    this.tasks = tasks;
    this.management = management;
    this.history = history;
    this.items = items;
  }

  @Override
  public void run(ApplicationArguments args) {
    LocalDate today = ProgrammeCalendar.today();
    // each round on its own, started and (the published one) driven to its end in one transaction
    items.once("round:" + PUBLISHED_ROUND, () -> exists(PUBLISHED_ROUND), () -> publishReceptionRound(today));
    items.once("round:" + OPEN_ROUND, () -> exists(OPEN_ROUND), () -> {
      start(OPEN_ROUND, "Strengthening migrant associations as partners in regional policy", 4, today.plusDays(21));
      LOG.info("Demo: consultation round {} open for contributions from six stakeholders", OPEN_ROUND);
    });
  }

  /** Once ever, by its code: a restart, or the round having been closed since, creates nothing. */
  private boolean exists(String code) {
    return history.createHistoricProcessInstanceQuery().processDefinitionKey(ProcessKeys.CONSULTATION)
        .processInstanceBusinessKey(code).count() > 0;
  }

  private String start(String code, String topic, int priority, LocalDate deadline) {
    return runtime.startProcessInstanceByKey(ProcessKeys.CONSULTATION, code, Variables.createVariables()
        .putValue(ConsultationVariables.CONSULTATION_CODE, code)
        .putValue(ConsultationVariables.TOPIC, topic)
        .putValue(ConsultationVariables.STRATEGY_PRIORITY, priority)
        .putValue(ConsultationVariables.STAKEHOLDERS, SpinValues.jsonValue(STAKEHOLDERS).create())
        .putValue(ConsultationVariables.CONTRIBUTION_DEADLINE, deadline.toString())).getId();
  }

  private void publishReceptionRound(LocalDate today) {
    String round = start(PUBLISHED_ROUND, "Reception and intercultural mediation in public services", 2, today.plusDays(7));
    for (Exchange exchange : RECEPTION_ROUND) {
      Task invitation = tasks.createTaskQuery().processInstanceId(round).taskDefinitionKey("SubmitContribution")
          .taskAssignee(exchange.user()).singleResult();
      tasks.complete(invitation.getId(), Map.of("contributionText", exchange.contribution()));
    }
    items.checkpoint("round:" + PUBLISHED_ROUND + ":contributions");
    runJobs(round);
    Task synthesis = task(round, "SynthesiseContributions");
    tasks.complete(synthesis.getId(), Map.of(
        ConsultationVariables.SYNTHESIS, SpinValues.jsonValue(answers(round)).create(),
        ConsultationVariables.SYNTHESIS_SUMMARY, "Six of six invited stakeholders answered. Mediation, a common "
            + "first-reception interview and staff training are adopted; childcare and access without registration "
            + "go on as open points."));
    tasks.complete(task(round, "ApproveSynthesis").getId(), Map.of(ConsultationVariables.SYNTHESIS_APPROVED, true));
    runJobs(round);
    tasks.complete(task(round, "DecideNextRound").getId(), Map.of(ConsultationVariables.CALL_NEXT_ROUND, false));
    runJobs(round);
    LOG.info("Demo: consultation round {} closed, results at /reports/consultations/{}", PUBLISHED_ROUND, PUBLISHED_ROUND);
  }

  /** The facilitator's answers, matched to the contributions by stakeholder. */
  private String answers(String round) {
    try {
      List<Map<String, Object>> synthesis = JSON.readValue(
          runtime.getVariable(round, ConsultationVariables.SYNTHESIS).toString(), List.class);
      List<Map<String, Object>> answered = new ArrayList<>();
      for (Map<String, Object> contribution : synthesis) {
        Exchange exchange = RECEPTION_ROUND.stream()
            .filter(e -> e.contribution().equals(contribution.get("text"))).findFirst().orElseThrow();
        Map<String, Object> answer = new java.util.HashMap<>(Map.of("stakeholderId", contribution.get("stakeholderId"),
            "answer", exchange.answer(), "reason", exchange.reason()));
        if (MEASURES.containsKey(exchange.user())) {
          answer.put("objective", MEASURES.get(exchange.user()).get(0));
          answer.put("responsibleOrganisation", MEASURES.get(exchange.user()).get(1));
        }
        answered.add(answer);
      }
      return JSON.writeValueAsString(answered);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private Task task(String round, String key) {
    return tasks.createTaskQuery().processInstanceId(round).taskDefinitionKey(key).singleResult();
  }

  /** The asynchronous steps, in order, as the job executor would run them (uncommitted, they are the demo's alone). */
  private void runJobs(String round) {
    for (int i = 0; i < 20; i++) {
      Job job = management.createJobQuery().processInstanceId(round).executable().list().stream().findFirst().orElse(null);
      if (job == null) {
        return;
      }
      management.executeJob(job.getId());
    }
  }
}
