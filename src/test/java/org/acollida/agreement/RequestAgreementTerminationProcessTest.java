package org.acollida.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;

import java.util.List;
import java.util.UUID;
import org.acollida.support.FlowNodeCoverage;
import org.acollida.support.ProcessTestSupport;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** request-agreement-termination: a coordinator ends an agreement early from Tasklist, or is refused with nothing changed. */
class RequestAgreementTerminationProcessTest extends ProcessTestSupport {

  static final String REQUEST = "request-agreement-termination";

  @RegisterExtension
  static FlowNodeCoverage coverage = new FlowNodeCoverage(REQUEST, 0.9);

  @Test
  void aCommissionMemberTerminatesAnAgreementInForceAndTheAgreementNamesWhoAndWhy() {
    today("2026-03-01");
    String code = agreement("2026-01-01");
    ProcessInstance agreement = agreementInstance(code);
    signIn("commission-member", "joint-commission");

    ProcessInstance request = runtimeService().startProcessInstanceByKey(REQUEST, Variables.createVariables()
        .putValue("agreementCode", code).putValue("terminationReason", "Funding withdrawn by the Generalitat"));
    signOut();

    assertThat(request).hasPassed("TerminationRequested", "TerminateAgreement", "AgreementTerminated").isEnded();
    assertThat(request.getBusinessKey()).as("requests are found by their agreement").isEqualTo(code);
    assertThat(historicVariable(request.getId(), "requestedBy")).isEqualTo("commission-member");
    assertThat(agreement).hasPassed("AgreementTerminatedEarly", "RecordAgreementTermination");
    assertThat(agreement).variables().containsEntry("agreementStatus", "TERMINATED")
        .containsEntry("terminationReason", "Funding withdrawn by the Generalitat");
    List<UserOperationLogEntry> correlations = historyService().createUserOperationLogQuery()
        .processInstanceId(agreement.getId()).operationType(UserOperationLogEntry.OPERATION_TYPE_CORRELATE_MESSAGE).list();
    assertThat(correlations).as("the agreement's audit trail names who terminated it")
        .extracting(UserOperationLogEntry::getUserId).contains("commission-member");

    executeDueJobs(agreement.getId());
    assertThat(agreement).isWaitingAt("FinalEvaluation");
  }

  @Test
  void anUnknownOrEndedAgreementOrNoReasonIsRefusedAndNothingChanges() {
    today("2026-03-01");
    String code = agreement("2026-01-01");
    ProcessInstance agreement = agreementInstance(code);

    assertRefused(() -> request("CS-NOWHERE", "A reason"), "agreementCode");
    assertRefused(() -> request("not a code!", "A reason"), "agreementCode");
    assertRefused(() -> request(code, "  "), "terminationReason");
    assertRefused(() -> runtimeService().startProcessInstanceByKey(REQUEST, "CS-OTHER",
        Variables.createVariables().putValue("agreementCode", code).putValue("terminationReason", "x")), "businessKey");
    assertThat(agreement).variables().containsEntry("agreementStatus", "IN_FORCE");
    assertThat(historyService().createHistoricProcessInstanceQuery().processDefinitionKey(REQUEST)
        .processInstanceBusinessKey(code).count()).as("a refused request leaves nothing behind").isZero();

    request(code, "Funding withdrawn");
    Throwable again = catchThrowable(() -> request(code, "Once more"));
    assertRefused(() -> { throw again; }, "agreementCode");
    assertThat(again).hasMessageContaining("TERMINATED");
  }

  private ProcessInstance request(String code, String reason) {
    return runtimeService().startProcessInstanceByKey(REQUEST,
        Variables.createVariables().putValue("agreementCode", code).putValue("terminationReason", reason));
  }

  private String agreement(String startDate) {
    String code = "CS-R-" + UUID.randomUUID().toString().substring(0, 8);
    runtimeService().startProcessInstanceByKey("sponsorship-agreement", code, Variables.createVariables()
        .putValue("agreementCode", code).putValue("startDate", startDate)
        .putValue("signatories", SpinValues.jsonValue(
            "[{\"organisation\":\"gva\",\"budgetEur\":0},{\"organisation\":\"sjm\",\"budgetEur\":1000}]").create()));
    return code;
  }

  private ProcessInstance agreementInstance(String code) {
    return runtimeService().createProcessInstanceQuery().processDefinitionKey("sponsorship-agreement")
        .processInstanceBusinessKey(code).singleResult();
  }

  private Object historicVariable(String processInstanceId, String name) {
    return historyService().createHistoricVariableInstanceQuery().processInstanceId(processInstanceId)
        .variableName(name).singleResult().getValue();
  }
}
