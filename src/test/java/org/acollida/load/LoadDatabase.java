package org.acollida.load;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.Writer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.acollida.AcollidaApplication;
import org.acollida.benchmark.ProgrammeAtScale;
import org.acollida.benchmark.ProgrammeBenchmark;
import org.acollida.contract.ProgrammeCalendar;
import org.acollida.notification.MailDeliveryJobHandler;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The database the load runs on, brought to scale with the benchmark's workload ({@link ProgrammeAtScale}).
 * On H2 it is built once per scale and code and kept under {@code load.cache} (a folder named by the scale and a
 * key of the code, {@link #codeKey}); each run starts on a copy of it, so the half hour of preparing 5,000
 * families is paid once ({@code -Dload.fresh=true} builds it again). A kept file is reused for a week only: its
 * families at a follow-up are dated from the day it was built, and their next follow-ups fall due about four weeks
 * later. On PostgreSQL it is prepared in the database given and used by the next run only: a preparation alone
 * ({@code -Dload.prepareOnly=true}) leaves a marker naming that database, and the next invocation on the same
 * database runs on it instead of preparing again. {@link #main} prepares alone, so that the slow part can run apart
 * from the timed one (the load profile does it first).
 */
final class LoadDatabase {

  static final int REUSE_DAYS = 7;
  private static final String READY = "ready.properties";
  /** H2's default write delay, for the preparation only (docs/benchmark.md has what it saves). */
  private static final int PREPARE_WRITE_DELAY_MS = 500;

  /** What the run needs to know of the prepared programme. */
  record Ready(String reportCode, long openTasks, int roundsAwaitingSynthesis, int familiesAtFollowUp) {
  }

  private LoadDatabase() {
  }

  /** Prepares the database of the load's settings, or finds it kept; prints what it did. */
  public static void main(String[] args) throws IOException {
    LoadSettings settings = LoadSettings.fromSystemProperties();
    Ready ready = ready(settings, out(), Path.of(System.getProperty("load.jar")));
    System.out.println("load: database ready, " + ready);
  }

  static Path out() {
    return Path.of(System.getProperty("load.out", "target/load")).toAbsolutePath();
  }

  static Path databaseFile(Path out) {
    return out.resolve("db").resolve("acollida");
  }

  /**
   * The database for a run: on H2 a copy of the kept file (built first if missing) at {@link #databaseFile};
   * on PostgreSQL the one given, prepared now unless {@link #main} just did.
   */
  static Ready forRun(LoadSettings settings, Path out, Path jar) throws IOException {
    if (settings.onPostgres()) {
      Optional<Path> marker = preparedOnPostgres(out);
      if (marker.isPresent()) {
        Ready ready = read(marker.get());
        Files.delete(marker.get()); // a run changes the database: the next one prepares again
        return ready;
      }
      return prepare(settings, List.of());
    }
    ready(settings, out, jar);
    Path kept = keptFolder(settings, jar);
    Path database = out.resolve("db");
    ProgrammeBenchmark.deleteRecursively(database);
    Files.createDirectories(database);
    long start = System.nanoTime();
    try (Stream<Path> files = Files.list(kept.resolve("db"))) {
      for (Path file : files.toList()) {
        Path copy = database.resolve(file.getFileName());
        Files.copy(file, copy);
        // written out before the application starts: else the kernel writes the copy's gigabytes out during the
        // timed run, and the application's own commits wait behind them
        try (FileChannel channel = FileChannel.open(copy, StandardOpenOption.WRITE)) {
          channel.force(true);
        }
      }
    }
    System.out.printf("load: kept database copied and written to disk in %.0f s%n", (System.nanoTime() - start) / 1e9);
    return read(kept.resolve(READY));
  }

  /** Prepares or finds the database; on PostgreSQL leaves a marker for the run that follows. */
  static Ready ready(LoadSettings settings, Path out, Path jar) throws IOException {
    if (settings.onPostgres()) {
      Optional<Path> marker = preparedOnPostgres(out);
      if (marker.isPresent()) {
        System.out.println("load: reusing the programme prepared in " + postgresUrl());
        return read(marker.get());
      }
      Ready ready = prepare(settings, List.of());
      write(postgresMarker(out), ready);
      return ready;
    }
    Path kept = keptFolder(settings, jar);
    Path marker = kept.resolve(READY);
    boolean recent = Files.exists(marker)
        && !builtOn(marker).isBefore(LocalDate.now(ProgrammeCalendar.ZONE).minusDays(REUSE_DAYS));
    if (recent && !Boolean.getBoolean("load.fresh")) {
      System.out.println("load: reusing the database kept in " + kept);
      return read(marker);
    }
    ProgrammeBenchmark.deleteRecursively(kept);
    Files.createDirectories(kept.resolve("db"));
    Ready ready = prepare(settings, List.of("--acollida.database.file=" + kept.resolve("db").resolve("acollida")));
    write(marker, ready);
    return ready;
  }

  private static Ready prepare(LoadSettings settings, List<String> database) {
    long start = System.nanoTime();
    List<String> arguments = new ArrayList<>(List.of("--server.address=127.0.0.1", "--server.port=0",
        "--spring.profiles.active=" + settings.profile(), "--acollida.demo.data=false",
        "--camunda.bpm.job-execution.enabled=false",
        "--logging.level.org.camunda.bpm.engine.context=ERROR", "--logging.level.org.acollida=WARN"));
    if (!settings.onPostgres()) {
      // The kept file is a fixture, built again if its preparation dies: it needs none of WRITE_DELAY 0's promise
      // that a kill -9 loses no commit (ADR 0001). H2's own delay batches the million commits of 5,000 families
      // into far fewer file writes; the run itself starts the application with its own setting.
      arguments.add("--spring.datasource.hikari.connection-init-sql=SET WRITE_DELAY "
          + Integer.getInteger("load.prepareWriteDelayMs", PREPARE_WRITE_DELAY_MS));
    }
    arguments.addAll(database);
    try (ConfigurableApplicationContext context = new SpringApplicationBuilder(AcollidaApplication.class)
        .run(arguments.toArray(String[]::new))) {
      ProgrammeAtScale.Prepared prepared = ProgrammeAtScale.bring(context.getBean(ProcessEngine.class),
          settings.families(), settings.openTasks(), settings.rounds(), settings.followUps(),
          "L" + Long.toString(System.currentTimeMillis(), 36).toUpperCase());
      int mails = deliverPastMail(context.getBean(ProcessEngine.class));
      System.out.printf("load: %d mails of the programme's past delivered%n", mails);
      System.out.printf("load: %d families ended, %d open tasks, %d rounds awaiting their synthesis, %d families at "
              + "a follow-up, in %.0f s%n", settings.families(), prepared.openTasks(), prepared.roundsAwaitingSynthesis(),
          prepared.familiesAtFollowUp(), (System.nanoTime() - start) / 1e9);
      return new Ready(prepared.publishedRound(), prepared.openTasks(), prepared.roundsAwaitingSynthesis(),
          prepared.familiesAtFollowUp());
    }
  }

  /**
   * The notifications of the programme's past, delivered now (to the demo's mail server) as the job executor would
   * have delivered them long before the run: else the launched application sends them all in its first minute (2,080
   * at 1,000 families), and its job executor holds the connections the users' requests wait for.
   */
  static int deliverPastMail(ProcessEngine engine) {
    ManagementService management = engine.getManagementService();
    int sent = 0;
    for (Job job : management.createJobQuery().executable().list()) {
      if (job instanceof JobEntity entity && MailDeliveryJobHandler.TYPE.equals(entity.getJobHandlerType())) {
        management.executeJob(job.getId());
        sent++;
      }
    }
    return sent;
  }

  /** target/load-cache/{families}-{tasks}-{rounds}-{followUps}-{content key}. */
  static Path keptFolder(LoadSettings settings, Path jar) throws IOException {
    Path root = Path.of(System.getProperty("load.cache", "target/load-cache")).toAbsolutePath();
    return root.resolve(settings.families() + "-" + settings.openTasks() + "-" + settings.rounds() + "-"
        + settings.followUps() + "-" + codeKey(jar));
  }

  /**
   * A digest of what decides the prepared database: the packaged application's models, forms, schema and settings
   * (content), its libraries (names: the engine's version), and the workload's compiled classes. Not the rest of
   * its code, so that a change measured by the load (a faster dashboard query) keeps the kept database; a change of
   * code that changes what the workload leaves behind needs {@code -Dload.fresh=true}.
   */
  static String codeKey(Path jar) throws IOException {
    MessageDigest digest = sha256();
    try (JarFile file = new JarFile(jar.toFile())) {
      List<JarEntry> entries = Collections.list(file.entries());
      entries.sort(Comparator.comparing(JarEntry::getName));
      for (JarEntry entry : entries) {
        String name = entry.getName();
        if (entry.isDirectory()) {
          continue;
        }
        if (name.startsWith("BOOT-INF/lib/")) {
          digest.update(name.getBytes());
        } else if (name.startsWith("BOOT-INF/classes/processes/") || name.startsWith("BOOT-INF/classes/forms/")
            || name.matches("BOOT-INF/classes/(schema\\.sql|application[^/]*\\.yaml)")) {
          digest.update(name.getBytes());
          try (InputStream in = file.getInputStream(entry)) {
            digest.update(in.readAllBytes());
          }
        }
      }
    }
    Path workload;
    try {
      workload = Path.of(ProgrammeAtScale.class.getProtectionDomain().getCodeSource().getLocation().toURI())
          .resolve("org/acollida/benchmark");
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    try (Stream<Path> classes = Files.list(workload)) {
      for (Path path : classes.filter(LoadDatabase::isWorkload).sorted().toList()) {
        digest.update(path.getFileName().toString().getBytes());
        digest.update(Files.readAllBytes(path));
      }
    }
    return HexFormat.of().formatHex(digest.digest()).substring(0, 16);
  }

  /** The classes that decide what the preparation leaves, nested ones included. */
  private static boolean isWorkload(Path classFile) {
    String name = classFile.getFileName().toString();
    return Stream.of("ProgrammeAtScale", "ProgrammeWorkload", "EngineDriver", "TaskQueryWorkload")
        .anyMatch(workload -> name.equals(workload + ".class") || name.startsWith(workload + "$"));
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The marker of the programme prepared on this PostgreSQL database by an earlier {@code -Dload.prepareOnly=true}
   * and not yet run on; none if the marker names another database.
   */
  private static Optional<Path> preparedOnPostgres(Path out) throws IOException {
    Path marker = postgresMarker(out);
    boolean here = Files.exists(marker) && postgresUrl().equals(properties(marker).getProperty("database"));
    return here ? Optional.of(marker) : Optional.empty();
  }

  private static Path postgresMarker(Path out) {
    return out.resolve("postgres-" + READY);
  }

  /** The PostgreSQL database the postgres profile connects to; empty on H2. */
  private static String postgresUrl() {
    return System.getenv().getOrDefault("ACOLLIDA_DB_URL", "");
  }

  private static LocalDate builtOn(Path marker) throws IOException {
    return LocalDate.parse(properties(marker).getProperty("builtOn"));
  }

  private static Ready read(Path marker) throws IOException {
    Properties p = properties(marker);
    return new Ready(p.getProperty("reportCode"), Long.parseLong(p.getProperty("openTasks")),
        Integer.parseInt(p.getProperty("roundsAwaitingSynthesis")), Integer.parseInt(p.getProperty("familiesAtFollowUp")));
  }

  private static Properties properties(Path marker) throws IOException {
    Properties p = new Properties();
    try (Reader reader = Files.newBufferedReader(marker)) {
      p.load(reader);
    }
    return p;
  }

  private static void write(Path marker, Ready ready) throws IOException {
    Properties p = new Properties();
    p.setProperty("builtOn", LocalDate.now(ProgrammeCalendar.ZONE).toString());
    p.setProperty("database", postgresUrl());
    p.setProperty("reportCode", ready.reportCode());
    p.setProperty("openTasks", Long.toString(ready.openTasks()));
    p.setProperty("roundsAwaitingSynthesis", Integer.toString(ready.roundsAwaitingSynthesis()));
    p.setProperty("familiesAtFollowUp", Integer.toString(ready.familiesAtFollowUp()));
    Files.createDirectories(marker.toAbsolutePath().getParent());
    try (Writer writer = Files.newBufferedWriter(marker)) {
      p.store(writer, "the load test's prepared programme");
    }
  }
}
