package org.acollida.consultation.bpmn;

import java.util.Date;
import org.acollida.consultation.ConsultationTasks;
import org.acollida.consultation.ConsultationVariables;
import org.acollida.contract.ProgrammeCalendar;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * A few days before the deadline: marks the open invitations for follow-up (Tasklist shows and
 * sorts by it) and records that the reminder went out. The reminder mails are hooked onto this
 * task's end from outside the model (docs/notifications.md).
 */
@Component("recordContributionReminder")
public class RecordContributionReminder implements JavaDelegate {

  private static final Logger LOG = LoggerFactory.getLogger(RecordContributionReminder.class);

  @Override
  public void execute(DelegateExecution execution) {
    TaskService tasks = execution.getProcessEngineServices().getTaskService();
    Date now = ClockUtil.getCurrentTime();
    int reminded = 0;
    for (Task task : tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
        .taskDefinitionKey(ConsultationTasks.SUBMIT_CONTRIBUTION).list()) {
      task.setFollowUpDate(now);
      tasks.saveTask(task);
      reminded++;
    }
    ConsultationVariables round = ConsultationVariables.of(execution.getProcessInstance());
    round.recordReminderSent(ProgrammeCalendar.now());
    LOG.info("Consultation {}: reminder to {} stakeholders who have not answered yet", round.consultationCode(), reminded);
  }
}
