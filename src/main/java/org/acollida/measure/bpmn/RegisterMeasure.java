package org.acollida.measure.bpmn;

import org.acollida.common.InvalidInputException;
import org.acollida.contract.MeasureContract;
import org.acollida.contract.MeasureStatus;
import org.acollida.contract.ProgrammeCalendar;
import org.acollida.measure.MeasureProperties;
import org.acollida.measure.MeasureValidation;
import org.acollida.measure.MeasureVariables;
import org.acollida.organisation.OpenCaseCodes;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Start listener of a measure: validates the start variables and claims the measure's code among open measures,
 * in the transaction that creates the instance, so a refusal leaves nothing behind. The first report is due at the
 * end of the first reporting period.
 */
@Component("registerMeasure")
public class RegisterMeasure implements ExecutionListener {

  private static final Logger LOG = LoggerFactory.getLogger(RegisterMeasure.class);

  private final MeasureValidation validation;
  private final OpenCaseCodes openCodes;
  private final MeasureProperties properties;

  public RegisterMeasure(MeasureValidation validation, OpenCaseCodes openCodes, MeasureProperties properties) {
    this.validation = validation;
    this.openCodes = openCodes;
    this.properties = properties;
  }

  @Override
  public void notify(DelegateExecution execution) {
    MeasureValidation.Registration registration = validation.registration(execution);
    String code = registration.measureCode();
    String businessKey = execution.getProcessBusinessKey();
    if (businessKey == null) {
      execution.setProcessBusinessKey(code);
    } else if (!businessKey.equals(code)) {
      throw new InvalidInputException("businessKey", "must equal measureCode (" + code + ")");
    }
    if (!openCodes.claim(MeasureContract.CASE_KIND, code, execution.getProcessInstanceId())) {
      throw new InvalidInputException(MeasureVariables.MEASURE_CODE, "an open measure with code '" + code + "' exists already");
    }
    execution.setVariable(MeasureVariables.TITLE, registration.title());
    execution.setVariable(MeasureVariables.OBJECTIVE, registration.objective());
    execution.setVariable(MeasureVariables.RESPONSIBLE_ORGANISATION, registration.responsibleOrganisation());
    execution.setVariable(MeasureVariables.DUE_DATE, registration.dueDate().toString());
    MeasureVariables measure = MeasureVariables.of(execution);
    measure.setStatus(MeasureStatus.PLANNED);
    measure.setProgress(0);
    measure.setOrigins(registration.originConsultationCode() == null ? java.util.List.of()
        : java.util.List.of(new MeasureVariables.Origin(registration.originConsultationCode(), registration.originStakeholder())));
    measure.setReportDueDate(ProgrammeCalendar.today().plus(properties.reportInterval()));
    LOG.info("Measure {} registered for objective {}, by {}", code, registration.objective(),
        registration.responsibleOrganisation());
  }
}
