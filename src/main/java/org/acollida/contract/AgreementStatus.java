package org.acollida.contract;

/** Readable as process variable {@code agreementStatus}. */
public enum AgreementStatus { IN_FORCE, EXTENSION_VOTE, ENDED, TERMINATED, CLOSED }
