package org.acollida.storage;

import jakarta.annotation.PreDestroy;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Compacts the embedded H2 file while the application runs.
 *
 * <p>{@code WRITE_DELAY 0} stores every commit before answering, so a kill -9 loses nothing; it also
 * switches off H2's background writer, which is the only place H2 compacts a file that is open
 * (h2database issue #442). Without this the file only grows: every commit leaves a partly dead chunk
 * until the disk is full, and commits slow down as it grows. Each pass does the part of that writer's
 * work that keeps the file from growing, bounded in time; H2 shrinks the file itself when the database
 * closes.
 */
@Component
@ConditionalOnExpression("'${spring.datasource.url:}'.startsWith('jdbc:h2:file:')")
public class H2FileCompaction {

  private static final Logger LOG = LoggerFactory.getLogger(H2FileCompaction.class);

  /**
   * Compact when less than half of the chunks' bytes are live: the file stays within about twice the
   * data. Aiming higher (H2's 90) makes passes rewrite the same pages again and again, until compacting
   * costs more than not compacting at all (figures: docs/benchmark.md).
   */
  private static final int TARGET_FILL_RATE = 50;
  /** Bytes of chunks rewritten per step; commits wait for a step, not for the whole pass. */
  private static final int REWRITE_BYTES = 1 << 20;

  private final DataSource dataSource;
  private final Duration interval;
  private final Duration maxPass;
  private ScheduledExecutorService scheduler;
  private volatile boolean stopping;

  public H2FileCompaction(DataSource dataSource,
      @Value("${acollida.database.compaction-interval:PT5S}") Duration interval,
      @Value("${acollida.database.compaction-max-pass:PT0.5S}") Duration maxPass) {
    if (interval.isNegative() || interval.isZero() || maxPass.isNegative() || maxPass.isZero()) {
      throw new IllegalArgumentException(
          "acollida.database.compaction-interval and compaction-max-pass must be positive durations");
    }
    this.dataSource = dataSource;
    this.interval = interval;
    this.maxPass = maxPass;
  }

  @EventListener(ApplicationReadyEvent.class)
  public synchronized void start() {
    if (scheduler == null) {
      stopping = false;
      scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "acollida-h2-compaction");
        thread.setDaemon(true);
        return thread;
      });
      scheduler.scheduleWithFixedDelay(this::compactQuietly, interval.toMillis(), interval.toMillis(),
          TimeUnit.MILLISECONDS);
    }
  }

  /**
   * Stops before the data source closes: H2 compacts once more itself when the database closes. A pass in
   * progress ends after its current step and is never interrupted: an interrupt during H2's file I/O closes
   * the file channel and with it the whole database, failing every other thread's commit (seen at shut-down:
   * the engine's last metrics flush failed with "The database has been closed").
   */
  @PreDestroy
  public synchronized void stop() throws InterruptedException {
    if (scheduler != null) {
      stopping = true;
      scheduler.shutdown();
      scheduler.awaitTermination(10, TimeUnit.SECONDS);
      scheduler = null;
    }
  }

  private void compactQuietly() {
    try {
      compact();
    } catch (RuntimeException | SQLException e) {
      // a skipped pass costs disk space, never data: the next pass tries again
      LOG.warn("H2 file compaction pass failed, next try in {}: {}", interval, e.toString());
    }
  }

  /**
   * One pass: rewrites the live pages of the sparsest chunks into new ones, so that the old chunks die
   * and their space is reused by the next commits. The debug log gives the share of live bytes in the
   * chunks before and after.
   */
  public void compact() throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      MVStore store = ((SessionLocal) connection.unwrap(JdbcConnection.class).getSession())
          .getDatabase().getStore().getMvStore();
      int before = store.getFileStore().getChunksFillRate();
      long deadline = System.nanoTime() + maxPass.toNanos();
      int steps = 0;
      while (!stopping && System.nanoTime() < deadline && store.compact(TARGET_FILL_RATE, REWRITE_BYTES)) {
        store.commit();
        steps++;
      }
      int after = store.getFileStore().getChunksFillRate();
      LOG.debug("H2 file compaction: live share of chunks {}% to {}% in {} steps, file {} MB", before, after, steps,
          store.getFileStore().size() >> 20);
    }
  }
}
