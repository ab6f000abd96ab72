package org.acollida.load;

import java.io.File;
import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.acollida.AcollidaApplication;

/**
 * The application the load runs against. Either one already running ({@code load.baseUrl}, with the code of a
 * published round in {@code load.reportCode}: the smoke test's), or the packaged jar ({@code load.jar}) started
 * here on 127.0.0.1 and a free port, on a database brought to scale with the benchmark's workload
 * ({@link LoadDatabase}: a copy of the H2 file kept for this scale under {@code load.out}, or PostgreSQL with
 * {@code load.profile=demo,postgres}).
 * {@link #close()} stops what was started, and a shutdown hook does too if the run is cut short.
 */
final class LoadTarget implements AutoCloseable {

  private static final Duration START_UP = Duration.ofMinutes(5);

  final String baseUrl;
  final String reportCode;
  private final Process process;

  private LoadTarget(String baseUrl, String reportCode, Process process) {
    this.baseUrl = baseUrl;
    this.reportCode = reportCode;
    this.process = process;
  }

  static LoadTarget fromSystemProperties() {
    String baseUrl = System.getProperty("load.baseUrl");
    if (baseUrl != null) {
      return new LoadTarget(baseUrl, System.getProperty("load.reportCode"), null);
    }
    try {
      return launch(LoadSettings.fromSystemProperties());
    } catch (IOException e) {
      throw new IllegalStateException("the load test's application did not start", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static LoadTarget launch(LoadSettings settings) throws IOException, InterruptedException {
    Path out = LoadDatabase.out();
    String jar = System.getProperty("load.jar");
    if (jar == null || !Files.exists(Path.of(jar))) {
      throw new IllegalStateException("no packaged application at load.jar=" + jar + " (mvn -Pload verify packages it)");
    }
    long start = System.nanoTime();
    LoadDatabase.Ready ready = LoadDatabase.forRun(settings, out, Path.of(jar));
    String reportCode = ready.reportCode();
    System.out.printf("load: database ready in %.0f s: %s%n", (System.nanoTime() - start) / 1e9, ready);
    List<String> common = List.of("--server.address=127.0.0.1", "--spring.profiles.active=" + settings.profile(),
        "--acollida.database.file=" + LoadDatabase.databaseFile(out), "--acollida.demo.data=false");

    int port = freePort();
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx" + System.getProperty("load.heap", "1g"), "-jar", jar, "--server.port=" + port));
    command.addAll(common);
    File log = out.resolve("application.log").toFile();
    Process process = new ProcessBuilder(command).directory(out.toFile()).redirectErrorStream(true)
        .redirectOutput(log).start();
    LoadTarget target = new LoadTarget("http://127.0.0.1:" + port, reportCode, process);
    Runtime.getRuntime().addShutdownHook(new Thread(target::stop));
    target.awaitReady(log.toPath());
    target.warmUp(Duration.ofSeconds(Integer.getInteger("load.warmUpSeconds", 30)));
    return target;
  }

  /**
   * Before the measured run, what a running application has done long before its users' morning: its code
   * compiled by the JIT, its caches and the database's pages filled. Every kind of read the mix makes, one user at
   * a time, for {@code time}; nothing recorded (the first sign-ins on a cold application took seconds). Changes
   * nothing: no task is completed.
   */
  private void warmUp(Duration time) throws IOException, InterruptedException {
    HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
        .followRedirects(HttpClient.Redirect.NEVER).build();
    String xsrf = null;
    client.send(HttpRequest.newBuilder(URI.create(baseUrl + "/camunda/app/tasklist/default/")).build(),
        HttpResponse.BodyHandlers.discarding());
    long deadline = System.nanoTime() + time.toNanos();
    int rounds = 0;
    while (System.nanoTime() < deadline) {
      xsrf = ((CookieManager) client.cookieHandler().orElseThrow()).getCookieStore().getCookies().stream()
          .filter(cookie -> "XSRF-TOKEN".equals(cookie.getName())).map(HttpCookie::getValue).findFirst().orElse(xsrf);
      String user = List.of("sponsor-sjm", "coordinator-gva", "commission-member", "facilitator").get(rounds++ % 4);
      client.send(HttpRequest.newBuilder(URI.create(baseUrl + "/camunda/api/admin/auth/user/default/login/tasklist"))
          .header("X-XSRF-TOKEN", xsrf == null ? "" : xsrf)
          .header("Content-Type", "application/x-www-form-urlencoded")
          .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=" + user)).build(),
          HttpResponse.BodyHandlers.discarding());
      for (String path : List.of("/camunda/api/engine/engine/default/task?maxResults=15",
          "/camunda/api/engine/engine/default/task/count", "/dashboard/api/figures",
          "/reports/consultations/" + reportCode, "/reports/accountability")) {
        client.send(HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Accept", "application/json").build(),
            HttpResponse.BodyHandlers.discarding());
      }
    }
    System.out.printf("load: application warmed up, %d rounds in %d s%n", rounds, time.toSeconds());
  }

  private void awaitReady(Path log) throws IOException, InterruptedException {
    long deadline = System.nanoTime() + START_UP.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("the application exited; see " + log);
      }
      if (Files.readString(log).contains(AcollidaApplication.READY_MESSAGE)) {
        return;
      }
      Thread.sleep(500); // waiting on another process
    }
    stop();
    throw new IllegalStateException("the application was not ready within " + START_UP + "; see " + log);
  }

  private void stop() {
    if (process != null && process.isAlive()) {
      process.destroy();
      try {
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
          process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
      } catch (InterruptedException e) {
        process.destroyForcibly();
        Thread.currentThread().interrupt();
      }
    }
  }

  @Override
  public void close() {
    stop();
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
