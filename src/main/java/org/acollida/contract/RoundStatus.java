package org.acollida.contract;

/** Readable as process variable {@code roundStatus}: where the round stands. */
public enum RoundStatus {
  REPRESENTATION_CHECK, OPEN_FOR_CONTRIBUTIONS, CONTRIBUTIONS_CLOSED, SYNTHESIS, APPROVAL, PUBLISHED, CLOSED
}
