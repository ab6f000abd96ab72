package org.acollida.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Set;
import java.util.TreeSet;

/**
 * The variables a Camunda Form submits: the key of each field, and the path of each group or dynamic list that
 * has one (its fields are submitted inside that variable); a group without a path submits its fields as they
 * are. A key or path with dots ({@code address.street}) submits its first part. Disabled fields are not
 * submitted, so they write nothing.
 */
final class TaskFormFields {

  private static final ObjectMapper JSON = new ObjectMapper();

  private TaskFormFields() {}

  static Set<String> of(byte[] form) {
    try {
      Set<String> names = new TreeSet<>();
      collect(JSON.readTree(form).path("components"), names);
      return names;
    } catch (IOException e) {
      throw new IllegalStateException("a deployed form is not JSON", e);
    }
  }

  private static void collect(JsonNode components, Set<String> names) {
    for (JsonNode component : components) {
      if (component.path("disabled").asBoolean(false)) {
        continue;
      }
      String key = component.path("key").asText("");
      String path = component.path("path").asText("");
      if (!key.isBlank()) {
        names.add(firstPart(key));
      } else if (!path.isBlank()) {
        names.add(firstPart(path));
      } else {
        collect(component.path("components"), names);
      }
    }
  }

  private static String firstPart(String name) {
    int dot = name.indexOf('.');
    return dot < 0 ? name.trim() : name.substring(0, dot).trim();
  }
}
