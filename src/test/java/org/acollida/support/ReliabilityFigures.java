package org.acollida.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the reliability tests tried and what happened, counted as they run and written to
 * target/reliability-&lt;database&gt;.md when the test JVM ends. The reliability figures of docs/reliability.md are
 * copied from there ({@code .ci/reliability-figures}), never typed in.
 */
public final class ReliabilityFigures {

  /** One line of the table: how many cases, how many went as a user relies on, what was lost or changed. */
  private static final class Line {
    long tried;
    long asExpected;
    long lostOrChanged;
  }

  private static final Map<String, Line> LINES = new TreeMap<>();

  static {
    Runtime.getRuntime().addShutdownHook(new Thread(ReliabilityFigures::write));
  }

  private ReliabilityFigures() {}

  /** A bad start or completion: refused with 400 naming the right field, or not. */
  public static synchronized void badInput(String process, boolean refusedNamingTheField) {
    Line line = line("Bad input refused with 400 naming the field: " + process);
    line.tried++;
    line.asExpected += refusedNamingTheField ? 1 : 0;
  }

  /** Instances or tasks counted before and after refused input: any difference was changed by it. */
  public static synchronized void afterBadInput(String process, long before, long after) {
    line("Bad input refused with 400 naming the field: " + process).lostOrChanged += Math.abs(after - before);
  }

  /** Instances a client was told were stored before a kill -9, and how many were there after the restart. */
  public static synchronized void crash(long committed, long foundAfterRestart) {
    Line line = line("kill -9 and restart: committed instances found again");
    line.tried += committed;
    line.asExpected += foundAfterRestart;
    line.lostOrChanged += committed - foundAfterRestart;
  }

  /** Completions sent at the same moment, and how many of them the process counted (each exactly once). */
  public static synchronized void simultaneous(String what, long sent, long countedOnce, long countedWrongly) {
    Line line = line("Simultaneous completions: " + what);
    line.tried += sent;
    line.asExpected += countedOnce;
    line.lostOrChanged += countedWrongly;
  }

  private static Line line(String check) {
    return LINES.computeIfAbsent(check, c -> new Line());
  }

  private static synchronized void write() {
    if (LINES.isEmpty()) {
      return;
    }
    String database = System.getProperty("spring.datasource.url", "jdbc:h2").startsWith("jdbc:postgresql")
        ? "postgresql" : "h2";
    StringBuilder table = new StringBuilder("| check | cases tried | as a user relies on | lost or changed |\n|---|---|---|---|\n");
    LINES.forEach((check, line) -> table.append(String.format("| %s | %d | %d | %d |%n",
        check, line.tried, line.asExpected, line.lostOrChanged)));
    try {
      Path file = Path.of("target", "reliability-" + database + ".md");
      Files.createDirectories(file.getParent());
      Files.writeString(file, table.toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
