package org.acollida.evaluation.bpmn;

import org.acollida.evaluation.EvaluationProperties;
import org.springframework.stereotype.Component;

/** The timer start event's cycle ({@code ${strategyEvaluationSchedule.cycle()}}), from configuration. */
@Component("strategyEvaluationSchedule")
public class StrategyEvaluationSchedule {

  private final EvaluationProperties properties;

  public StrategyEvaluationSchedule(EvaluationProperties properties) {
    this.properties = properties;
  }

  public String cycle() {
    return properties.cycle();
  }
}
