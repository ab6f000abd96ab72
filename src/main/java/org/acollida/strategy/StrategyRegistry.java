package org.acollida.strategy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.acollida.common.InvalidInputException;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The Valencian Migration Strategy 2021–2026 as data (strategy.json): its five priorities and twelve
 * objectives ("1.1" … "5.2"), with English, Spanish and Valencian labels. Like the organisation registry it
 * knows no process; rounds and measures refer to it by id.
 */
@Component
public class StrategyRegistry {

  /** A label in each language: {@code en}, {@code es}, {@code ca}. */
  public record Label(String en, String es, String ca) {
    public String in(String language) {
      return switch (language == null ? "en" : language) {
        case "es" -> es;
        case "ca" -> ca;
        default -> en;
      };
    }
  }

  public record Objective(String id, Label label) {
    /** The priority an objective belongs to: the number before its dot. */
    public int priority() {
      return Integer.parseInt(id.substring(0, id.indexOf('.')));
    }
  }

  public record Priority(int id, Label label, List<Objective> objectives) {}

  record Strategy(Label name, List<Priority> priorities) {}

  private final Strategy strategy;
  private final Map<String, Objective> objectives = new LinkedHashMap<>();

  public StrategyRegistry() throws IOException {
    try (InputStream in = new ClassPathResource("strategy.json").getInputStream()) {
      strategy = new ObjectMapper().readValue(in, Strategy.class);
    }
    for (Priority priority : strategy.priorities()) {
      for (Objective objective : priority.objectives()) {
        if (objective.priority() != priority.id() || objectives.put(objective.id(), objective) != null) {
          throw new IllegalStateException("strategy.json: objective " + objective.id() + " is listed twice or under"
              + " priority " + priority.id());
        }
      }
    }
  }

  public Label name() {
    return strategy.name();
  }

  public List<Priority> priorities() {
    return strategy.priorities();
  }

  public List<Objective> objectives() {
    return List.copyOf(objectives.values());
  }

  public Optional<Objective> objective(String id) {
    return Optional.ofNullable(id == null ? null : objectives.get(id));
  }

  public Optional<Priority> priority(int id) {
    return strategy.priorities().stream().filter(p -> p.id() == id).findFirst();
  }

  /** The objective a client names in {@code field}: one of the twelve ids, or refused naming the field. */
  public Objective requireObjective(String field, Object value) {
    if (value == null || (value instanceof String text && text.isBlank())) {
      throw new InvalidInputException(field, "is required: one of " + objectives.keySet());
    }
    return objective(value.toString().strip())
        .orElseThrow(() -> new InvalidInputException(field, "must be one of " + objectives.keySet()));
  }
}
