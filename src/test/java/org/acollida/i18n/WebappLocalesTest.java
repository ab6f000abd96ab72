package org.acollida.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Our locale files for the Camunda webapps must keep every key of the English file shipped in the webapp jar,
 * or a coordinator sees an English (or raw key) label in the middle of a Spanish or Valencian page. Runs over
 * every locale file we ship, so a Camunda upgrade that adds labels fails here until they are translated.
 */
class WebappLocalesTest {

  private static final Path APPS = Path.of("src/main/resources/META-INF/resources/webjars/camunda/app");
  private static final String SHIPPED = "META-INF/resources/webjars/camunda/app/%s/locales/en.json";
  private static final Pattern AVAILABLE = Pattern.compile("availableLocales:\\s*\\[([^]]*)]");
  private static final ObjectMapper JSON = new ObjectMapper();

  record LocaleFile(String app, String language, Path file) {
    @Override
    public String toString() {
      return app + "/" + language;
    }
  }

  static List<LocaleFile> localeFiles() throws IOException {
    List<LocaleFile> files = new ArrayList<>();
    try (Stream<Path> all = Files.walk(APPS)) {
      all.filter(f -> f.getParent().getFileName().toString().equals("locales") && f.toString().endsWith(".json"))
          .sorted()
          .forEach(f -> files.add(new LocaleFile(f.getParent().getParent().getFileName().toString(),
              f.getFileName().toString().replace(".json", ""), f)));
    }
    return files;
  }

  static List<String> apps() throws IOException {
    try (Stream<Path> dirs = Files.list(APPS)) {
      return dirs.filter(d -> Files.exists(d.resolve("scripts/config.js"))).map(d -> d.getFileName().toString())
          .sorted().toList();
    }
  }

  @ParameterizedTest(name = "{0} has every key of the shipped English file")
  @MethodSource("localeFiles")
  void hasEveryKeyOfTheShippedEnglishFile(LocaleFile locale) throws IOException {
    Map<String, String> english = flatten(shippedEnglish(locale.app()));
    Map<String, String> translated = flatten(read(locale.file()));
    Set<String> missing = new TreeSet<>(english.keySet());
    missing.removeAll(translated.keySet());
    assertThat(missing).as("keys missing from " + locale).isEmpty();
    Set<String> unknown = new TreeSet<>(translated.keySet());
    unknown.removeAll(english.keySet());
    assertThat(unknown).as("keys the webapp does not know in " + locale).isEmpty();
  }

  @ParameterizedTest(name = "{0} translates every label and keeps its placeholders")
  @MethodSource("localeFiles")
  void translatesEveryLabelAndKeepsItsPlaceholders(LocaleFile locale) throws IOException {
    Map<String, String> english = flatten(shippedEnglish(locale.app()));
    Map<String, String> translated = flatten(read(locale.file()));
    List<String> problems = new ArrayList<>();
    english.forEach((key, source) -> {
      String target = translated.getOrDefault(key, "");
      if (!source.isBlank() && target.isBlank()) {
        problems.add(key + " is empty");
      }
      Set<String> known = Placeholders.in(source);
      for (String used : Placeholders.in(target)) {
        if (!known.contains(used)) {
          problems.add(key + " uses {{" + used + "}}, which the webapp does not fill in");
        }
      }
    });
    assertThat(problems).as(locale.toString()).isEmpty();
  }

  @ParameterizedTest(name = "{0} offers only languages it has a locale file for")
  @MethodSource("apps")
  void offersOnlyLanguagesItHasAFileFor(String app) throws IOException {
    String config = Files.readString(APPS.resolve(app).resolve("scripts/config.js"));
    Matcher matcher = AVAILABLE.matcher(config);
    assertThat(matcher.find()).as(app + " config.js lists its availableLocales").isTrue();
    for (String language : matcher.group(1).replaceAll("['\"\\s]", "").split(",")) {
      assertThat(APPS.resolve(app).resolve("locales/" + language + ".json")).as(app + " locale " + language).exists();
    }
  }

  /** The English file inside the webapp jar, not our branded copy that shadows it on the classpath. */
  private static JsonNode shippedEnglish(String app) throws IOException {
    List<URL> candidates = Collections.list(
        WebappLocalesTest.class.getClassLoader().getResources(SHIPPED.formatted(app)));
    URL shipped = candidates.stream().filter(url -> url.getProtocol().equals("jar")).findFirst()
        .orElseThrow(() -> new AssertionError("the webapp jar has no English locale for " + app));
    try (InputStream in = shipped.openStream()) {
      return JSON.readTree(stripBom(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
    }
  }

  private static JsonNode read(Path file) throws IOException {
    return JSON.readTree(stripBom(Files.readString(file)));
  }

  private static String stripBom(String text) {
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  private static Map<String, String> flatten(JsonNode node) {
    Map<String, String> flat = new TreeMap<>();
    flatten("", node, flat);
    return flat;
  }

  private static void flatten(String path, JsonNode node, Map<String, String> flat) {
    if (node.isObject()) {
      node.fields().forEachRemaining(e -> flatten(path.isEmpty() ? e.getKey() : path + "." + e.getKey(), e.getValue(), flat));
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        flatten(path + "[" + i + "]", node.get(i), flat);
      }
    } else {
      flat.put(path, node.asText());
    }
  }
}
