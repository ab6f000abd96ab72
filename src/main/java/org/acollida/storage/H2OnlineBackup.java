package org.acollida.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import javax.sql.DataSource;
import org.h2.api.ErrorCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * A consistent copy of the running H2 file database, taken with H2's {@code BACKUP TO}: the application keeps
 * serving while it runs, and the zip holds the database file as of one commit. It has to run inside this JVM:
 * H2 locks the open file, so no other process may copy it. Restoring is unzipping that file into the data
 * folder of a stopped installation (docs/operations.md, "Backup and restore"). PostgreSQL has its own tools
 * (pg_dump), so on PostgreSQL this refuses and names them.
 */
@Component
public class H2OnlineBackup {

  static final String POSTGRESQL = "The database is PostgreSQL: back it up with pg_dump -Fc and restore it with"
      + " pg_restore (docs/operations.md, \"Backup and restore\")";
  static final String NOT_A_FILE = "The database is not an H2 file (an in-memory database): there is nothing to"
      + " back up (docs/operations.md, \"Backup and restore\")";

  private static final Logger LOG = LoggerFactory.getLogger(H2OnlineBackup.class);
  /** UTC, no colons (not allowed in Windows file names), sorted by time when sorted by name. */
  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss.SSS'Z'").withZone(ZoneOffset.UTC);

  private final DataSource dataSource;
  private final Path directory;

  public H2OnlineBackup(DataSource dataSource, @Value("${acollida.backup.directory:./data/backups}") Path directory) {
    this.dataSource = dataSource;
    this.directory = directory.toAbsolutePath().normalize();
  }

  /** A backup written: its file name in the backup folder, its size and where it is. */
  public record BackupFile(String file, long bytes, Path path) {}

  /** Refused: this database is not backed up here (PostgreSQL, or an in-memory H2); the message says what to do. */
  public static class NotAnH2File extends RuntimeException {
    NotAnH2File(String message) {
      super(message);
    }
  }

  /**
   * Writes {@code acollida-<UTC time>.zip} into the backup folder. One at a time: a second request waits for the
   * first. The zip is written under a {@code .part} name and renamed when complete, so a file named {@code .zip}
   * in the folder is always a whole backup, even after a crash in the middle of one.
   */
  public synchronized BackupFile backUp() throws SQLException, IOException {
    try (Connection connection = dataSource.getConnection()) {
      String product = connection.getMetaData().getDatabaseProductName();
      if ("PostgreSQL".equalsIgnoreCase(product)) {
        throw new NotAnH2File(POSTGRESQL);
      }
      if (!"H2".equalsIgnoreCase(product)) {
        throw new NotAnH2File("The database is " + product + ", not an H2 file: back it up with its own tools");
      }
      if (connection.getMetaData().getURL().startsWith("jdbc:h2:mem:")) {
        throw new NotAnH2File(NOT_A_FILE);
      }
      Files.createDirectories(directory);
      String name = "acollida-" + STAMP.format(Instant.now()) + ".zip";
      Path target = directory.resolve(name);
      Path partial = directory.resolve(name + ".part");
      try (PreparedStatement backup = connection.prepareStatement("BACKUP TO ?")) {
        backup.setString(1, partial.toString());
        backup.execute();
      } catch (SQLException e) {
        Files.deleteIfExists(partial);
        if (e.getErrorCode() == ErrorCode.DATABASE_IS_NOT_PERSISTENT) {
          throw new NotAnH2File(NOT_A_FILE);
        }
        throw e;
      }
      Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
      BackupFile written = new BackupFile(name, Files.size(target), target);
      LOG.info("Database backed up to {} ({} bytes)", target, written.bytes());
      return written;
    }
  }
}
