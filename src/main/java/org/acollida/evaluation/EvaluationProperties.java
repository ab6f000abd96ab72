package org.acollida.evaluation;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param cycle when the Joint Commission evaluates the strategy ({@code acollida.evaluation.cycle}, an ISO 8601
 *     repeating interval as Camunda timers take it, default {@code R/P1Y}: yearly from the process's deployment;
 *     {@code R/2027-01-15T09:00/P1Y} pins the day). Camunda 7 allows no start from Tasklist beside a timer
 *     start event; an administrator brings the next evaluation forward by changing the timer job's due date in Cockpit.
 */
@ConfigurationProperties(prefix = "acollida.evaluation")
public record EvaluationProperties(String cycle) {

  public EvaluationProperties {
    if (cycle == null || cycle.isBlank()) {
      cycle = "R/P1Y";
    }
    if (!cycle.startsWith("R")) {
      throw new IllegalArgumentException("acollida.evaluation.cycle must be a repeating interval such as R/P1Y");
    }
  }
}
