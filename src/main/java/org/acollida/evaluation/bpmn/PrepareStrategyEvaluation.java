package org.acollida.evaluation.bpmn;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.acollida.accountability.StrategyFigures;
import org.acollida.contract.ProgrammeCalendar;
import org.acollida.evaluation.EvaluationVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/**
 * Takes the figures the Joint Commission evaluates: per priority the published rounds and their answers, per
 * objective the measures by status and the overdue ones; stored as Json (published with the conclusions) and as
 * text for the task's form.
 */
@Component("prepareStrategyEvaluation")
public class PrepareStrategyEvaluation implements JavaDelegate {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final StrategyFigures figures;

  public PrepareStrategyEvaluation(StrategyFigures figures) {
    this.figures = figures;
  }

  @Override
  public void execute(DelegateExecution execution) throws JsonProcessingException {
    List<StrategyFigures.PriorityFigures> current = figures.figures();
    execution.setVariable(EvaluationVariables.FIGURES_DATE, ProgrammeCalendar.today().toString());
    execution.setVariable(EvaluationVariables.EVALUATION_FIGURES,
        SpinValues.jsonValue(JSON.writeValueAsString(current)).create());
    execution.setVariable(EvaluationVariables.EVALUATION_SUMMARY, summary(current));
  }

  static String summary(List<StrategyFigures.PriorityFigures> figures) {
    StringBuilder text = new StringBuilder();
    for (StrategyFigures.PriorityFigures p : figures) {
      text.append("- **Priority ").append(p.priority()).append("**: ").append(p.rounds()).append(" rounds, ")
          .append(p.contributions()).append(" contributions, answers ").append(p.answersByState()).append('\n');
      for (StrategyFigures.ObjectiveFigures o : p.objectives()) {
        text.append("  - objective ").append(o.objective()).append(": measures ").append(o.measuresByStatus())
            .append(", overdue ").append(o.overdue()).append('\n');
      }
    }
    return text.toString();
  }
}
