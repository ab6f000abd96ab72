package org.acollida.contract;

/** Readable as process variable {@code measureStatus}. DONE and DROPPED wait for the Joint Commission's confirmation. */
public enum MeasureStatus {
  PLANNED, IN_PROGRESS, DONE, DROPPED, CLOSED;

  /** What the responsible organisation may report: CLOSED is the Joint Commission's to give. */
  public boolean reportable() {
    return this != CLOSED;
  }

  public boolean awaitsConfirmation() {
    return this == DONE || this == DROPPED;
  }
}
