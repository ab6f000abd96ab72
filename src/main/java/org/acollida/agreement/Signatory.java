package org.acollida.agreement;

import java.math.BigDecimal;

/** One entry of the {@code signatories} start variable. */
public record Signatory(String organisation, BigDecimal budgetEur) {}
