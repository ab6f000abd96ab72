package org.acollida.agreement;

import java.util.List;
import java.util.Optional;
import org.acollida.common.SystemAccess;
import org.acollida.contract.AgreementStatus;
import org.acollida.contract.ProcessKeys;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

/**
 * Finds a running agreement by its code for a request (request-agreement-termination), without the caller's
 * authorizations: whether the agreement exists and is in force is a fact of the programme, not of who asks.
 */
@Component
public class RunningAgreements {

  private final RuntimeService runtime;

  public RunningAgreements(RuntimeService runtime) {
    this.runtime = runtime;
  }

  /** A running agreement: its process instance and status. */
  public record RunningAgreement(String processInstanceId, String code, AgreementStatus status) {}

  public Optional<RunningAgreement> find(String agreementCode) {
    return SystemAccess.asSystem(() -> {
      List<ProcessInstance> running = runtime.createProcessInstanceQuery().processDefinitionKey(ProcessKeys.AGREEMENT)
          .processInstanceBusinessKey(agreementCode).list();
      if (running.isEmpty()) {
        return Optional.<RunningAgreement>empty();
      }
      String id = running.get(0).getId();
      Object status = runtime.getVariable(id, AgreementVariables.AGREEMENT_STATUS);
      return Optional.of(new RunningAgreement(id, agreementCode, AgreementStatus.valueOf((String) status)));
    });
  }
}
