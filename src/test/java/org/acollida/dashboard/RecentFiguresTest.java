package org.acollida.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.acollida.dashboard.ProgrammeFigures.Programme;
import org.junit.jupiter.api.Test;

/** Each viewer's figures kept for a while, worked out once however many ask at once; none kept when set to 0. */
class RecentFiguresTest {

  private static final Viewer COMMISSION = new Viewer("commission-member", List.of("joint-commission"), List.of());
  private static final Viewer SPONSOR = new Viewer("sponsor-sjm", List.of("sjm"), List.of("sjm"));

  private final ProgrammeFigures figures = mock(ProgrammeFigures.class);
  private final AtomicLong now = new AtomicLong();

  private static Programme programme(Viewer viewer) {
    return new Programme(viewer, LocalDate.parse("2026-12-02"), Map.of());
  }

  @Test
  void keptForTheirTimeThenWorkedOutAgain() {
    when(figures.figures(COMMISSION)).thenReturn(programme(COMMISSION), programme(COMMISSION));
    RecentFigures recent = new RecentFigures(figures, Duration.ofSeconds(30), now::get);

    Programme first = recent.figures(COMMISSION);
    now.addAndGet(Duration.ofSeconds(30).toNanos());
    assertThat(recent.figures(COMMISSION)).as("30 s later, still kept").isSameAs(first);
    verify(figures, times(1)).figures(COMMISSION);

    now.addAndGet(1);
    assertThat(recent.figures(COMMISSION)).as("older than 30 s: worked out again").isNotSameAs(first);
    verify(figures, times(2)).figures(COMMISSION);
  }

  @Test
  void eachViewerHasItsOwn() {
    when(figures.figures(COMMISSION)).thenReturn(programme(COMMISSION));
    when(figures.figures(SPONSOR)).thenReturn(programme(SPONSOR));
    RecentFigures recent = new RecentFigures(figures, Duration.ofSeconds(30), now::get);

    assertThat(recent.figures(COMMISSION).viewer()).isEqualTo(COMMISSION);
    assertThat(recent.figures(SPONSOR).viewer()).as("never another viewer's figures").isEqualTo(SPONSOR);
    assertThat(recent.figures(new Viewer("commission-member", List.of("joint-commission"), List.of())).viewer())
        .isEqualTo(COMMISSION);
    verify(figures, times(1)).figures(COMMISSION);
    verify(figures, times(1)).figures(SPONSOR);
  }

  @Test
  void workedOutOnEveryRequestWhenNoneAreKept() {
    when(figures.figures(COMMISSION)).thenReturn(programme(COMMISSION));
    RecentFigures recent = new RecentFigures(figures, Duration.ZERO, now::get);

    recent.figures(COMMISSION);
    recent.figures(COMMISSION);

    verify(figures, times(2)).figures(COMMISSION);
  }

  @Test
  void viewersAskingAtOnceWaitForTheOneReading() throws Exception {
    CountDownLatch reading = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    when(figures.figures(COMMISSION)).thenAnswer(call -> {
      reading.countDown();
      release.await(10, TimeUnit.SECONDS);
      return programme(COMMISSION);
    });
    RecentFigures recent = new RecentFigures(figures, Duration.ofSeconds(30), now::get);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      Future<Programme> first = pool.submit(() -> recent.figures(COMMISSION));
      assertThat(reading.await(10, TimeUnit.SECONDS)).isTrue();
      List<Future<Programme>> others = List.of(pool.submit(() -> recent.figures(COMMISSION)),
          pool.submit(() -> recent.figures(COMMISSION)), pool.submit(() -> recent.figures(COMMISSION)));
      release.countDown();
      for (Future<Programme> other : others) {
        assertThat(other.get(10, TimeUnit.SECONDS)).isSameAs(first.get(10, TimeUnit.SECONDS));
      }
      verify(figures, times(1)).figures(COMMISSION);
    } finally {
      pool.shutdownNow();
    }
  }
}
