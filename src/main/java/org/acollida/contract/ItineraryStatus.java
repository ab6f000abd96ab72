package org.acollida.contract;

/** Readable as process variable {@code itineraryStatus}. RECEPTION, PLANNING and IN_PROGRESS are also phases. */
public enum ItineraryStatus { RECEPTION, PLANNING, IN_PROGRESS, BREAKDOWN, CLOSING, CLOSED }
