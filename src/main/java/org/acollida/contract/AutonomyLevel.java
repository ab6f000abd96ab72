package org.acollida.contract;

/** Readable as process variable {@code autonomyLevel} of an itinerary: the outcome of an autonomy assessment. */
public enum AutonomyLevel { LOW, PARTIAL, AUTONOMOUS }
