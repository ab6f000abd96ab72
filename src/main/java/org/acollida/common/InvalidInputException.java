package org.acollida.common;

import org.camunda.bpm.engine.BadUserRequestException;

/**
 * Input a person or client sent that breaks a rule. Thrown from start and completion validation
 * inside the engine's transaction, so nothing is created or changed; the REST layer answers 400
 * with the field and the rule.
 */
public class InvalidInputException extends BadUserRequestException {

  private final String field;
  private final String rule;

  public InvalidInputException(String field, String rule) {
    super(field + ": " + rule);
    this.field = field;
    this.rule = rule;
  }

  public String field() {
    return field;
  }

  public String rule() {
    return rule;
  }
}
