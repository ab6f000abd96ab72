package org.acollida.itinerary;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.acollida.common.SystemAccess;
import org.acollida.contract.AgreementContract;
import org.acollida.contract.ProcessKeys;
import org.acollida.organisation.OrganisationRegistry;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

/**
 * Reads an agreement through its contract variables only ({@code agreementStatus}, {@code signatories}).
 * Whether an agreement is in force is a rule of the programme, not a matter of who asks: the lookup
 * runs without the caller's authorizations.
 */
@Component
public class AgreementLookup {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final RuntimeService runtime;
  private final OrganisationRegistry registry;
  private final String runningAgreementByCode;

  public AgreementLookup(RuntimeService runtime, ManagementService management, OrganisationRegistry registry) {
    this.runtime = runtime;
    this.registry = registry;
    // The API's query by definition key and business key also asks for PARENT_ID_ is null, which H2 answers
    // through the parent index, reading every running instance (docs/benchmark.md). Only a process instance
    // has its own id as PROC_INST_ID_, so this needs just the business-key index, on H2 and PostgreSQL alike.
    this.runningAgreementByCode = "select RES.* from " + management.getTableName(ProcessInstance.class) + " RES"
        + " where RES.BUSINESS_KEY_ = #{code} and RES.ID_ = RES.PROC_INST_ID_ and exists (select 1 from "
        + management.getTableName(ProcessDefinition.class) + " P where P.ID_ = RES.PROC_DEF_ID_ and P.KEY_ = #{key})";
  }

  /** A running agreement as an itinerary sees it. */
  public record Agreement(String code, String status, List<String> sponsors) {
    public boolean inForce() {
      return AgreementContract.termRunning(status);
    }
  }

  public Optional<Agreement> find(String agreementCode) {
    return SystemAccess.asSystem(() -> {
      List<ProcessInstance> running = runtime.createNativeProcessInstanceQuery().sql(runningAgreementByCode)
          .parameter("code", agreementCode).parameter("key", ProcessKeys.AGREEMENT).list();
      if (running.isEmpty()) {
        return Optional.<Agreement>empty();
      }
      // all of the agreement's variables (a dozen), not the two by name: H2's time for the by-name query grew
      // with the running families, while this is the engine's own fetch of an instance's variables
      Map<String, Object> variables = runtime.getVariables(running.get(0).getId());
      return Optional.of(new Agreement(agreementCode, (String) variables.get(AgreementContract.AGREEMENT_STATUS),
          sponsorsAmong(variables.get(AgreementContract.SIGNATORIES))));
    });
  }

  private List<String> sponsorsAmong(Object signatories) {
    List<String> sponsors = new ArrayList<>();
    if (signatories == null) {
      return sponsors;
    }
    try {
      for (JsonNode signatory : JSON.readTree(signatories.toString())) {
        String organisation = signatory.path(AgreementContract.SIGNATORY_ORGANISATION).asText();
        if (registry.find(organisation).map(o -> o.isSponsor()).orElse(false)) {
          sponsors.add(organisation);
        }
      }
    } catch (Exception e) {
      throw new IllegalStateException("the agreement's signatories cannot be read", e);
    }
    return sponsors;
  }
}
