package org.acollida.evaluation;

import org.acollida.common.InputRules;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/** The rule on what the Joint Commission sends: its conclusions, required (they are what is published). */
@Component
public class EvaluationValidation {

  public String conclusions(VariableScope scope) {
    return InputRules.requireText(scope, EvaluationVariables.CONCLUSIONS, InputRules.MAX_TEXT);
  }
}
