package org.acollida.benchmark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.acollida.AcollidaApplication;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Bytes of database per closed family, at one history level: the benchmark's workload ({@link ProgrammeWorkload},
 * every family, agreement and round to its end) on a fresh database, its size and each engine table's rows and
 * bytes before and after. On H2 the file as the application leaves it and after {@code SHUTDOWN COMPACT}; on
 * PostgreSQL ({@code --spring.profiles.active=postgres}, a fresh database on the server of ACOLLIDA_DB_URL)
 * {@code pg_database_size} after the run and after {@code VACUUM FULL}. A family's share of its agreement (one per 50)
 * and round (one per 100) is counted in. Usage: {@code DatabaseSize --families=200 --level=full [--spring...]};
 * writes {@code target/database-size/{h2|postgres}-{level}.json}.
 */
public final class DatabaseSize {

  private DatabaseSize() {
  }

  public static void main(String[] args) throws Exception {
    Map<String, String> options = new LinkedHashMap<>();
    List<String> settings = new ArrayList<>();
    for (String arg : args) {
      if (arg.startsWith("--spring.") || arg.startsWith("--camunda.")) {
        settings.add(arg);
      } else if (arg.startsWith("--") && arg.contains("=")) {
        options.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
      }
    }
    int families = Integer.parseInt(options.getOrDefault("families", "200"));
    String level = options.getOrDefault("level", "full");
    Path out = Path.of(options.getOrDefault("out", "target/database-size")).toAbsolutePath();
    boolean postgres = ProgrammeBenchmark.onPostgres(settings);
    Path directory = out.resolve("db-" + level);
    ProgrammeBenchmark.deleteRecursively(directory);
    Files.createDirectories(directory);

    List<String> arguments = new ArrayList<>(List.of("--server.port=0", "--server.address=127.0.0.1",
        "--acollida.database.file=" + directory.resolve("acollida"), "--camunda.bpm.history-level=" + level,
        "--camunda.bpm.job-execution.enabled=false", "--acollida.demo.data=false",
        "--logging.level.org.camunda.bpm.engine.context=ERROR", "--logging.level.org.acollida=WARN"));
    arguments.addAll(settings);
    FreshPostgres fresh = postgres ? FreshPostgres.create(System.getenv("ACOLLIDA_DB_URL"), "acollida_size_" + level) : null;
    if (fresh != null) {
      arguments.add("--spring.datasource.url=" + fresh.url);
    }
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("when", Instant.now().toString());
    result.put("database", postgres ? "postgres" : "h2");
    result.put("historyLevel", level);
    result.put("families", families);
    result.put("agreements", ProgrammeWorkload.agreementsFor(families));
    result.put("consultationRounds", ProgrammeWorkload.roundsFor(families));
    String h2Url = null;
    try (ConfigurableApplicationContext context = new SpringApplicationBuilder(AcollidaApplication.class)
        .profiles("demo").run(arguments.toArray(String[]::new))) {
      JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
      h2Url = postgres ? null : context.getEnvironment().getProperty("spring.datasource.url");
      Map<String, long[]> before = tables(jdbc, postgres);
      long sizeBefore = databaseBytes(jdbc, postgres);
      ProcessEngine engine = context.getBean(ProcessEngine.class);
      new ProgrammeWorkload(engine, new EngineDriver(engine, 1), "Z").run(families);
      ClockUtil.reset();
      Map<String, long[]> after = tables(jdbc, postgres);
      Map<String, Object> perTable = new LinkedHashMap<>();
      after.entrySet().stream()
          .sorted((a, b) -> Long.compare(b.getValue()[1] - before.getOrDefault(b.getKey(), new long[2])[1],
              a.getValue()[1] - before.getOrDefault(a.getKey(), new long[2])[1]))
          .forEach(e -> {
            long[] was = before.getOrDefault(e.getKey(), new long[2]);
            long rows = e.getValue()[0] - was[0];
            long bytes = e.getValue()[1] - was[1];
            if (rows != 0 || bytes != 0) {
              perTable.put(e.getKey(), Map.of("rows", rows, "bytes", bytes, "bytesPerFamily", bytes / families));
            }
          });
      long tableBytes = perTable.values().stream().mapToLong(t -> (Long) ((Map<?, ?>) t).get("bytes")).sum();
      result.put("tableBytesPerFamily", tableBytes / families);
      result.put("databaseBytesBefore", sizeBefore);
      long sizeAfter = databaseBytes(jdbc, postgres);
      result.put("databaseBytesAfter", sizeAfter);
      result.put("databaseBytesPerFamily", (sizeAfter - sizeBefore) / families);
      if (postgres) {
        jdbc.execute("vacuum full");
        long vacuumed = databaseBytes(jdbc, true);
        result.put("databaseBytesAfterVacuumFull", vacuumed);
        result.put("databaseBytesPerFamilyAfterVacuumFull", (vacuumed - sizeBefore) / families);
      }
      result.put("tables", perTable);
    } finally {
      if (fresh != null) {
        fresh.close();
      }
    }
    if (!postgres) {
      // the file as the application leaves it, then rewritten without its free space
      Path file = directory.resolve("acollida.mv.db");
      result.put("h2FileBytes", Files.size(file));
      try (Connection connection = DriverManager.getConnection(h2Url.replaceAll(";CACHE_SIZE=[^;]*", ""), "sa", "");
          Statement statement = connection.createStatement()) {
        statement.execute("SHUTDOWN COMPACT");
      }
      result.put("h2FileBytesCompacted", Files.size(file));
      result.put("h2FileBytesCompactedPerFamily", Files.size(file) / families);
    }
    Files.createDirectories(out);
    Path json = out.resolve(result.get("database") + "-" + level + ".json");
    new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(json.toFile(), result);
    System.out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(result));
    System.exit(0);
  }

  /** Each engine and Acollida table: rows and bytes (H2's estimate of its pages; PostgreSQL's with indexes and TOAST). */
  private static Map<String, long[]> tables(JdbcTemplate jdbc, boolean postgres) {
    List<String> names = postgres
        ? jdbc.queryForList("select tablename from pg_tables where schemaname = current_schema()", String.class)
        : jdbc.queryForList("select TABLE_NAME from INFORMATION_SCHEMA.TABLES where TABLE_SCHEMA = 'PUBLIC'",
            String.class);
    Map<String, long[]> tables = new LinkedHashMap<>();
    for (String name : names) {
      long rows = jdbc.queryForObject("select count(*) from " + name, Long.class);
      long bytes = postgres
          ? jdbc.queryForObject("select pg_total_relation_size(?::regclass)", Long.class, name)
          : jdbc.queryForObject("select DISK_SPACE_USED(?)", Long.class, name);
      tables.put(name.toUpperCase(), new long[] {rows, bytes});
    }
    return tables;
  }

  private static long databaseBytes(JdbcTemplate jdbc, boolean postgres) {
    return postgres ? jdbc.queryForObject("select pg_database_size(current_database())", Long.class) : 0;
  }
}
