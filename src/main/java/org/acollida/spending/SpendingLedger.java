package org.acollida.spending;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.acollida.common.InputRules;
import org.acollida.common.InstanceHistory;
import org.acollida.common.SystemAccess;
import org.acollida.contract.AgreementContract;
import org.acollida.contract.ProcessKeys;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.springframework.stereotype.Component;

/**
 * What spending rules need to know beyond one expense: an agreement's term and budget lines (through its
 * contract variables), an organisation's expenses under it, whether a family is the organisation's. These
 * are facts of the programme, not of who asks: read without the caller's authorizations and tenant checks.
 * Expenses are the history of record-expense instances (docs/adr/0011-how-the-grant-is-modelled.md).
 */
@Component
public class SpendingLedger {

  private final RepositoryService repository;
  private final HistoryService history;

  public SpendingLedger(RepositoryService repository, HistoryService history) {
    this.repository = repository;
    this.history = history;
  }

  /** An agreement as spending sees it: its term and each signatory's allocation. */
  public record AgreementBudget(String code, String status, LocalDate startDate, LocalDate termEndDate,
      Map<String, BigDecimal> allocations) {

    public boolean signedBy(String organisation) {
      return allocations.containsKey(organisation);
    }

    /** Share of the term elapsed on {@code day}, 0 before the start and 1 from its end. */
    public double termElapsedShare(LocalDate day) {
      long term = termEndDate.toEpochDay() - startDate.toEpochDay();
      if (term <= 0) {
        return 1.0;
      }
      double share = (double) (day.toEpochDay() - startDate.toEpochDay()) / term;
      return Math.max(0.0, Math.min(1.0, share));
    }
  }

  /** The latest agreement registered under that code (running or ended), if any. */
  public Optional<AgreementBudget> agreement(String code) {
    return SystemAccess.asSystem(() -> {
      Optional<HistoricProcessInstance> latest = history.createHistoricProcessInstanceQuery()
          .processDefinitionKey(ProcessKeys.AGREEMENT).processInstanceBusinessKey(code).list().stream()
          .max(Comparator.comparing(HistoricProcessInstance::getStartTime));
      if (latest.isEmpty()) {
        return Optional.<AgreementBudget>empty();
      }
      Map<String, Object> values = new HashMap<>();
      for (HistoricVariableInstance variable : history.createHistoricVariableInstanceQuery()
          .processInstanceId(latest.get().getId())
          .variableNameIn(AgreementContract.START_DATE, AgreementContract.TERM_END_DATE,
              AgreementContract.SIGNATORIES, AgreementContract.AGREEMENT_STATUS).list()) {
        if (variable.getProcessInstanceId().equals(variable.getExecutionId())) {
          values.put(variable.getName(), variable.getValue());
        }
      }
      if (values.get(AgreementContract.START_DATE) == null || values.get(AgreementContract.TERM_END_DATE) == null) {
        return Optional.<AgreementBudget>empty();
      }
      String owner = "agreement " + code;
      return Optional.of(new AgreementBudget(code, (String) values.get(AgreementContract.AGREEMENT_STATUS),
          InputRules.storedDate(owner, AgreementContract.START_DATE, values.get(AgreementContract.START_DATE)),
          InputRules.storedDate(owner, AgreementContract.TERM_END_DATE, values.get(AgreementContract.TERM_END_DATE)),
          allocations(values.get(AgreementContract.SIGNATORIES))));
    });
  }

  /** Each signatory's budget line; an organisation that signed twice (a data error) counts once per line. */
  static Map<String, BigDecimal> allocations(Object signatories) {
    Map<String, BigDecimal> allocations = new LinkedHashMap<>();
    if (signatories == null) {
      return allocations;
    }
    JsonNode lines = InputRules.readJson(AgreementContract.SIGNATORIES, signatories, "must be JSON");
    for (JsonNode line : lines) {
      JsonNode budget = line.path("budgetEur");
      allocations.merge(line.path(AgreementContract.SIGNATORY_ORGANISATION).asText(),
          budget.isNumber() ? budget.decimalValue() : BigDecimal.ZERO, BigDecimal::add);
    }
    return allocations;
  }

  /** The organisation's recorded expenses under the agreement, summed; a cancelled expense does not count. */
  public BigDecimal spent(String organisation, String agreementCode) {
    return SystemAccess.asSystem(() -> {
      Set<String> cancelled = InstanceHistory.cancelled(repository, history, ProcessKeys.EXPENSE, organisation);
      List<HistoricVariableInstance> variables = history.createHistoricVariableInstanceQuery()
          .processDefinitionKey(ProcessKeys.EXPENSE).tenantIdIn(organisation)
          .variableNameIn(SpendingVariables.AGREEMENT_CODE, SpendingVariables.AMOUNT_EUR).list();
      Map<String, String> agreementOf = new HashMap<>();
      Map<String, BigDecimal> amountOf = new HashMap<>();
      for (HistoricVariableInstance variable : variables) {
        if (SpendingVariables.AGREEMENT_CODE.equals(variable.getName())) {
          agreementOf.put(variable.getProcessInstanceId(), String.valueOf(variable.getValue()));
        } else if (variable.getValue() instanceof Number amount) {
          amountOf.put(variable.getProcessInstanceId(), new BigDecimal(amount.toString()));
        }
      }
      return amountOf.entrySet().stream()
          .filter(e -> agreementCode.equals(agreementOf.get(e.getKey())) && !cancelled.contains(e.getKey()))
          .map(Map.Entry::getValue).reduce(BigDecimal.ZERO, BigDecimal::add);
    });
  }

  /** One recorded expense, as a justification lists it. */
  public record RecordedExpense(LocalDate date, BigDecimal amountEur, String category, String familyCode) {}

  /**
   * The organisation's expenses under the agreement dated from {@code from} to {@code to} (both included), by date;
   * cancelled ones left out.
   */
  public List<RecordedExpense> expenses(String organisation, String agreementCode, LocalDate from, LocalDate to) {
    return SystemAccess.asSystem(() -> {
      Set<String> cancelled = InstanceHistory.cancelled(repository, history, ProcessKeys.EXPENSE, organisation);
      Map<String, Map<String, Object>> byInstance = new HashMap<>();
      for (HistoricVariableInstance variable : history.createHistoricVariableInstanceQuery()
          .processDefinitionKey(ProcessKeys.EXPENSE).tenantIdIn(organisation)
          .variableNameIn(SpendingVariables.AGREEMENT_CODE, SpendingVariables.EXPENSE_DATE, SpendingVariables.AMOUNT_EUR,
              SpendingVariables.CATEGORY, SpendingVariables.FAMILY_CODE).list()) {
        if (variable.getProcessInstanceId().equals(variable.getExecutionId())
            && !cancelled.contains(variable.getProcessInstanceId())) {
          byInstance.computeIfAbsent(variable.getProcessInstanceId(), id -> new HashMap<>())
              .put(variable.getName(), variable.getValue());
        }
      }
      return byInstance.values().stream()
          .filter(v -> agreementCode.equals(v.get(SpendingVariables.AGREEMENT_CODE))
              && v.get(SpendingVariables.EXPENSE_DATE) instanceof String && v.get(SpendingVariables.AMOUNT_EUR) instanceof Number)
          .map(v -> new RecordedExpense(LocalDate.parse((String) v.get(SpendingVariables.EXPENSE_DATE)),
              new BigDecimal(v.get(SpendingVariables.AMOUNT_EUR).toString()).setScale(2),
              String.valueOf(v.get(SpendingVariables.CATEGORY)), (String) v.get(SpendingVariables.FAMILY_CODE)))
          .filter(e -> !e.date().isBefore(from) && !e.date().isAfter(to))
          .sorted(Comparator.comparing(RecordedExpense::date)).toList();
    });
  }

  /** Whether a family (its itinerary's business key) is or was sponsored by the organisation. */
  public boolean familyOf(String organisation, String familyCode) {
    return SystemAccess.asSystem(() -> history.createHistoricProcessInstanceQuery()
        .processDefinitionKey(ProcessKeys.ITINERARY).processInstanceBusinessKey(familyCode)
        .tenantIdIn(organisation).count() > 0);
  }

  /** Whether an alert with this key (agreement, organisation, level) was raised for the regional government before. */
  public boolean alertRaisedBefore(String alertKey, String processInstanceId) {
    return SystemAccess.asSystem(() -> history.createHistoricVariableInstanceQuery()
        .processDefinitionKey(ProcessKeys.EXPENSE).variableValueEquals(SpendingVariables.RAISED_ALERT, alertKey)
        .list().stream().anyMatch(v -> !v.getProcessInstanceId().equals(processInstanceId)));
  }
}
