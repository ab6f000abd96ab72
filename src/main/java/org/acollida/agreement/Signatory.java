package org.acollida.agreement;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.List;

/** One entry of the {@code signatories} start variable. */
public record Signatory(String organisation, BigDecimal budgetEur) {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** The signatories stored on an agreement (validated at registration), read back from their JSON. */
  static List<Signatory> readAll(String json) {
    try {
      return JSON.readValue(json, new TypeReference<>() {});
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("signatories were validated at registration but cannot be read", e);
    }
  }

  static List<String> organisationsIn(String json) {
    return readAll(json).stream().map(Signatory::organisation).toList();
  }
}
