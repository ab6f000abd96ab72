package org.acollida.support;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.acollida.AcollidaApplication;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The application in a JVM of its own (demo profile, loopback only), for what one JVM cannot show:
 * a kill -9 and a restart, two cluster nodes. Talks to it through REST as the administrator.
 */
public final class ApplicationProcess implements AutoCloseable {

  private final Process process;
  private final File log;
  private final int port;

  private ApplicationProcess(Process process, File log, int port) {
    this.process = process;
    this.log = log;
    this.port = port;
  }

  /** Starts the application from {@code workDir} and returns once it is ready (start-up data in place). */
  public static ApplicationProcess launch(Path workDir, String name, Map<String, String> environment, String... arguments)
      throws IOException, InterruptedException {
    return launchUntil(AcollidaApplication.READY_MESSAGE, workDir, name, environment, arguments);
  }

  /** Starts the application from {@code workDir} and returns once its log shows {@code line} (a moment of its start-up). */
  public static ApplicationProcess launchUntil(String line, Path workDir, String name, Map<String, String> environment,
      String... arguments) throws IOException, InterruptedException {
    int port = freePort();
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command = new ArrayList<>(List.of(java, "-Xmx384m", "-cp", System.getProperty("java.class.path"),
        AcollidaApplication.class.getName(), "--server.port=" + port, "--server.address=127.0.0.1"));
    command.addAll(List.of(arguments));
    File log = workDir.resolve(name + "-" + System.nanoTime() + ".log").toFile();
    ProcessBuilder builder = new ProcessBuilder(command)
        // run from the work folder: the surefire class path has the working directory on it, which would
        // make the top-level processes/ folder a second copy of the deployed models
        .directory(workDir.toFile())
        .redirectErrorStream(true).redirectOutput(log);
    builder.environment().putAll(environment);
    ApplicationProcess app = new ApplicationProcess(builder.start(), log, port);
    app.awaitLog(line);
    return app;
  }

  /** Runs the application in a JVM of its own until it exits (a start-up that must fail); returns its output. */
  public static String runUntilExit(Path workDir, Map<String, String> environment, String... arguments)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx256m", "-cp", System.getProperty("java.class.path"), AcollidaApplication.class.getName(),
        "--server.port=0", "--server.address=127.0.0.1"));
    command.addAll(List.of(arguments));
    File log = workDir.resolve("exit-" + System.nanoTime() + ".log").toFile();
    ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile())
        .redirectErrorStream(true).redirectOutput(log);
    builder.environment().putAll(environment);
    Process process = builder.start();
    if (!process.waitFor(120, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new IllegalStateException("application kept running:\n" + Files.readString(log.toPath()));
    }
    return Files.readString(log.toPath());
  }

  /** Waits until the application's log shows {@code line}. */
  public void awaitLog(String line) throws IOException, InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("application exited:\n" + log());
      }
      if (log().contains(line)) {
        return;
      }
      Thread.sleep(300); // waiting on another process, not on our own engine
    }
    throw new IllegalStateException("application did not log \"" + line + "\" in time:\n" + log());
  }

  /** Its output so far. */
  public String log() throws IOException {
    return Files.readString(log.toPath());
  }

  public int port() {
    return port;
  }

  /** The operating-system process id (its memory is read from /proc). */
  public long pid() {
    return process.pid();
  }

  /** SIGKILL: no shutdown hook, no clean close of the database. */
  public void kill() throws InterruptedException {
    process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
  }

  /** SIGTERM, as Ctrl-C or a service manager stops it: shutdown hooks run. Returns once it has exited. */
  public void stop() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(90, TimeUnit.SECONDS)) {
      throw new IllegalStateException("application did not stop on SIGTERM");
    }
  }

  @Override
  public void close() throws InterruptedException {
    kill();
  }

  public ResponseEntity<Map> post(String path, Object body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return rest().exchange(url(path), HttpMethod.POST, new HttpEntity<>(body, headers), Map.class);
  }

  public <T> T get(String path, Class<T> type) {
    return rest().getForObject(url(path), type);
  }

  public long count(String path) {
    return ((Number) get(path, Map.class).get("count")).longValue();
  }

  /** A POST as another user. */
  public ResponseEntity<Map> post(String path, Object body, String user, String password) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return new TestRestTemplate().withBasicAuth(user, password)
        .exchange(url(path), HttpMethod.POST, new HttpEntity<>(body, headers), Map.class);
  }

  /** The HTTP status of a GET as another user (whose password may be refused). */
  public int status(String path, String user, String password) {
    return new TestRestTemplate().withBasicAuth(user, password).getForEntity(url(path), String.class)
        .getStatusCode().value();
  }

  private TestRestTemplate rest() {
    return new TestRestTemplate().withBasicAuth("admin", "admin");
  }

  private String url(String path) {
    return "http://127.0.0.1:" + port + "/engine-rest" + path;
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
