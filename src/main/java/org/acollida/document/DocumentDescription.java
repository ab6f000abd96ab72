package org.acollida.document;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What an attachment's description holds for a document: its content type, its size and who added it. The engine's
 * attachment has a name, a type (the document's kind) and a creation time, but no author and no size; the size is
 * kept so that a list does not read every file. JSON, so that the same description read through Camunda's own API is
 * still plain to a person.
 */
record DocumentDescription(String contentType, long size, String addedBy) {

  private static final ObjectMapper JSON = new ObjectMapper();

  String write() {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("contentType", contentType);
    fields.put("size", size);
    fields.put("addedBy", addedBy);
    try {
      return JSON.writeValueAsString(fields);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Reads what {@link #write()} wrote; anything else (an attachment made before documents existed) reads empty. */
  static DocumentDescription read(String description) {
    if (description == null) {
      return new DocumentDescription(null, -1, null);
    }
    try {
      JsonNode node = JSON.readTree(description);
      return new DocumentDescription(text(node, "contentType"), node.path("size").asLong(-1), text(node, "addedBy"));
    } catch (JsonProcessingException e) {
      return new DocumentDescription(null, -1, null);
    }
  }

  private static String text(JsonNode node, String field) {
    return node.hasNonNull(field) ? node.get(field).asText() : null;
  }
}
