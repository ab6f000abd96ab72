package org.acollida.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * With WRITE_DELAY 0 H2 never compacts an open file by itself: the same commits must leave a much
 * smaller file with compaction passes than without, and every committed row, after a reopen too. Stopping
 * the passes at shut-down must leave the database open for the others still committing.
 */
class H2FileCompactionTest {

  private static final int TRANSACTIONS = 6_000;

  @TempDir Path dir;

  @Test
  void passesKeepTheFileOfAnOpenDatabaseSmallAndKeepEveryCommittedRow() throws Exception {
    long withoutPasses = fileSizeAfterCommits(dir.resolve("without"), false);
    long withPasses = fileSizeAfterCommits(dir.resolve("with"), true);

    assertThat(withPasses).as("file with passes (without: %d MB)", withoutPasses >> 20).isLessThan(withoutPasses / 2);
  }

  @Test
  void aShutDownDuringAPassLetsThePassFinishWithoutInterruptingItAndTheDatabaseStaysOpen() throws Exception {
    CountDownLatch passStarted = new CountDownLatch(1);
    CountDownLatch stopRequested = new CountDownLatch(1);
    AtomicBoolean passInterrupted = new AtomicBoolean();
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:file:" + dir.resolve("stop").resolve("db") + ";DB_CLOSE_ON_EXIT=FALSE");
    h2.setUser("sa");
    // the first pass waits in getConnection until the shut-down has begun
    DataSource dataSource = (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(),
        new Class<?>[] {DataSource.class}, (proxy, method, arguments) -> {
          if (method.getName().equals("getConnection") && passStarted.getCount() > 0
              && Thread.currentThread().getName().equals("acollida-h2-compaction")) {
            passStarted.countDown();
            try {
              stopRequested.await();
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
            passInterrupted.set(Thread.currentThread().isInterrupted());
          }
          return method.invoke(h2, arguments);
        });
    try (Connection other = h2.getConnection(); Statement statement = other.createStatement()) {
      statement.execute("SET WRITE_DELAY 0");
      statement.execute("SET RETENTION_TIME 0");
      statement.execute("CREATE TABLE RUNNING (ID INT PRIMARY KEY, STATE VARCHAR(400))");
      for (int i = 0; i < 2_000; i++) { // dead chunks, so that the pass has pages to rewrite and write
        statement.execute("MERGE INTO RUNNING KEY (ID) VALUES (" + i % 50 + ", '" + "x".repeat(300) + i + "')");
      }
      H2FileCompaction compaction = new H2FileCompaction(dataSource, Duration.ofMillis(10), Duration.ofSeconds(5));
      compaction.start();
      passStarted.await();
      Thread shutDown = new Thread(() -> {
        try {
          compaction.stop();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      });
      shutDown.start();
      while (shutDown.getState() != Thread.State.TIMED_WAITING && shutDown.isAlive()) {
        Thread.onSpinWait(); // until stop() waits for the pass, i.e. after it asked the pass to end
      }
      stopRequested.countDown();
      shutDown.join();

      assertThat(passInterrupted).as("the pass was interrupted by the shut-down").isFalse();
      statement.execute("MERGE INTO RUNNING KEY (ID) VALUES (1, 'committed after the shut-down of the passes')");
      assertThat(count(other, "RUNNING")).as("rows seen by a connection opened before").isEqualTo(50);
    }
  }

  private static long fileSizeAfterCommits(Path directory, boolean passes) throws Exception {
    JdbcDataSource dataSource = new JdbcDataSource();
    dataSource.setURL("jdbc:h2:file:" + directory.resolve("db") + ";DB_CLOSE_ON_EXIT=FALSE");
    dataSource.setUser("sa");
    H2FileCompaction compaction = new H2FileCompaction(dataSource, Duration.ofSeconds(5), Duration.ofSeconds(5));
    long size;
    try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
      statement.execute("SET WRITE_DELAY 0");
      // H2 keeps every chunk of the last 45 s; a test that runs for seconds would see only that
      statement.execute("SET RETENTION_TIME 0");
      statement.execute("CREATE TABLE RUNNING (ID INT PRIMARY KEY, STATE VARCHAR(200))");
      statement.execute("CREATE TABLE HISTORY (ID INT PRIMARY KEY, ACTIVITY VARCHAR(40), TEXT VARCHAR(400))");
      statement.execute("CREATE INDEX HISTORY_ACTIVITY ON HISTORY(ACTIVITY)");
      // what the engine does: one small transaction after another, running rows come and go, history grows
      try (PreparedStatement running = connection.prepareStatement("MERGE INTO RUNNING KEY (ID) VALUES (?, ?)");
          PreparedStatement ended = connection.prepareStatement("DELETE FROM RUNNING WHERE ID = ?");
          PreparedStatement history = connection.prepareStatement("INSERT INTO HISTORY VALUES (?, ?, ?)")) {
        for (int i = 0; i < TRANSACTIONS; i++) {
          running.setInt(1, i % 500);
          running.setString(2, "state " + i);
          running.executeUpdate();
          if (i % 7 == 0) {
            ended.setInt(1, i * 13 % 500);
            ended.executeUpdate();
          }
          history.setInt(1, i);
          history.setString(2, "activity" + i * 7919 % 10007);
          history.setString(3, "x".repeat(300) + i);
          history.executeUpdate();
          if (passes && i % 500 == 499) {
            compaction.compact();
          }
        }
      }
      size = Files.size(directory.resolve("db.mv.db"));
      assertThat(count(connection, "HISTORY")).isEqualTo(TRANSACTIONS);
    }
    try (Connection reopened = dataSource.getConnection()) {
      assertThat(count(reopened, "HISTORY")).as("rows after a reopen").isEqualTo(TRANSACTIONS);
    }
    return size;
  }

  private static int count(Connection connection, String table) throws Exception {
    try (Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
      result.next();
      return result.getInt(1);
    }
  }
}
