package org.acollida.demo;

import java.util.List;
import java.util.Map;
import org.acollida.contract.MeasureContract;
import org.acollida.contract.MeasureStatus;
import org.acollida.contract.ProcessKeys;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The measures the published demo round's adopted contributions started, brought to several states so the
 * accountability page (/reports/accountability) shows something real on first start: two in progress, one done
 * and confirmed (closed), one reported done and waiting for the Joint Commission (in its Tasklist), one planned.
 * Each measure is an item of its own: one reported on already (or absent, in a database whose round was published
 * before measures existed) is left as it is.
 */
@Component
@Profile("demo")
@ConditionalOnProperty(name = "acollida.demo.data", havingValue = "true", matchIfMissing = true)
@Order(75)
public class DemoMeasures implements ApplicationRunner {

  /** A report the responsible organisation gave, and whether the Joint Commission confirmed it. */
  record Report(int measure, MeasureStatus status, int progress, String evidence, boolean confirmed) {}

  static final List<Report> REPORTS = List.of(
      new Report(1, MeasureStatus.IN_PROGRESS, 40, "Wolof and French mediators hired for the registration offices of"
          + " Valencia and Alicante; health centres follow in the autumn.", false),
      new Report(2, MeasureStatus.IN_PROGRESS, 20, "Childcare pilot agreed with three municipalities; the first opens"
          + " in Torrent next month.", false),
      new Report(3, MeasureStatus.DONE, 100, "Common first-reception interview form agreed with the municipalities"
          + " and in use since January.", true),
      new Report(5, MeasureStatus.DONE, 100, "Training on international protection procedures given to 120 reception"
          + " staff; the yearly course is in the training plan.", false));

  private static final Logger LOG = LoggerFactory.getLogger(DemoMeasures.class);

  private final RuntimeService runtime;
  private final TaskService tasks;
  private final ManagementService management;
  private final DemoItems items;

  public DemoMeasures(RuntimeService runtime, TaskService tasks, ManagementService management, DemoItems items) {
    this.runtime = runtime;
    this.tasks = tasks;
    this.management = management;
    this.items = items;
  }

  @Override
  public void run(ApplicationArguments args) {
    for (Report report : REPORTS) {
      String code = DemoConsultationRounds.PUBLISHED_ROUND + "-" + report.measure();
      items.once("measure:" + code, () -> !stillPlanned(code), () -> report(code, report));
    }
  }

  /** Whether the measure exists, open, and nobody has reported on it yet. */
  private boolean stillPlanned(String code) {
    ProcessInstance measure = measure(code);
    return measure != null
        && MeasureStatus.PLANNED.name().equals(runtime.getVariable(measure.getId(), MeasureContract.MEASURE_STATUS));
  }

  private void report(String code, Report report) {
    String id = measure(code).getId();
    tasks.complete(task(id, "ReportProgress").getId(), Map.of("reportStatus", report.status().name(),
        "reportProgress", report.progress(), "evidence", report.evidence()));
    if (report.confirmed()) {
      tasks.complete(task(id, "ConfirmClosure").getId(), Map.of("closureConfirmed", true));
      for (Job job : management.createJobQuery().processInstanceId(id).executable().list()) {
        management.executeJob(job.getId());
      }
    }
    LOG.info("Demo: measure {} reported {}", code, report.status());
  }

  private ProcessInstance measure(String code) {
    return runtime.createProcessInstanceQuery().processDefinitionKey(ProcessKeys.MEASURE)
        .processInstanceBusinessKey(code).singleResult();
  }

  private Task task(String processInstanceId, String key) {
    return tasks.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(key).singleResult();
  }
}
