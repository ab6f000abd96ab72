package org.acollida.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.acollida.contract.ProcessKeys;
import org.acollida.contract.SpendingContract;
import org.acollida.contract.SpendingContract.Category;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.variable.Variables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The pilot's sponsors have recorded their expenses every two months since the agreement started, so the
 * dashboard shows real money: three spend in step with the term; Cáritas Segorbe-Castellón spent half its
 * allocation in the first quarter of the term (the overrun alert's WATCH, then ALERT, each a task for the
 * regional government) and ends above it. Each sponsor's expenses are one item, recorded in date order and each
 * counted at once (its asynchronous step run here, not by the job executor later) so that every decision sees
 * the spending up to its own day.
 */
@Component
@Profile("demo")
@ConditionalOnProperty(name = "acollida.demo.data", havingValue = "true", matchIfMissing = true)
@Order(70)
public class DemoExpenses implements ApplicationRunner {

  private static final Logger LOG = LoggerFactory.getLogger(DemoExpenses.class);
  private static final Category[] ROTATION = {Category.HOUSING, Category.SUBSISTENCE, Category.LANGUAGE,
      Category.TRANSPORT, Category.TRAINING, Category.HEALTH};

  private final RuntimeService runtime;
  private final HistoryService history;
  private final ManagementService management;
  private final DemoItems items;

  public DemoExpenses(RuntimeService runtime, HistoryService history, ManagementService management, DemoItems items) {
    this.runtime = runtime;
    this.history = history;
    this.management = management;
    this.items = items;
  }

  /** One expense of the demo: months after the agreement's start (and a day in that month), euros. */
  record Expense(int month, int day, BigDecimal amountEur) {}

  /** A sponsor's expenses over the 22 months the pilot has run: every two months, or front-loaded. */
  static List<Expense> expenses(String sponsor) {
    List<Expense> expenses = new ArrayList<>();
    switch (sponsor) {
      case "caritas-segorbe-castellon" -> {
        expenses.add(new Expense(0, 10, new BigDecimal("9000.00")));
        expenses.add(new Expense(1, 12, new BigDecimal("8000.00")));
        expenses.add(new Expense(2, 14, new BigDecimal("9000.00")));
        for (int month = 4; month <= 20; month += 2) {
          expenses.add(new Expense(month, 14, new BigDecimal("3000.00")));
        }
      }
      case "sjm" -> everyTwoMonths(expenses, new BigDecimal("6500.00"));
      case "caritas-valencia" -> everyTwoMonths(expenses, new BigDecimal("3400.50"));
      default -> everyTwoMonths(expenses, new BigDecimal("2900.00"));
    }
    return expenses;
  }

  private static void everyTwoMonths(List<Expense> expenses, BigDecimal amount) {
    for (int month = 0; month <= 20; month += 2) {
      expenses.add(new Expense(month, 14, amount));
    }
  }

  static final List<String> SPONSORS = List.of("sjm", "caritas-valencia", "caritas-orihuela-alicante",
      "caritas-segorbe-castellon");

  @Override
  public void run(ApplicationArguments args) {
    if (runtime.createProcessInstanceQuery().processDefinitionKey(ProcessKeys.AGREEMENT)
        .processInstanceBusinessKey(DemoPilotAgreement.PILOT_CODE).count() == 0) {
      LOG.info("Demo: no running pilot agreement, no demo expenses");
      return;
    }
    LocalDate start = LocalDate.parse((String) runtime.getVariable(runtime.createProcessInstanceQuery()
        .processDefinitionKey(ProcessKeys.AGREEMENT).processInstanceBusinessKey(DemoPilotAgreement.PILOT_CODE)
        .singleResult().getId(), "startDate"));
    for (String sponsor : SPONSORS) {
      items.once("expenses:" + sponsor, () -> recordedEver(sponsor), () -> record(sponsor, start));
    }
  }

  static String businessKey(String sponsor, int index) {
    return DemoPilotAgreement.PILOT_CODE + "/" + sponsor + "/demo-" + index;
  }

  /** Once ever: expenses are never deleted, so the first one says the sponsor's are there. */
  private boolean recordedEver(String sponsor) {
    return history.createHistoricProcessInstanceQuery().processDefinitionKey(ProcessKeys.EXPENSE)
        .processInstanceBusinessKey(businessKey(sponsor, 0)).count() > 0;
  }

  private void record(String sponsor, LocalDate start) {
    List<Expense> expenses = expenses(sponsor);
    LocalDate today = org.acollida.contract.ProgrammeCalendar.today();
    for (int i = 0; i < expenses.size(); i++) {
      Expense expense = expenses.get(i);
      LocalDate on = start.plusMonths(expense.month()).withDayOfMonth(expense.day());
      if (on.isAfter(today)) {
        break;
      }
      String id = runtime.startProcessInstanceByKey(ProcessKeys.EXPENSE, businessKey(sponsor, i),
          Variables.createVariables()
              .putValue(SpendingContract.AGREEMENT_CODE, DemoPilotAgreement.PILOT_CODE)
              .putValue(SpendingContract.ORGANISATION, sponsor)
              .putValue(SpendingContract.EXPENSE_DATE, on.toString())
              .putValue(SpendingContract.AMOUNT_EUR, expense.amountEur().doubleValue())
              .putValue(SpendingContract.CATEGORY, ROTATION[i % ROTATION.length].name())).getId();
      for (Job job : management.createJobQuery().processInstanceId(id).list()) {
        management.executeJob(job.getId());
      }
    }
    // the first expense started the sponsor's justification: its periods up to today, here too, so that its
    // tasks (the first period's justification, long overdue, and the coordinator's chase) exist once started
    runtime.createProcessInstanceQuery().processDefinitionKey(ProcessKeys.JUSTIFICATION)
        .processInstanceBusinessKey(DemoPilotAgreement.PILOT_CODE + "/" + sponsor).list()
        .forEach(justification -> runDueJobs(justification.getId()));
  }

  private void runDueJobs(String processInstanceId) {
    for (int run = 0; run < 20; run++) {
      java.util.Date now = org.camunda.bpm.engine.impl.util.ClockUtil.getCurrentTime();
      Job due = management.createJobQuery().processInstanceId(processInstanceId).list().stream()
          .filter(job -> job.getDuedate() == null || !job.getDuedate().after(now)).findFirst().orElse(null);
      if (due == null) {
        return;
      }
      management.executeJob(due.getId());
    }
  }
}
