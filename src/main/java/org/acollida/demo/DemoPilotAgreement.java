package org.acollida.demo;

import java.time.LocalDate;
import java.util.List;
import org.acollida.agreement.AgreementVariables;
import org.acollida.contract.DocumentKind;
import org.acollida.contract.ProcessKeys;
import org.acollida.contract.ProgrammeCalendar;
import org.acollida.document.Documents;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.plugin.variable.SpinValues;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The Valencian community sponsorship pilot: the regional government, SJM (100,000 EUR) and the
 * three Cáritas dioceses (50,000 EUR each). Registered once, back-dated 22 months so that a
 * newcomer sees its extension vote open in Tasklist.
 */
@Component
@Profile("demo")
@ConditionalOnProperty(name = "acollida.demo.data", havingValue = "true", matchIfMissing = true)
@Order(50)
public class DemoPilotAgreement implements ApplicationRunner {

  public static final String PILOT_CODE = "CS-VAL-PILOT";
  static final String PILOT_SIGNATORIES = """
      [{"organisation":"gva","budgetEur":0},
       {"organisation":"sjm","budgetEur":100000},
       {"organisation":"caritas-valencia","budgetEur":50000},
       {"organisation":"caritas-orihuela-alicante","budgetEur":50000},
       {"organisation":"caritas-segorbe-castellon","budgetEur":50000}]""";

  private static final Logger LOG = LoggerFactory.getLogger(DemoPilotAgreement.class);

  private final RuntimeService runtime;
  private final HistoryService history;
  private final DemoItems items;
  private final Documents documents;

  public DemoPilotAgreement(RuntimeService runtime, HistoryService history, DemoItems items, Documents documents) {
    this.runtime = runtime;
    this.history = history;
    this.items = items;
    this.documents = documents;
  }

  @Override
  public void run(ApplicationArguments args) {
    // once ever: a restart, or the pilot having been closed since, registers nothing
    items.once("agreement:" + PILOT_CODE, () -> history.createHistoricProcessInstanceQuery()
        .processDefinitionKey(ProcessKeys.AGREEMENT).processInstanceBusinessKey(PILOT_CODE).count() > 0, () -> {
          LocalDate start = ProgrammeCalendar.today().minusMonths(22).withDayOfMonth(1);
          String pilot = runtime.startProcessInstanceByKey(ProcessKeys.AGREEMENT, PILOT_CODE, Variables.createVariables()
              .putValue(AgreementVariables.AGREEMENT_CODE, PILOT_CODE)
              .putValue(AgreementVariables.START_DATE, start.toString())
              .putValue(AgreementVariables.SIGNATORIES, SpinValues.jsonValue(PILOT_SIGNATORIES).create())).getId();
          documents.add(new Documents.Reader("coordinator-gva", List.of("gva"), List.of()), pilot,
              DocumentKind.SIGNED_AGREEMENT.key(), "CS-VAL-PILOT-signed.pdf", "application/pdf",
              DemoPdf.onePage(List.of("Acollida demo", "Community sponsorship agreement " + PILOT_CODE,
                  "Signed by the regional government, SJM and the three Caritas dioceses on " + start,
                  "(a demo document)")));
          LOG.info("Demo: pilot agreement {} registered, in force since {}", PILOT_CODE, start);
        });
  }
}
