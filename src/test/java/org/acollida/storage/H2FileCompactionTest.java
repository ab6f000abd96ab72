package org.acollida.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * With WRITE_DELAY 0 H2 never compacts an open file by itself: the same commits must leave a much
 * smaller file with compaction passes than without, and every committed row, after a reopen too.
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
