package org.acollida.benchmark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.acollida.AcollidaApplication;
import org.acollida.support.ApplicationProcess;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What our processes cost over the bare engine, at programme scale, each side on a fresh H2 file database:
 * the programme workload against a baseline of the same steps, a sponsor's Tasklist query with checks
 * against the same query without, and the application's start-up time and resident memory. Writes
 * {@code target/benchmark/results.json} and prints a table. Run with {@code mvn -Pbenchmark verify -DskipTests}
 * (options: {@code -Dbenchmark.families=5000 -Dbenchmark.tasks=10000 -Dbenchmark.threads=1 -Dbenchmark.startup=true}).
 */
public final class ProgrammeBenchmark {

  /** How many statements results.json lists per side and in the comparison of the two. */
  private static final int SQL_TOP = Integer.getInteger("benchmark.sqlTop", 8);

  public static void main(String[] args) throws Exception {
    Map<String, String> options = options(args);
    int families = Integer.parseInt(options.getOrDefault("families", "5000"));
    int tasks = Integer.parseInt(options.getOrDefault("tasks", "10000"));
    int threads = Integer.parseInt(options.getOrDefault("threads", "1"));
    boolean startup = Boolean.parseBoolean(options.getOrDefault("startup", "true"));
    Path out = Path.of(options.getOrDefault("out", "target/benchmark")).toAbsolutePath();

    Map<String, Object> results = new LinkedHashMap<>();
    results.put("when", Instant.now().toString());
    results.put("machine", Machine.facts());
    results.put("parameters", Map.of("families", families, "agreements", ProgrammeWorkload.agreementsFor(families),
        "consultationRounds", ProgrammeWorkload.roundsFor(families), "openTasks", tasks, "threads", threads));
    List<String> settings = Stream.of(args).filter(arg -> arg.startsWith("--spring.") || arg.startsWith("--camunda."))
        .toList();
    results.put("settings", settings);
    results.putAll(new ProgrammeBenchmark().runEngineParts(out, families, tasks, threads, settings));
    write(out, results); // the engine's figures are kept even if the start-up probe fails
    if (startup) {
      results.put("startup", startup(out));
    }
    ((Map<String, Object>) results.get("machine")).put("loadAverageAtEnd", Machine.loadAverage());

    Path json = write(out, results);
    System.out.println(Report.table(results));
    System.out.println("Results: " + json);
    System.exit(0);
  }

  private static Path write(Path out, Map<String, Object> results) throws IOException {
    Files.createDirectories(out);
    Path json = out.resolve("results.json");
    new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(json.toFile(), results);
    return json;
  }

  /**
   * Ours and the baseline each on a fresh database of its own, an H2 file or a PostgreSQL database (the baseline
   * used to run second on the database that already held ours' history, which cost it time: the ratio was not fair).
   */
  Map<String, Object> runEngineParts(Path out, int families, int tasks, int threads, List<String> settings) throws IOException {
    String run = Long.toString(System.currentTimeMillis(), 36).toUpperCase();
    Map<String, Object> results = new LinkedHashMap<>();
    Map<BaselineWorkload.Shape, Integer> shapes = new LinkedHashMap<>();
    List<SqlStatistics.Statement> ourStatements = new ArrayList<>();
    List<SqlStatistics.Statement> bareStatements = new ArrayList<>();
    Map<String, Object> databases = new LinkedHashMap<>();
    onFreshDatabase(out.resolve("db"), settings, databases, "ours", (engine, sql, file) -> {
      EngineDriver driver = new EngineDriver(engine, threads);
      warmUp(engine, driver, run, families);
      List<String> ourInstances = new ArrayList<>();
      results.put("ours", timed(engine, sql, file, ourStatements,
          () -> ourInstances.addAll(new ProgrammeWorkload(engine, driver, "B" + run).run(families))));
      shapes.putAll(new BaselineWorkload(engine, driver).shapesOf(ourInstances));
      results.put("taskQuery", taskQuery(engine, driver, run, tasks, 50, false));
    });
    // ours' file is measured (its size is in the results): removed so that both files never take the disk at once
    // (11 GB each at 5,000 families)
    deleteRecursively(out.resolve("db"));
    onFreshDatabase(out.resolve("db-baseline"), settings, databases, "baseline", (engine, sql, file) -> {
      EngineDriver driver = new EngineDriver(engine, threads);
      warmUp(engine, driver, run, families);
      BaselineWorkload baseline = new BaselineWorkload(engine, driver);
      baseline.deploy(shapes.keySet()); // deployed on ours' database when read; this one is fresh
      Map<String, Object> bare = timed(engine, sql, file, bareStatements, () -> baseline.run(shapes));
      bare.put("shapes", shapes.size());
      results.put("baseline", bare);
    });
    Map<String, Object> ordered = new LinkedHashMap<>();
    ordered.put("database", databases);
    ordered.put("ours", results.get("ours"));
    ordered.put("baseline", results.get("baseline"));
    ordered.put("ratio", ratio(results));
    if (!ourStatements.isEmpty()) {
      ordered.put("sqlOursAboveBaseline", SqlStatistics.oursAboveBaseline(ourStatements, bareStatements, SQL_TOP));
    }
    ordered.put("taskQuery", results.get("taskQuery"));
    return ordered;
  }

  private interface EngineWork {
    void run(ProcessEngine engine, SqlStatistics sql, Path databaseFile);
  }

  /**
   * The application's engine on a fresh H2 file in {@code directory}, or on a fresh PostgreSQL database of this
   * side's own on the server the settings name ({@code --spring.profiles.active=postgres}), dropped afterwards.
   */
  private static void onFreshDatabase(Path directory, List<String> settings, Map<String, Object> databases, String side,
      EngineWork work) throws IOException {
    deleteRecursively(directory);
    Files.createDirectories(directory);
    List<String> arguments = new ArrayList<>(List.of("--server.port=0", "--server.address=127.0.0.1",
        "--acollida.database.file=" + directory.resolve("acollida"),
        "--camunda.bpm.job-execution.enabled=false", "--acollida.demo.data=false",
        "--logging.level.org.camunda.bpm.engine.context=ERROR", "--logging.level.org.acollida=WARN"));
    arguments.addAll(settings); // later arguments win: a run may try another setting (history level, database)
    FreshPostgres postgres = onPostgres(settings)
        ? FreshPostgres.create(System.getenv("ACOLLIDA_DB_URL"), "acollida_benchmark_" + side) : null;
    if (postgres != null) {
      arguments.add("--spring.datasource.url=" + postgres.url);
    }
    try (ConfigurableApplicationContext context = new SpringApplicationBuilder(AcollidaApplication.class)
        .profiles("demo").run(arguments.toArray(String[]::new))) {
      // statement statistics and the file size are H2's; on PostgreSQL the database's size
      boolean h2 = context.getEnvironment().getProperty("spring.datasource.url", "").startsWith("jdbc:h2:");
      JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
      Map<String, Object> database = new LinkedHashMap<>();
      database.put("url", context.getEnvironment().getProperty("spring.datasource.url"));
      database.put("fresh", true);
      if (h2) {
        database.put("h2CacheSizeKb", jdbc.queryForObject(
            "select SETTING_VALUE from INFORMATION_SCHEMA.SETTINGS where SETTING_NAME = 'CACHE_SIZE'", String.class));
      }
      databases.put(side, database);
      work.run(context.getBean(ProcessEngine.class), h2 ? new SqlStatistics(jdbc) : null,
          h2 ? directory.resolve("acollida.mv.db") : null);
      if (!h2) {
        database.put("sizeMbAfter", jdbc.queryForObject("select pg_database_size(current_database())", Long.class) >> 20);
      }
    } finally {
      ClockUtil.reset();
      if (postgres != null) {
        postgres.close();
      }
    }
  }

  static boolean onPostgres(List<String> settings) {
    return settings.stream().anyMatch(arg -> arg.startsWith("--spring.profiles.active=") && arg.contains("postgres"));
  }

  /** The JIT, the engine's caches and the database's pages for both sides, untimed. */
  private static void warmUp(ProcessEngine engine, EngineDriver driver, String run, int families) {
    BaselineWorkload baseline = new BaselineWorkload(engine, driver);
    baseline.run(baseline.shapesOf(new ProgrammeWorkload(engine, driver, "W" + run).run(Math.min(families, 20))));
  }

  @SuppressWarnings("unchecked")
  private static double ratio(Map<String, Object> results) {
    return TaskQueryWorkload.round((double) ((Map<String, Object>) results.get("ours")).get("seconds")
        / (double) ((Map<String, Object>) results.get("baseline")).get("seconds"));
  }

  private static Map<String, Object> taskQuery(ProcessEngine engine, EngineDriver driver, String run, int tasks,
      int queryRepetitions, boolean clearOpenTasks) {
    TaskQueryWorkload taskQuery = new TaskQueryWorkload(engine, driver, "T" + run);
    taskQuery.prepare(tasks);
    analyseOnPostgres(engine);
    ClockUtil.reset();
    Map<String, Object> result = taskQuery.measure(Math.max(1, queryRepetitions / 2), queryRepetitions);
    if (clearOpenTasks) {
      taskQuery.clear();
    }
    return result;
  }

  /**
   * On PostgreSQL, the planner's statistics brought up to date before the task query is timed, as autovacuum does
   * within a minute on a running server. The open tasks were created seconds before: with the statistics of the
   * tables' earlier state the planner expected 5 of the sponsor's 252 tasks and joined them by nested loops, 29.6 ms
   * against 2.5 unchecked at 200 families (docs/benchmark.md). Both queries are timed on the same statistics.
   */
  private static void analyseOnPostgres(ProcessEngine engine) {
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    if ("postgres".equals(configuration.getDatabaseType())) {
      new JdbcTemplate(configuration.getDataSource()).execute("analyze");
    }
  }

  /** Both sides one after the other on one engine that is up: the smoke test's (ours and the baseline leave the same steps). */
  static Map<String, Object> measure(ProcessEngine engine, SqlStatistics sql, Path databaseFile, int families,
      int tasks, int queryRepetitions, int threads, boolean clearOpenTasks) {
    String run = Long.toString(System.currentTimeMillis(), 36).toUpperCase();
    EngineDriver driver = new EngineDriver(engine, threads);
    BaselineWorkload baseline = new BaselineWorkload(engine, driver);
    warmUp(engine, driver, run, families);

    List<String> ourInstances = new ArrayList<>();
    List<SqlStatistics.Statement> ourStatements = new ArrayList<>();
    Map<String, Object> results = new LinkedHashMap<>();
    results.put("ours", timed(engine, sql, databaseFile, ourStatements,
        () -> ourInstances.addAll(new ProgrammeWorkload(engine, driver, "B" + run).run(families))));
    Map<BaselineWorkload.Shape, Integer> shapes = baseline.shapesOf(ourInstances);
    List<SqlStatistics.Statement> bareStatements = new ArrayList<>();
    Map<String, Object> bare = timed(engine, sql, databaseFile, bareStatements, () -> baseline.run(shapes));
    bare.put("shapes", shapes.size());
    results.put("baseline", bare);
    results.put("ratio", ratio(results));
    if (sql != null) {
      results.put("sqlOursAboveBaseline", SqlStatistics.oursAboveBaseline(ourStatements, bareStatements, SQL_TOP));
    }
    results.put("taskQuery", taskQuery(engine, driver, run, tasks, queryRepetitions, clearOpenTasks));
    return results;
  }

  /** Runs one side and returns its figures; its SQL statements, if counted, are added to {@code statementsOut}. */
  private static Map<String, Object> timed(ProcessEngine engine, SqlStatistics sql, Path databaseFile,
      List<SqlStatistics.Statement> statementsOut, Runnable workload) {
    StepCounts before = StepCounts.of(engine.getHistoryService());
    if (sql != null) {
      sql.reset();
    }
    long start = System.nanoTime();
    workload.run();
    double seconds = (System.nanoTime() - start) / 1e9;
    Map<String, Object> result = new LinkedHashMap<>();
    if (sql != null) {
      List<SqlStatistics.Statement> statements = sql.read();
      result.put("sql", SqlStatistics.summary(statements, SQL_TOP));
      statementsOut.addAll(statements);
    }
    result.put("seconds", TaskQueryWorkload.round(seconds));
    result.put("steps", StepCounts.of(engine.getHistoryService()).minus(before).asMap());
    if (databaseFile != null) {
      try {
        result.put("databaseFileMbAfter", Files.size(databaseFile) >> 20);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return result;
  }

  /** The application in its own JVM on a fresh H2 file: time to "Acollida ready" and resident memory, then a restart. */
  private static Map<String, Object> startup(Path out) throws Exception {
    Path workDir = out.resolve("startup");
    deleteRecursively(workDir);
    Files.createDirectories(workDir);
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("maxHeap", "-Xmx384m");
    for (String phase : List.of("freshDatabase", "restart")) {
      long start = System.nanoTime();
      try (ApplicationProcess app = ApplicationProcess.launch(workDir, phase, Map.of(),
          "--spring.profiles.active=demo")) {
        double seconds = TaskQueryWorkload.round((System.nanoTime() - start) / 1e9);
        Map<String, Object> measured = new LinkedHashMap<>();
        measured.put("secondsToReady", seconds);
        measured.putAll(Machine.memoryOf(app.pid()));
        result.put(phase, measured);
      }
    }
    return result;
  }

  private static Map<String, String> options(String[] args) {
    Map<String, String> options = new LinkedHashMap<>();
    for (String arg : args) {
      if (arg.startsWith("--") && arg.contains("=")) {
        options.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
      }
    }
    return options;
  }

  public static void deleteRecursively(Path path) throws IOException {
    if (!Files.exists(path)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(path)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
