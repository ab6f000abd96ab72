package org.acollida.dashboard;

import static org.acollida.dashboard.ProgrammeVariables.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.acollida.dashboard.ProcessSnapshot.Instance;

/** Consultation rounds: who was invited and who answered, the migrant association share, the answers given. */
final class ConsultationFigures {

  private static final ObjectMapper JSON = new ObjectMapper();

  private ConsultationFigures() {}

  /** Invited and answered per stakeholder category, over every round the viewer may see. */
  static FigureTable participation(Collection<Instance> rounds) {
    Map<String, int[]> counts = new LinkedHashMap<>();
    STAKEHOLDER_CATEGORIES.forEach(category -> counts.put(category, new int[2]));
    for (Instance round : rounds) {
      for (JsonNode stakeholder : json(round, STAKEHOLDERS)) {
        counts.computeIfAbsent(stakeholder.path("category").asText("OTHER"), c -> new int[2])[0]++;
      }
      for (JsonNode contribution : received(round)) {
        counts.computeIfAbsent(contribution.path("category").asText("OTHER"), c -> new int[2])[1]++;
      }
    }
    FigureTable table = FigureTable.of("consultation-participation", "Invited and answered per stakeholder category",
        List.of("category", "invited", "answered"), "Summed over the consultation rounds you may see.");
    counts.forEach((category, n) -> table.add(category, n[0], n[1]));
    return table;
  }

  /** Each round: response, the migrant association share against the threshold, and its contributions by answer. */
  static FigureTable rounds(Collection<Instance> rounds, double threshold) {
    FigureTable table = FigureTable.of("consultation-rounds", "Consultation rounds",
        List.of("consultationCode", "topic", "status", "invited", "answered", "responseRate",
            "migrantAssociationShare", "threshold", "migrantResponseShare", "accepted", "partiallyAccepted", "rejected"),
        "Shares are 0–1. The threshold is the migrant associations' minimum share of those invited "
            + "(decision table representation-check). Answers count the contributions in the synthesis.");
    rounds.stream().sorted(Comparator.comparing(r -> String.valueOf(r.text(CONSULTATION_CODE)))).forEach(round -> {
      List<JsonNode> invited = json(round, STAKEHOLDERS);
      List<JsonNode> answered = received(round);
      long migrants = invited.stream().filter(s -> MIGRANT_ASSOCIATION.equals(s.path("category").asText())).count();
      Double share = round.decimal(MIGRANT_ASSOCIATION_SHARE);
      if (share == null && !invited.isEmpty()) {
        share = (double) migrants / invited.size();
      }
      Double responseRate = round.decimal(RESPONSE_RATE);
      if (responseRate == null && !invited.isEmpty()) {
        responseRate = (double) answered.size() / invited.size();
      }
      int[] answers = new int[ANSWERS.size()];
      for (JsonNode contribution : json(round, SYNTHESIS)) {
        int index = ANSWERS.indexOf(contribution.path("answer").asText());
        if (index >= 0) {
          answers[index]++;
        }
      }
      table.add(round.text(CONSULTATION_CODE), round.text(TOPIC), round.text(ROUND_STATUS), invited.size(), answered.size(),
          rounded(responseRate), rounded(share), threshold, rounded(round.decimal(MIGRANT_RESPONSE_SHARE)),
          answers[0], answers[1], answers[2]);
    });
    return table;
  }

  private static Double rounded(Double share) {
    return share == null ? null : Math.round(share * 1000) / 1000.0;
  }

  /** The contributions received so far; once the synthesis exists it holds them all. */
  private static List<JsonNode> received(Instance round) {
    List<JsonNode> synthesis = json(round, SYNTHESIS);
    return synthesis.isEmpty() ? json(round, CONTRIBUTIONS) : synthesis;
  }

  private static List<JsonNode> json(Instance round, String name) {
    Object value = round.values().get(name);
    List<JsonNode> items = new ArrayList<>();
    if (value == null) {
      return items;
    }
    try {
      JSON.readTree(value.toString()).forEach(items::add);
    } catch (Exception e) {
      // a variable changed by hand into something unreadable counts as empty rather than breaking the dashboard
    }
    return items;
  }
}
