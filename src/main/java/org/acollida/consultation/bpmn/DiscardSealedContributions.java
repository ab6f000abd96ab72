package org.acollida.consultation.bpmn;

import org.acollida.consultation.SealedContributions;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** End listener of the process: a round cancelled while collecting contributions leaves no texts behind. */
@Component("discardSealedContributions")
public class DiscardSealedContributions implements ExecutionListener {

  private final SealedContributions sealed;

  public DiscardSealedContributions(SealedContributions sealed) {
    this.sealed = sealed;
  }

  @Override
  public void notify(DelegateExecution execution) {
    sealed.discard(execution.getProcessInstanceId());
  }
}
