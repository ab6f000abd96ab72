package org.acollida.dashboard;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import org.acollida.dashboard.ProgrammeFigures.Programme;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Each viewer's figures, kept for {@code acollida.dashboard.figures-kept} (0: worked out on every request). Working
 * them out reads the process variables of every family, agreement and round in the history: at thousands of
 * families that is over a second of the database's time, which colleagues' Tasklist requests wait behind. The
 * figures are monthly indicators, so figures a few seconds old lose nothing, and viewers with the same user, groups
 * and tenants share them. A viewer asking while its figures are being worked out waits for them instead of
 * starting a second reading.
 */
@Component
class RecentFigures {

  private record Kept(Programme programme, long workedOutAt) {
  }

  private final ProgrammeFigures figures;
  private final long keptNanos;
  private final LongSupplier nanoTime;
  private final Map<Viewer, Kept> kept = new ConcurrentHashMap<>();
  private final Map<Viewer, Object> locks = new ConcurrentHashMap<>();

  @Autowired
  RecentFigures(ProgrammeFigures figures, @Value("${acollida.dashboard.figures-kept:PT30S}") Duration keptFor) {
    this(figures, keptFor, System::nanoTime);
  }

  RecentFigures(ProgrammeFigures figures, Duration keptFor, LongSupplier nanoTime) {
    this.figures = figures;
    this.keptNanos = keptFor.toNanos();
    this.nanoTime = nanoTime;
  }

  Programme figures(Viewer viewer) {
    if (keptNanos <= 0) {
      return figures.figures(viewer);
    }
    Programme recent = recent(viewer);
    if (recent != null) {
      return recent;
    }
    synchronized (locks.computeIfAbsent(viewer, v -> new Object())) {
      recent = recent(viewer); // worked out meanwhile by a request of the same viewer
      if (recent != null) {
        return recent;
      }
      Programme programme = figures.figures(viewer);
      long now = nanoTime.getAsLong();
      kept.values().removeIf(old -> now - old.workedOutAt() > keptNanos);
      kept.put(viewer, new Kept(programme, now));
      return programme;
    }
  }

  private Programme recent(Viewer viewer) {
    Kept entry = kept.get(viewer);
    return entry != null && nanoTime.getAsLong() - entry.workedOutAt() <= keptNanos ? entry.programme() : null;
  }
}
