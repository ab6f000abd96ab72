package org.acollida.audit;

import java.time.Instant;

/**
 * One line of a case's audit trail: when, who (a user id; null when the engine itself acted, e.g. a timer or a
 * service task), what kind of thing happened, to what ({@code subject}: a task's or variable's name, a decision's
 * or message's key) and with which value. The sentence people read is made from these in their language
 * ({@link AuditTexts}); programs read the fields (CSV).
 */
public record AuditEntry(Instant time, String userId, Kind kind, String subject, String value) {

  /** What happened; in the order things happen within one step, for lines with the same time. */
  public enum Kind {
    /** The case was started (subject: the process's name). */
    STARTED,
    /** A message reached the case (subject: the message's name). */
    MESSAGE,
    /** A user claimed a task (subject: the task's name). */
    TASK_CLAIMED,
    /** A user gave a task back to its group (subject: the task's name). */
    TASK_RELEASED,
    /** A user assigned a task (subject: the task's name; value: the new assignee). */
    TASK_ASSIGNED,
    /** A user wrote variables directly through the API (subject: the task's or the process's name). */
    VARIABLES_WRITTEN,
    /** A user added a document to the case (subject: the file's name; docs/documents.md). */
    DOCUMENT_ADDED,
    /** Any other operation a user did on the case (subject: Camunda's operation type; value: on what). */
    OPERATION,
    /** A user task was completed (subject: the task's name). */
    TASK_COMPLETED,
    /** A decision table was evaluated (subject: the decision's key; value: its result). */
    DECISION,
    /** A contract variable took a value (subject: the variable; value: the value). */
    VARIABLE_SET,
    /** A contract variable holding a list took a value (subject: the variable; value: its number of entries). */
    VARIABLE_LIST,
    /** A contract variable of free text was set; the text is not shown (subject: the variable). */
    VARIABLE_RECORDED,
    /** The case ended (value: the engine's end state). */
    ENDED;

    /** Its place among lines of the same time; a step's variable changes keep the order they were read in. */
    int rank() {
      return this == VARIABLE_LIST || this == VARIABLE_RECORDED ? VARIABLE_SET.ordinal() : ordinal();
    }

    /** The key of this kind's sentence in the page's catalogue (i18n/audit.json). */
    public String textKey() {
      return "entry." + name();
    }
  }
}
