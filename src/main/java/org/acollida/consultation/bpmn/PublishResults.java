package org.acollida.consultation.bpmn;

import java.util.ArrayList;
import java.util.List;
import org.acollida.consultation.ConsultationProperties;
import org.acollida.consultation.ConsultationReportController;
import org.acollida.consultation.ConsultationVariables;
import org.acollida.consultation.Contribution;
import org.acollida.contract.MeasureContract;
import org.acollida.contract.Messages;
import org.acollida.contract.ProcessKeys;
import org.acollida.contract.ProgrammeCalendar;
import org.acollida.contract.RoundStatus;
import org.acollida.organisation.OpenCaseCodes;
import org.acollida.organisation.OrganisationRegistry;
import org.acollida.strategy.StrategyRegistry;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Publishes the approved synthesis: from now on the report page shows it. Also writes down the
 * points the round leaves open (partially accepted and rejected contributions) for a next round.
 *
 * <p>Every accepted or partially accepted contribution becomes a {@code strategy-measure} in the same transaction
 * (docs/adr/0010): a new one, or the open measure the facilitator named to join (message
 * MeasureContributionJoined). The step is asynchronous, so a failure leaves the approval done and the publication
 * an incident to retry, never a published round with an adopted contribution nobody follows.
 */
@Component("publishResults")
public class PublishResults implements JavaDelegate {

  private static final Logger LOG = LoggerFactory.getLogger(PublishResults.class);

  private final ConsultationProperties properties;
  private final StrategyRegistry strategy;
  private final OpenCaseCodes openCodes;

  public PublishResults(ConsultationProperties properties, StrategyRegistry strategy, OpenCaseCodes openCodes) {
    this.properties = properties;
    this.strategy = strategy;
    this.openCodes = openCodes;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ConsultationVariables round = ConsultationVariables.of(execution);
    List<String> openPoints = round.synthesis().stream().filter(c -> c.answer().leavesOpenPoint())
        .map(PublishResults::openPoint).toList();
    round.setOpenPoints(openPoints);
    round.setSynthesis(followAdopted(execution, round));
    round.recordPublication(ProgrammeCalendar.now(), ConsultationReportController.pathOf(round.consultationCode()));
    round.setStatus(RoundStatus.PUBLISHED);
    LOG.info("Consultation {}: results published, {} open points", round.consultationCode(), openPoints.size());
  }

  /** Starts or joins a measure for each adopted contribution; returns the synthesis with each one's measure code. */
  private List<Contribution> followAdopted(DelegateExecution execution, ConsultationVariables round) {
    RuntimeService runtime = execution.getProcessEngineServices().getRuntimeService();
    List<Contribution> synthesis = new ArrayList<>();
    int adopted = 0;
    for (Contribution c : round.synthesis()) {
      if (!c.adopted() || c.measureCode() != null) {
        // a retried publication finds the measures it started already written down
        synthesis.add(c);
        continue;
      }
      adopted++;
      String join = c.joinMeasureCode();
      boolean joined = join != null && runtime.createProcessInstanceQuery().processDefinitionKey(ProcessKeys.MEASURE)
          .processInstanceBusinessKey(join).active().count() > 0;
      if (joined) {
        runtime.createMessageCorrelation(Messages.MEASURE_CONTRIBUTION_JOINED)
            .processInstanceBusinessKey(join)
            .setVariable(MeasureContract.JOINED_CONSULTATION_CODE, round.consultationCode())
            .setVariable(MeasureContract.JOINED_STAKEHOLDER, c.stakeholderId())
            .correlate();
        synthesis.add(c.inMeasure(join));
        continue;
      }
      // the measure named to join closed since the synthesis: the contribution gets a measure of its own
      String code = freeCode(round.consultationCode() + "-" + adopted);
      runtime.startProcessInstanceByKey(ProcessKeys.MEASURE, code, Variables.createVariables()
          .putValue(MeasureContract.MEASURE_CODE, code)
          .putValue(MeasureContract.TITLE, abbreviate(c.text(), 280))
          .putValue(MeasureContract.OBJECTIVE, c.objective() != null ? c.objective() : defaultObjective(round))
          .putValue(MeasureContract.RESPONSIBLE_ORGANISATION,
              c.responsibleOrganisation() != null ? c.responsibleOrganisation() : OrganisationRegistry.GOVERNMENT_ID)
          .putValue(MeasureContract.DUE_DATE, ProgrammeCalendar.today().plus(properties.measureTerm()).toString())
          .putValue(MeasureContract.ORIGIN_CONSULTATION_CODE, round.consultationCode())
          .putValue(MeasureContract.ORIGIN_STAKEHOLDER, c.stakeholderId()));
      synthesis.add(c.inMeasure(code));
    }
    return synthesis;
  }

  /** The first objective of the round's priority: what a round on that priority serves unless the answer says otherwise. */
  private String defaultObjective(ConsultationVariables round) {
    return strategy.priority(round.strategyPriority()).orElseThrow(() -> new IllegalStateException(
        "round " + round.consultationCode() + ": strategyPriority " + round.strategyPriority() + " is no priority"))
        .objectives().get(0).id();
  }

  /** The code, or the code with a suffix when an open measure (of an earlier round with this code) holds it. */
  private String freeCode(String base) {
    String code = base.length() > 60 ? base.substring(0, 60) : base;
    String candidate = code;
    for (int n = 2; openCodes.isOpen(MeasureContract.CASE_KIND, candidate); n++) {
      candidate = code + "-" + n;
    }
    return candidate;
  }

  static String openPoint(Contribution c) {
    return c.stakeholderName() + " (" + c.category().label() + "): " + abbreviate(c.text(), 300)
        + " — " + c.answer().label() + ": " + abbreviate(c.reason(), 300);
  }

  private static String abbreviate(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max) + "…";
  }
}
