package org.acollida.consultation.bpmn;

import java.util.List;
import org.acollida.consultation.ConsultationReportController;
import org.acollida.consultation.ConsultationVariables;
import org.acollida.consultation.Contribution;
import org.acollida.contract.ProgrammeCalendar;
import org.acollida.contract.RoundStatus;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Publishes the approved synthesis: from now on the report page shows it. Also writes down the
 * points the round leaves open (partially accepted and rejected contributions) for a next round.
 */
@Component("publishResults")
public class PublishResults implements JavaDelegate {

  private static final Logger LOG = LoggerFactory.getLogger(PublishResults.class);

  @Override
  public void execute(DelegateExecution execution) {
    ConsultationVariables round = ConsultationVariables.of(execution);
    List<String> openPoints = round.synthesis().stream().filter(c -> c.answer().leavesOpenPoint())
        .map(PublishResults::openPoint).toList();
    round.setOpenPoints(openPoints);
    round.recordPublication(ProgrammeCalendar.now(), ConsultationReportController.pathOf(round.consultationCode()));
    round.setStatus(RoundStatus.PUBLISHED);
    LOG.info("Consultation {}: results published, {} open points", round.consultationCode(), openPoints.size());
  }

  static String openPoint(Contribution c) {
    return c.stakeholderName() + " (" + c.category().label() + "): " + abbreviate(c.text(), 300)
        + " — " + c.answer().label() + ": " + abbreviate(c.reason(), 300);
  }

  private static String abbreviate(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max) + "…";
  }
}
