package org.acollida.demo;

import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo's data, item by item (a user, the agreement, a family, a round): each item is
 * checked on its own and created in one transaction of its own, with every step that brings it to its
 * demo stage. A start stopped at any moment, even in the middle of an item, leaves only whole items
 * behind, and the next start creates the ones that are missing. The engine's and Acollida's own
 * writes join the transaction (Camunda's Spring transaction integration), so nobody else sees an item
 * before it is whole; the job executor only starts once the application is ready, so an item's
 * asynchronous steps are the demo's to run, in order.
 */
@Component
@Profile("demo")
public class DemoItems {

  private static final Logger LOG = LoggerFactory.getLogger(DemoItems.class);

  private final TransactionTemplate transaction;
  private final String pauseAt;

  /**
   * @param pauseAt for tests only: the name of a {@link #checkpoint checkpoint} at which the start-up
   *     stops and waits to be killed or stopped (property {@code acollida.demo.pause-at})
   */
  DemoItems(PlatformTransactionManager transactions, @Value("${acollida.demo.pause-at:}") String pauseAt) {
    this.transaction = new TransactionTemplate(transactions);
    this.pauseAt = pauseAt;
  }

  /**
   * Creates the item unless it exists, in one transaction.
   *
   * @param item its name, {@code kind:id} (e.g. {@code family:FAM-CALP}); a checkpoint once committed
   * @return whether it was created now
   */
  boolean once(String item, BooleanSupplier exists, Runnable create) {
    boolean created = Boolean.TRUE.equals(transaction.execute(status -> {
      if (exists.getAsBoolean()) {
        return false;
      }
      create.run();
      return true;
    }));
    if (created) {
      LOG.info("Demo: {} created", item);
    }
    checkpoint(item);
    return created;
  }

  /**
   * Brings an item whose parts are each checked on their own (a user and its memberships) up to date, in one
   * transaction.
   *
   * @return what {@code ensure} returned
   */
  <T> T ensure(String item, Supplier<T> ensure) {
    T result = transaction.execute(status -> ensure.get());
    checkpoint(item);
    return result;
  }

  /**
   * A named moment of the demo's seeding: after an item committed (its name), or inside one (its name and
   * a step, e.g. {@code family:FAM-VALENCIA:registered}). Only a test that sets {@code acollida.demo.pause-at}
   * to that name stops here, to kill or stop the application at a known moment.
   */
  void checkpoint(String name) {
    if (!name.equals(pauseAt)) {
      return;
    }
    LOG.warn("Demo: paused at {} (acollida.demo.pause-at), waiting to be stopped", name);
    while (true) {
      try {
        Thread.sleep(1_000); // a test kills or stops the JVM now
      } catch (InterruptedException stopped) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("demo seeding stopped at " + name, stopped);
      }
    }
  }
}
