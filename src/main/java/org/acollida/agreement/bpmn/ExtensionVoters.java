package org.acollida.agreement.bpmn;

import java.util.List;
import org.acollida.agreement.AgreementVariables;
import org.acollida.agreement.Signatory;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** The collection of the VoteOnExtension multi-instance: every signatory organisation votes. */
@Component("extensionVoters")
public class ExtensionVoters {

  public List<String> of(DelegateExecution execution) {
    return AgreementVariables.of(execution).signatories().stream().map(Signatory::organisation).toList();
  }
}
