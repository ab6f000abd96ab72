package org.acollida.benchmark;

import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The benchmark's workload as a starting point for others (the load test): a programme brought to scale
 * through the Java API, every family, agreement and round of it ended, then families waiting in their
 * arrival formalities so that the sponsors have open tasks. The engine clock is back to now when it returns.
 */
public final class ProgrammeAtScale {

  /**
   * @param publishedRound the code of a consultation round that ended published (its public report exists)
   * @param openTasks how many tasks are open for the sponsors
   * @param roundsAwaitingSynthesis how many rounds wait for the facilitator to answer their contributions
   */
  public record Prepared(String publishedRound, long openTasks, int roundsAwaitingSynthesis, Runnable clearOpenTasks) {
  }

  private ProgrammeAtScale() {
  }

  /**
   * {@code families} through closure, then at least {@code openTasks} open arrival formalities and {@code rounds}
   * consultation rounds waiting for their synthesis, single-threaded.
   */
  public static Prepared bring(ProcessEngine engine, int families, int openTasks, int rounds, String prefix) {
    EngineDriver driver = new EngineDriver(engine, 1);
    try {
      ProgrammeWorkload programme = new ProgrammeWorkload(engine, driver, prefix);
      programme.run(families);
      TaskQueryWorkload open = new TaskQueryWorkload(engine, driver, prefix + "O");
      long tasks = open.prepare(openTasks);
      List<String> awaiting = new ProgrammeWorkload(engine, driver, prefix + "S").roundsAwaitingSynthesis(rounds);
      return new Prepared(prefix + "-CR-0", tasks, awaiting.size(), () -> {
        open.clear();
        awaiting.forEach(id -> engine.getRuntimeService().deleteProcessInstanceIfExists(id, "load test over", true, true,
            true, false));
      });
    } finally {
      ClockUtil.reset();
    }
  }
}
