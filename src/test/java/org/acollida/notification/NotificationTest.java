package org.acollida.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.acollida.support.ProcessTestSupport;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Mail notifications end to end against a GreenMail SMTP server: who gets which mail in which language with
 * which link; nothing when the step rolls back; SMTP down, retried, an incident, then delivered once; switched off.
 * Mail jobs run when the test runs them, as the job executor would.
 */
class NotificationTest extends ProcessTestSupport {

  private static final int SMTP_PORT = freePort();
  private static final int DEAD_PORT = freePort();

  @RegisterExtension
  static GreenMailExtension mail = new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

  static final String SIX_STAKEHOLDERS = """
      [{"id":"asoc-senegalesa","name":"Asociación de Senegaleses de Valencia","category":"MIGRANT_ASSOCIATION","user":"stakeholder-1"},
       {"id":"mujeres-migrantes","name":"Mujeres Migrantes en Acción","category":"MIGRANT_ASSOCIATION","user":"stakeholder-2"},
       {"id":"cepaim","name":"Fundación CEPAIM","category":"NGO","user":"stakeholder-3"},
       {"id":"accem","name":"Accem","category":"NGO","user":"stakeholder-4"},
       {"id":"ayto-valencia","name":"Ajuntament de València","category":"PUBLIC_ADMINISTRATION","user":"stakeholder-5"},
       {"id":"oim","name":"OIM España","category":"INTERNATIONAL_ORGANISATION","user":"stakeholder-6"}]""";
  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired private JdbcTemplate jdbc;
  @Autowired private JavaMailSenderImpl sender;
  @Autowired private NotificationPreferences preferences;
  @Autowired private MailDelivery delivery;
  @Autowired private MailOutboxCleanup cleanup;
  @Autowired private PlatformTransactionManager transactions;

  @BeforeEach
  void onlyThisTestsMail() {
    // other test classes write mail jobs that nobody runs; this class runs only its own
    for (String job : mailJobs()) {
      management.deleteJob(job);
    }
    jdbc.update("delete from ACOLLIDA_MAIL_OUTBOX");
    sender.setPort(SMTP_PORT);
  }

  @AfterEach
  void defaultPreferences() {
    for (int i = 1; i <= 6; i++) {
      preferences.update("stakeholder-" + i, "es", true);
    }
    sender.setPort(9);
  }

  @Test
  void invitationsGoToEachStakeholderInItsLanguageWithTheLinkToItsOwnTask() throws Exception {
    preferences.update("stakeholder-2", "ca", null);
    preferences.update("stakeholder-3", "en", null);
    today("2026-03-01");
    ProcessInstance round = startRound("CR-MAIL-" + suffix());
    assertThat(deliverMail()).isEqualTo(6);

    MimeMessage[] received = mail.getReceivedMessages();
    assertThat(received).hasSize(6);
    for (int i = 1; i <= 6; i++) {
      String user = "stakeholder-" + i;
      MimeMessage message = to(user + "@demo.acollida.org");
      Task task = taskQuery().processInstanceId(round.getId()).taskAssignee(user).singleResult();
      assertThat(text(message)).as("link to the user's own task")
          .contains("http://localhost:8080/camunda/app/tasklist/default/#/?task=" + task.getId())
          .contains("2026-03-20").contains("Access to decent housing");
      assertThat(html(message)).contains("href=\"http://localhost:8080/camunda/app/tasklist/default/#/?task=" + task.getId());
      assertThat(message.getFrom()[0].toString()).isEqualTo("acollida@localhost");
      assertThat(message.getMessageID()).endsWith("@acollida>");
    }
    assertThat(to("stakeholder-1@demo.acollida.org").getSubject()).as("Spanish by default")
        .isEqualTo("Consulta " + round.getBusinessKey() + ": le invitamos a participar");
    assertThat(to("stakeholder-2@demo.acollida.org").getSubject())
        .isEqualTo("Consulta " + round.getBusinessKey() + ": us convidem a participar");
    assertThat(to("stakeholder-3@demo.acollida.org").getSubject())
        .isEqualTo("Consultation " + round.getBusinessKey() + ": you are invited to contribute");
  }

  @Test
  void aReminderGoesOnlyToThoseWhoHaveNotContributedAndResultsTellEachItsOwnAnswer() throws Exception {
    today("2026-03-01");
    ProcessInstance round = startRound("CR-MAIL-" + suffix());
    contribute(round, "stakeholder-1", "Municipal registration offices need mediators who speak Wolof.");
    contribute(round, "stakeholder-3", "Extend the reception programme to six months.");
    contribute(round, "stakeholder-5", "Two more intercultural mediation points.");
    deliverMail();
    mail.reset();

    today("2026-03-17");
    executeDueJobs(round.getId());
    assertThat(deliverMail()).isEqualTo(3);
    assertThat(recipients()).containsExactlyInAnyOrder("stakeholder-2@demo.acollida.org",
        "stakeholder-4@demo.acollida.org", "stakeholder-6@demo.acollida.org");
    assertThat(to("stakeholder-2@demo.acollida.org").getSubject()).startsWith("Recordatorio: la consulta");
    mail.reset();

    today("2026-03-20");
    executeDueJobs(round.getId());
    Task synthesis = task(round, "SynthesiseContributions");
    List<Map<String, Object>> answers = new ArrayList<>();
    String[] states = {"ACCEPTED", "PARTIALLY_ACCEPTED", "REJECTED"};
    JsonNode listed = JSON.readTree(runtimeService().getVariable(round.getId(), "synthesis").toString());
    for (int i = 0; i < listed.size(); i++) {
      @SuppressWarnings("unchecked")
      Map<String, Object> entry = JSON.convertValue(listed.get(i), Map.class);
      entry.put("answer", states[i]);
      entry.put("reason", "Reason for " + entry.get("stakeholderId"));
      answers.add(entry);
    }
    taskService().complete(synthesis.getId(),
        Map.of("synthesis", SpinValues.jsonValue(JSON.writeValueAsString(answers)).create()));
    taskService().complete(task(round, "ApproveSynthesis").getId(), Map.of("synthesisApproved", true));
    executeDueJobs(round.getId());
    assertThat(round).isNotNull();
    deliverMail();

    String report = "http://localhost:8080/reports/consultations/" + round.getBusinessKey();
    MimeMessage senegalese = to("stakeholder-1@demo.acollida.org");
    assertThat(senegalese.getSubject()).isEqualTo("Consulta " + round.getBusinessKey() + ": su aportación ha sido aceptada");
    assertThat(text(senegalese)).contains("Motivo: Reason for asoc-senegalesa").contains(report)
        .as("never another stakeholder's answer or text").doesNotContain("cepaim").doesNotContain("Wolof");
    assertThat(to("stakeholder-3@demo.acollida.org").getSubject()).endsWith("aceptada en parte");
    assertThat(text(to("stakeholder-4@demo.acollida.org"))).as("results published to those who did not contribute")
        .contains(report).doesNotContain("Reason for");
    assertThat(mail.getReceivedMessages()).hasSize(6);
  }

  @Test
  void anExtensionTellsThoseWhoHaveNotContributedTheNewDeadline() throws Exception {
    today("2026-03-01");
    ProcessInstance round = startRound("CR-MAIL-" + suffix());
    contribute(round, "stakeholder-2", "Women's networks should be consulted on the employment plan.");
    today("2026-03-20");
    executeDueJobs(round.getId());
    jdbc.update("delete from ACOLLIDA_MAIL_OUTBOX");
    taskService().complete(task(round, "DecideOnQuorum").getId(),
        Map.of("extendDeadline", "true", "newContributionDeadline", "2026-04-03"));

    Map<String, Map<String, String>> extended = outbox(MailKind.CONSULTATION_DEADLINE_EXTENDED);
    assertThat(extended).containsOnlyKeys("stakeholder-1", "stakeholder-3", "stakeholder-4", "stakeholder-5", "stakeholder-6");
    assertThat(outbox(MailKind.CONSULTATION_INVITATION)).as("not invited a second time").isEmpty();
    Task reopened = taskQuery().processInstanceId(round.getId()).taskAssignee("stakeholder-4").singleResult();
    assertThat(extended.get("stakeholder-4")).containsEntry("deadline", "2026-04-03")
        .containsEntry("link", Notification.taskPath(reopened.getId()));
  }

  @Test
  void aStepThatRollsBackLeavesNoMail() {
    today("2026-03-01");
    TransactionTemplate transaction = new TransactionTemplate(transactions);
    transaction.executeWithoutResult(status -> {
      startRound("CR-MAIL-" + suffix());
      assertThat(outboxSize()).as("written inside the step's transaction").isEqualTo(6);
      status.setRollbackOnly();
    });
    assertThat(outboxSize()).isZero();
    assertThat(mailJobs()).isEmpty();
    assertThat(mail.getReceivedMessages()).isEmpty();
  }

  @Test
  void smtpDownIsRetriedThenAnIncidentThenDeliveredOnceWhenTheServerIsBack() throws Exception {
    today("2026-03-01");
    startRound("CR-MAIL-" + suffix(), """
        [{"id":"asoc-senegalesa","name":"Asociación de Senegaleses de Valencia","category":"MIGRANT_ASSOCIATION","user":"stakeholder-1"}]""");
    List<String> jobs = mailJobs();
    assertThat(jobs).hasSize(1);
    String job = jobs.get(0);

    sender.setPort(DEAD_PORT);
    assertThat(failUntilIncident(job, "Mail server connection failed")).as("minutes before each retry: R3/PT5M")
        .containsExactly(5L, 5L, 5L);
    Incident incident = engine.getRuntimeService().createIncidentQuery().configuration(job).list().stream()
        .filter(i -> job.equals(i.getConfiguration())).findFirst().orElseThrow();
    assertThat(incident.getIncidentType()).isEqualTo("failedJob");
    assertThat(mail.getReceivedMessages()).isEmpty();

    sender.setPort(SMTP_PORT);
    management.setJobRetries(job, 1);
    management.executeJob(job);
    assertThat(mail.getReceivedMessages()).hasSize(1);
    assertThat(engine.getRuntimeService().createIncidentQuery().incidentId(incident.getId()).count()).isZero();

    // a second try of a delivered mail (its job's commit lost after the server took it) sends nothing
    String mailId = jdbc.queryForObject("select ID_ from ACOLLIDA_MAIL_OUTBOX", String.class);
    delivery.deliver(mailId);
    assertThat(mail.getReceivedMessages()).hasSize(1);
    assertThat(jdbc.queryForObject("select STATE_ from ACOLLIDA_MAIL_OUTBOX", String.class)).isEqualTo("SENT");
  }

  @Test
  void aPersonWhoSwitchedNotificationsOffGetsNone() throws Exception {
    preferences.update("stakeholder-4", null, false);
    today("2026-03-01");
    startRound("CR-MAIL-" + suffix());
    assertThat(outboxSize()).as("no mail written for stakeholder-4").isEqualTo(5);
    preferences.update("stakeholder-5", null, false);
    deliverMail();
    assertThat(recipients()).hasSize(4).doesNotContain("stakeholder-4@demo.acollida.org", "stakeholder-5@demo.acollida.org");
    assertThat(jdbc.queryForObject("select STATE_ from ACOLLIDA_MAIL_OUTBOX where USER_ID_ = 'stakeholder-5'",
        String.class)).as("switched off between writing and sending").isEqualTo("SKIPPED");
  }

  @Test
  void theAgreementTellsSignatoriesOfTheVoteAndItsOutcomeAndTheCommissionOfMeetingsAndTheFinalEvaluation() throws Exception {
    today("2026-01-01");
    String code = "CS-MAIL-" + suffix();
    ProcessInstance agreement = runtimeService().startProcessInstanceByKey("sponsorship-agreement", code,
        Variables.createVariables().putValue("agreementCode", code).putValue("startDate", "2026-01-01")
            .putValue("signatories", SpinValues.jsonValue("""
                [{"organisation":"gva","budgetEur":0},{"organisation":"sjm","budgetEur":100000},
                 {"organisation":"caritas-valencia","budgetEur":50000}]""").create()));
    today("2026-07-01");
    executeDueJobs(agreement.getId());
    assertThat(outbox(MailKind.MONITORING_MEETING_DUE)).as("the Joint Commission's members")
        .containsOnlyKeys("coordinator-gva", "commission-member");
    Task meeting = task(agreement, "HoldMonitoringMeeting");
    assertThat(outbox(MailKind.MONITORING_MEETING_DUE).get("commission-member"))
        .containsEntry("agreementCode", code).containsEntry("link", Notification.taskPath(meeting.getId()));

    today("2027-10-01");
    executeDueJobs(agreement.getId());
    Map<String, Map<String, String>> votes = outbox(MailKind.EXTENSION_VOTE_OPENED);
    assertThat(votes).as("the members of each signatory's group, each with its own organisation's task")
        .containsOnlyKeys("coordinator-gva", "sponsor-sjm", "sponsor-caritas-valencia");
    Task sjmVote = taskQuery().processInstanceId(agreement.getId()).taskDefinitionKey("VoteOnExtension")
        .taskCandidateGroup("sjm").singleResult();
    assertThat(votes.get("sponsor-sjm")).containsEntry("termEndDate", "2028-01-01")
        .containsEntry("link", Notification.taskPath(sjmVote.getId()));

    preferences.update("sponsor-sjm", "ca", null);
    try {
      deliverMail();
      assertThat(to("sponsor-sjm@demo.acollida.org").getSubject()).isEqualTo("Conveni " + code + ": voteu la seua pròrroga");
      assertThat(text(to("sponsor-sjm@demo.acollida.org"))).contains("2028-01-01")
          .contains("/camunda/app/tasklist/default/#/?task=" + sjmVote.getId());
    } finally {
      preferences.update("sponsor-sjm", "es", true);
    }

    today("2028-01-01");
    executeDueJobs(agreement.getId());
    assertThat(outbox(MailKind.EXTENSION_VOTE_OUTCOME)).as("every signatory's members: nobody voted, so no")
        .containsOnlyKeys("coordinator-gva", "sponsor-sjm", "sponsor-caritas-valencia");
    assertThat(outbox(MailKind.EXTENSION_VOTE_OUTCOME).get("sponsor-sjm")).containsEntry("outcome", "REFUSED");
    assertThat(outbox(MailKind.FINAL_EVALUATION_DUE)).containsOnlyKeys("coordinator-gva", "commission-member");
    mail.reset();
    deliverMail();
    assertThat(to("sponsor-caritas-valencia@demo.acollida.org").getSubject())
        .isEqualTo("Convenio " + code + ": el convenio no se prorroga");
  }

  @Test
  void aFamilysSponsorHearsOfItsRegistrationAndTheCoordinatorsOfItsBreakdownAndClosureWithCodesOnly() throws Exception {
    today("2026-01-01");
    String agreementCode = "CS-MAIL-" + suffix();
    runtimeService().startProcessInstanceByKey("sponsorship-agreement", agreementCode,
        Variables.createVariables().putValue("agreementCode", agreementCode).putValue("startDate", "2026-01-01")
            .putValue("signatories", SpinValues.jsonValue("""
                [{"organisation":"gva","budgetEur":0},{"organisation":"sjm","budgetEur":100000},
                 {"organisation":"caritas-valencia","budgetEur":50000}]""").create()));
    String familyCode = "FAM-MAIL-" + suffix();
    ProcessInstance family = runtimeService().startProcessInstanceByKey("integration-itinerary", Variables.createVariables()
        .putValue("familyCode", familyCode).putValue("agreementCode", agreementCode)
        .putValue("sponsorOrganisation", "sjm").putValue("municipality", "Alaquàs")
        .putValue("members", 5).putValue("minors", 3).putValue("arrivalDate", "2026-02-15"));
    assertThat(outbox(MailKind.FAMILY_REGISTERED)).as("the sponsor's group only").containsOnlyKeys("sponsor-sjm");
    assertThat(outbox(MailKind.FAMILY_REGISTERED).get("sponsor-sjm")).as("code and municipality, nothing else of the family")
        .containsOnlyKeys("familyCode", "municipality", "link").containsEntry("familyCode", familyCode)
        .containsEntry("municipality", "Alaquàs");

    runtimeService().createMessageCorrelation("SponsorshipBreakdownReported")
        .processInstanceBusinessKey(family.getBusinessKey())
        .setVariable("breakdownDescription", "The sponsor group has dissolved.").correlate();
    executeDueJobs(family.getId());
    Task mediation = task(family, "MediateBreakdown");
    assertThat(outbox(MailKind.BREAKDOWN_MEDIATION)).as("the coordinators (gva)").containsOnlyKeys("coordinator-gva");
    assertThat(outbox(MailKind.BREAKDOWN_MEDIATION).get("coordinator-gva")).containsOnlyKeys("familyCode", "link")
        .containsEntry("link", Notification.taskPath(mediation.getId()));

    taskService().complete(mediation.getId(), Map.of("mediationOutcome", "HAND_OVER", "mediationNotes", "Taken over.",
        "newSponsorOrganisation", "caritas-valencia", "newMunicipality", "València"));
    // the receiving sponsor accepts the family (hand-over-acceptance), then the closure waits for the coordinator
    String question = runtimeService().createProcessInstanceQuery().processDefinitionKey("hand-over-acceptance")
        .variableValueEquals("familyItinerary", family.getId()).singleResult().getId();
    assertThat(outbox(MailKind.HAND_OVER_TO_ACCEPT)).as("the receiving sponsor's members, not the current sponsor's")
        .containsOnlyKeys("sponsor-caritas-valencia");
    assertThat(outbox(MailKind.HAND_OVER_TO_ACCEPT).get("sponsor-caritas-valencia")).containsOnlyKeys("familyCode",
        "municipality", "link").containsEntry("familyCode", familyCode).containsEntry("link",
        Notification.taskPath(taskService().createTaskQuery().processInstanceId(question).singleResult().getId()));
    taskService().complete(taskService().createTaskQuery().processInstanceId(question).singleResult().getId(),
        Map.of("handOverDecision", "ACCEPT"));
    executeDueJobs(question);
    executeDueJobs(family.getId());
    assertThat(outbox(MailKind.CLOSURE_AWAITING_APPROVAL)).containsOnlyKeys("coordinator-gva");
    deliverMail();
    String closure = text(to("coordinator-gva@demo.acollida.org", "cierre"));
    assertThat(closure).contains(familyCode).doesNotContain("dissolved").doesNotContain("Alaquàs");
  }

  @Test
  void moneyTellsTheRegionalGovernmentOfAnAlertAndOfJustificationsAndTheSponsorWhenOneIsDue() throws Exception {
    today("2026-01-01");
    String code = "CS-MAIL-" + suffix();
    executeDueJobs(runtimeService().startProcessInstanceByKey("sponsorship-agreement", code,
        Variables.createVariables().putValue("agreementCode", code).putValue("startDate", "2026-01-01")
            .putValue("signatories", SpinValues.jsonValue(
                "[{\"organisation\":\"gva\",\"budgetEur\":0},{\"organisation\":\"sjm\",\"budgetEur\":100000}]")
                .create())).getId());
    today("2026-01-20");
    ProcessInstance expense = runtimeService().startProcessInstanceByKey("record-expense", Variables.createVariables()
        .putValue("agreementCode", code).putValue("organisation", "sjm").putValue("expenseDate", "2026-01-15")
        .putValue("amountEur", 30000).putValue("category", "HOUSING"));
    executeDueJobs(expense.getId());
    assertThat(outbox(MailKind.OVERRUN_ALERT)).as("the regional government's coordinators").containsOnlyKeys("coordinator-gva");
    assertThat(outbox(MailKind.OVERRUN_ALERT).get("coordinator-gva")).containsOnlyKeys("agreementCode", "organisation",
        "alertLevel", "link").containsEntry("alertLevel", "WATCH").containsEntry("organisation", "sjm");
    deliverMail();
    assertThat(to("coordinator-gva@demo.acollida.org", code).getSubject())
        .isEqualTo("Convenio " + code + ": vigilancia de gasto de sjm");

    ProcessInstance justification = runtimeService().createProcessInstanceQuery()
        .processDefinitionKey("spending-justification").processInstanceBusinessKey(code + "/sjm").singleResult();
    executeDueJobs(justification.getId());
    today("2026-07-01");
    executeDueJobs(justification.getId());
    assertThat(outbox(MailKind.JUSTIFICATION_DUE)).as("the sponsor's members").containsOnlyKeys("sponsor-sjm");
    assertThat(outbox(MailKind.JUSTIFICATION_DUE).get("sponsor-sjm")).containsEntry("dueDate", "2026-07-30")
        .containsEntry("link", Notification.taskPath(task(justification, "SubmitJustification").getId()));
    today("2026-07-30");
    executeDueJobs(justification.getId());
    assertThat(outbox(MailKind.JUSTIFICATION_OVERDUE)).containsOnlyKeys("coordinator-gva");
    taskService().complete(task(justification, "SubmitJustification").getId(),
        Map.of("justificationNarrative", "Rent of the first flat."));
    assertThat(outbox(MailKind.JUSTIFICATION_SUBMITTED)).containsOnlyKeys("coordinator-gva");
    assertThat(outbox(MailKind.JUSTIFICATION_SUBMITTED).get("coordinator-gva")).containsEntry("periodEnd", "2026-06-30")
        .doesNotContainKey("justificationNarrative");
  }

  @Test
  void theOutboxForgetsMailsDoneLongAgoButNeverOnePending() {
    Instant now = Instant.parse("2026-12-01T10:00:00Z");
    outboxRow("sent-long-ago", "SENT", now.minus(Duration.ofDays(91)));
    outboxRow("skipped-long-ago", "SKIPPED", now.minus(Duration.ofDays(120)));
    outboxRow("pending-long-ago", "PENDING", now.minus(Duration.ofDays(200)));
    outboxRow("sent-last-month", "SENT", now.minus(Duration.ofDays(30)));

    assertThat(cleanup.removeDone(now)).isEqualTo(2);
    assertThat(jdbc.queryForList("select ID_ from ACOLLIDA_MAIL_OUTBOX order by ID_", String.class))
        .containsExactly("pending-long-ago", "sent-last-month");
    assertThat(cleanup.removeDone(now)).as("a second node's run removes nothing more").isZero();
  }

  private void outboxRow(String id, String state, Instant created) {
    jdbc.update("insert into ACOLLIDA_MAIL_OUTBOX (ID_, USER_ID_, KIND_, PARAMS_, CREATED_, STATE_) values (?, ?, ?, ?, ?, ?)",
        id, "sponsor-sjm", MailKind.FAMILY_REGISTERED.name(), "{}", java.sql.Timestamp.from(created), state);
  }

  // ---------------------------------------------------------------------------------------------------------------

  private ProcessInstance startRound(String code) {
    return startRound(code, SIX_STAKEHOLDERS);
  }

  private ProcessInstance startRound(String code, String stakeholders) {
    return runtimeService().startProcessInstanceByKey("consultation-round", code, Variables.createVariables()
        .putValue("consultationCode", code)
        .putValue("topic", "Access to decent housing for migrant families")
        .putValue("strategyPriority", 3)
        .putValue("stakeholders", SpinValues.jsonValue(stakeholders).create())
        .putValue("contributionDeadline", "2026-03-20"));
  }

  private void contribute(ProcessInstance round, String user, String text) {
    Task invitation = taskQuery().processInstanceId(round.getId()).taskDefinitionKey("SubmitContribution")
        .taskAssignee(user).singleResult();
    taskService().complete(invitation.getId(), Map.of("contributionText", text));
  }

  private static Task task(ProcessInstance instance, String key) {
    return taskQuery().processInstanceId(instance.getId()).taskDefinitionKey(key).singleResult();
  }

  protected List<String> mailJobs() {
    return jdbc.queryForList("select ID_ from ACT_RU_JOB where HANDLER_TYPE_ = ?", String.class,
        MailDeliveryJobHandler.TYPE);
  }

  /** Runs the waiting mail jobs as the job executor would; returns how many ran. */
  protected int deliverMail() {
    int ran = 0;
    for (String id : mailJobs()) {
      Job job = management.createJobQuery().jobId(id).singleResult();
      if (job != null && job.getRetries() > 0) {
        management.executeJob(id);
        ran++;
      }
    }
    return ran;
  }

  private int outboxSize() {
    return jdbc.queryForObject("select count(*) from ACOLLIDA_MAIL_OUTBOX", Integer.class);
  }

  /** The outbox's mails of one kind: user id -> placeholders. */
  private Map<String, Map<String, String>> outbox(MailKind kind) {
    Map<String, Map<String, String>> mails = new java.util.TreeMap<>();
    jdbc.query("select USER_ID_, PARAMS_ from ACOLLIDA_MAIL_OUTBOX where KIND_ = ?", row -> {
      try {
        @SuppressWarnings("unchecked")
        Map<String, String> params = JSON.readValue(row.getString(2), Map.class);
        assertThat(mails.put(row.getString(1), params)).as("one " + kind + " mail per person").isNull();
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    }, kind.name());
    return mails;
  }

  private static MimeMessage to(String address, String subjectPart) throws Exception {
    List<MimeMessage> found = new ArrayList<>();
    for (MimeMessage message : mail.getReceivedMessages()) {
      if (message.getAllRecipients()[0].toString().equals(address) && message.getSubject().contains(subjectPart)) {
        found.add(message);
      }
    }
    assertThat(found).as("mail to " + address + " about " + subjectPart).hasSize(1);
    return found.get(0);
  }

  private static List<String> recipients() throws Exception {
    List<String> to = new ArrayList<>();
    for (MimeMessage message : mail.getReceivedMessages()) {
      Arrays.stream(message.getAllRecipients()).map(Object::toString).forEach(to::add);
    }
    return to;
  }

  private static MimeMessage to(String address) throws Exception {
    List<MimeMessage> found = new ArrayList<>();
    for (MimeMessage message : mail.getReceivedMessages()) {
      if (message.getAllRecipients()[0].toString().equals(address)) {
        found.add(message);
      }
    }
    assertThat(found).as("mail to " + address).hasSize(1);
    return found.get(0);
  }

  static String text(Part part) throws Exception {
    return part(part, "text/plain");
  }

  static String html(Part part) throws Exception {
    return part(part, "text/html");
  }

  private static String part(Part part, String type) throws Exception {
    if (part.isMimeType(type)) {
      return part.getContent().toString();
    }
    if (part.getContent() instanceof Multipart multipart) {
      for (int i = 0; i < multipart.getCount(); i++) {
        BodyPart body = multipart.getBodyPart(i);
        String found = part(body, type);
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }

  private static String suffix() {
    return UUID.randomUUID().toString().substring(0, 8);
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
