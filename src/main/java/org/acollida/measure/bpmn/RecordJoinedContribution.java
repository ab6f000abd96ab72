package org.acollida.measure.bpmn;

import org.acollida.common.InputRules;
import org.acollida.contract.MeasureContract;
import org.acollida.measure.MeasureVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * A published round joined one of its contributions to this measure (message MeasureContributionJoined): the
 * contribution becomes one more origin, and the message's variables leave the measure again.
 */
@Component("recordJoinedContribution")
public class RecordJoinedContribution implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    DelegateExecution instance = execution.getProcessInstance();
    String round = InputRules.requireCode(instance, MeasureContract.JOINED_CONSULTATION_CODE);
    String stakeholder = InputRules.requireCode(instance, MeasureContract.JOINED_STAKEHOLDER);
    MeasureVariables.of(instance).addOrigin(new MeasureVariables.Origin(round, stakeholder));
    instance.removeVariable(MeasureContract.JOINED_CONSULTATION_CODE);
    instance.removeVariable(MeasureContract.JOINED_STAKEHOLDER);
  }
}
