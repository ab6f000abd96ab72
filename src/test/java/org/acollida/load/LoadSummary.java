package org.acollida.load;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * target/load/summary.json from the newest Gatling report under a results folder (its {@code js/stats.js}):
 * per request kind, the count, the errors, the median and the 95th percentile in ms (Gatling's percentiles 1
 * and 3 with its default settings, 50 and 95). Usage: {@code LoadSummary <gatling results folder> <summary.json>}.
 */
public final class LoadSummary {

  private static final String STATS = "js/stats.js";
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private LoadSummary() {
  }

  public static void main(String[] args) throws IOException {
    Map<String, Object> summary = write(Path.of(args[0]), Path.of(args[1]));
    System.out.println(JSON.writeValueAsString(summary));
  }

  /** Writes the summary of the newest report in {@code resultsFolder} to {@code summaryFile} and returns it. */
  static Map<String, Object> write(Path resultsFolder, Path summaryFile) throws IOException {
    Path report = newestReport(resultsFolder);
    JsonNode stats = statsOf(report);
    Map<String, Object> requests = new LinkedHashMap<>();
    collect(stats.path("contents"), requests);
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("when", Instant.now().toString());
    summary.put("report", report.resolve("index.html").toString());
    summary.put("settings", Map.of("families", Integer.getInteger("load.families", 0),
        "users", Integer.getInteger("load.users", 0), "seconds", Integer.getInteger("load.seconds", 0),
        "heap", System.getProperty("load.heap", "")));
    summary.put("requests", requests);
    Files.createDirectories(summaryFile.toAbsolutePath().getParent());
    JSON.writeValue(summaryFile.toFile(), summary);
    return summary;
  }

  private static void collect(JsonNode contents, Map<String, Object> requests) {
    for (Iterator<JsonNode> it = contents.elements(); it.hasNext(); ) {
      JsonNode node = it.next();
      if ("GROUP".equals(node.path("type").asText())) {
        collect(node.path("contents"), requests);
        continue;
      }
      JsonNode stats = node.path("stats");
      Map<String, Object> kind = new LinkedHashMap<>();
      kind.put("count", stats.path("numberOfRequests").path("total").asLong());
      kind.put("errors", stats.path("numberOfRequests").path("ko").asLong());
      kind.put("medianMs", stats.path("percentiles1").path("total").asLong());
      kind.put("p95Ms", stats.path("percentiles3").path("total").asLong());
      requests.put(stats.path("name").asText(node.path("name").asText()), kind);
    }
  }

  /** The report's statistics: a JavaScript object literal ({@code var stats = {...}}, keys unquoted, numbers as text). */
  private static JsonNode statsOf(Path report) throws IOException {
    String script = Files.readString(report.resolve(STATS));
    try (JsonParser parser = JSON.getFactory().createParser(script.substring(script.indexOf('{')))) {
      parser.enable(JsonParser.Feature.ALLOW_UNQUOTED_FIELD_NAMES);
      return JSON.readTree(parser); // the first value only: the script goes on after it
    }
  }

  private static Path newestReport(Path resultsFolder) throws IOException {
    try (Stream<Path> reports = Files.list(resultsFolder)) {
      return reports.filter(dir -> Files.exists(dir.resolve(STATS)))
          .max(Comparator.comparing(dir -> dir.toFile().lastModified()))
          .orElseThrow(() -> new IllegalStateException("no Gatling report in " + resultsFolder));
    }
  }
}
