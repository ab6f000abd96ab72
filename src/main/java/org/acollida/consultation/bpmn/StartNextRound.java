package org.acollida.consultation.bpmn;

import org.acollida.consultation.ConsultationTasks;
import org.acollida.consultation.ConsultationVariables;
import org.acollida.contract.ProcessKeys;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Calls the next round on the same topic and priority with the same stakeholders, linked to this
 * one and carrying forward the points this round left open. Runs in the facilitator's completion,
 * so a refused start (for instance, the code taken meanwhile) is answered to them, not left as an incident.
 */
@Component("startNextRound")
public class StartNextRound implements JavaDelegate {

  private static final Logger LOG = LoggerFactory.getLogger(StartNextRound.class);

  @Override
  public void execute(DelegateExecution execution) {
    ConsultationVariables round = ConsultationVariables.of(execution);
    String nextCode = (String) execution.getVariable(ConsultationVariables.NEXT_CONSULTATION_CODE);
    String deadline = (String) execution.getVariable(ConsultationTasks.NEXT_CONTRIBUTION_DEADLINE);
    execution.getProcessEngineServices().getRuntimeService().startProcessInstanceByKey(
        ProcessKeys.CONSULTATION, nextCode, Variables.createVariables()
            .putValue(ConsultationVariables.CONSULTATION_CODE, nextCode)
            .putValue(ConsultationVariables.TOPIC, round.topic())
            .putValue(ConsultationVariables.STRATEGY_PRIORITY, round.strategyPriority())
            .putValue(ConsultationVariables.STAKEHOLDERS, ConsultationVariables.json(round.stakeholders()))
            .putValue(ConsultationVariables.CONTRIBUTION_DEADLINE, deadline)
            .putValue(ConsultationVariables.PREVIOUS_CONSULTATION_CODE, round.consultationCode())
            .putValue(ConsultationVariables.CARRIED_FORWARD_POINTS, ConsultationVariables.json(round.openPoints())));
    LOG.info("Consultation {}: next round {} called on the same topic", round.consultationCode(), nextCode);
  }
}
