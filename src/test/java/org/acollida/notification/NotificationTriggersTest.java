package org.acollida.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.junit.jupiter.api.Test;

/**
 * Every row of the notification table names an element that exists in its process model, of the kind its hook
 * needs: a renamed task would otherwise silently stop its mail.
 */
class NotificationTriggersTest {

  @Test
  void everyTriggerNamesAnElementOfItsModel() {
    List<String> wrong = new ArrayList<>();
    for (Trigger trigger : ProgrammeNotifications.TRIGGERS) {
      BpmnModelInstance model = Bpmn.readModelFromFile(new File("processes/" + trigger.processKey() + ".bpmn"));
      Collection<Process> processes = model.getModelElementsByType(Process.class);
      assertThat(processes).extracting(Process::getId).contains(trigger.processKey());
      ModelElementInstance element = model.getModelElementById(trigger.elementId());
      boolean fits = switch (trigger.hook()) {
        case TASK_CREATED -> element instanceof UserTask;
        case FLOW_TAKEN -> element instanceof SequenceFlow;
        case ACTIVITY_ENDED -> element instanceof FlowElement && !(element instanceof SequenceFlow);
      };
      if (!fits) {
        wrong.add(trigger.processKey() + " " + trigger.elementId() + " for " + trigger.hook());
      }
    }
    assertThat(wrong).isEmpty();
  }
}
