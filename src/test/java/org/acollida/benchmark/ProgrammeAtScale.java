package org.acollida.benchmark;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.acollida.contract.ProgrammeCalendar;
import org.acollida.itinerary.ItineraryTasks;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The benchmark's workload as a starting point for others (the load test): a programme brought to scale
 * through the Java API, every family, agreement and round of it ended, then families waiting in their
 * arrival formalities so that the sponsors have open tasks, and families at their first monthly follow-up.
 * The engine clock is back to now when it returns.
 */
public final class ProgrammeAtScale {

  /**
   * @param publishedRound the code of a consultation round that ended published (its public report exists)
   * @param openTasks how many tasks are open for the sponsors
   * @param roundsAwaitingSynthesis how many rounds wait for the facilitator to answer their contributions
   * @param familiesAtFollowUp how many families wait for their monthly follow-up to be recorded
   */
  public record Prepared(String publishedRound, long openTasks, int roundsAwaitingSynthesis, int familiesAtFollowUp,
      Runnable clearOpenTasks) {
  }

  private ProgrammeAtScale() {
  }

  /**
   * {@code families} through closure, then at least {@code openTasks} open arrival formalities, {@code rounds}
   * consultation rounds waiting for their synthesis and {@code followUps} families at a follow-up, single-threaded.
   */
  public static Prepared bring(ProcessEngine engine, int families, int openTasks, int rounds, int followUps,
      String prefix) {
    EngineDriver driver = new EngineDriver(engine, 1);
    try {
      ProgrammeWorkload programme = new ProgrammeWorkload(engine, driver, prefix);
      programme.run(families);
      TaskQueryWorkload open = new TaskQueryWorkload(engine, driver, prefix + "O");
      long tasks = open.prepare(openTasks);
      List<String> awaiting = new ProgrammeWorkload(engine, driver, prefix + "S").roundsAwaitingSynthesis(rounds);
      List<String> atFollowUp = familiesAtFollowUp(engine, driver, prefix + "F", followUps,
          LocalDate.now(ProgrammeCalendar.ZONE));
      List<String> toClear = new ArrayList<>(awaiting);
      toClear.addAll(atFollowUp); // families first, then their agreement (its end would notify them)
      return new Prepared(prefix + "-CR-0", tasks, awaiting.size(), atFollowUp.size() - 1, () -> {
        open.clear();
        toClear.forEach(id -> engine.getRuntimeService().deleteProcessInstanceIfExists(id, "load test over", true, true,
            true, false));
      });
    } finally {
      ClockUtil.reset();
    }
  }

  /**
   * Families that arrived a month and two days before {@code today}, their formalities and plan done, their first
   * monthly follow-up open since two days ago. Dated from the real day so that the running application's job
   * executor finds nothing of theirs due: their next follow-up comes in about four weeks, their agreement's first
   * monitoring meeting in months.
   *
   * @return the families' process instance ids, then their agreement's
   */
  static List<String> familiesAtFollowUp(ProcessEngine engine, EngineDriver driver, String prefix, int n,
      LocalDate today) {
    if (n == 0) {
      return List.of();
    }
    ProgrammeWorkload programme = new ProgrammeWorkload(engine, driver, prefix);
    LocalDate arrived = today.minusMonths(1).minusDays(2);
    LocalDate signed = arrived.minusMonths(1);
    EngineDriver.today(signed);
    String agreement = programme.agreementCode(0);
    String agreementId = programme.registerAgreement(agreement, signed).getId();
    EngineDriver.today(arrived.plusDays(5));
    List<String> ids = new ArrayList<>(driver.forEach(n, "families registered for a follow-up", f -> programme
        .registerFamily(f, agreement, ProgrammeWorkload.SPONSORS.get(f % ProgrammeWorkload.SPONSORS.size()), arrived)
        .getId()));
    driver.forEach(n, "  formalities and plans", i -> driver.settle(ids.get(i), programme::itineraryAnswers));
    EngineDriver.today(arrived.plusMonths(1));
    driver.forEach(n, "  follow-ups opened", i -> driver.settleLeaving(ids.get(i), programme::itineraryAnswers,
        task -> ItineraryTasks.RECORD_FOLLOW_UP.equals(task.getTaskDefinitionKey())));
    ids.add(agreementId);
    return ids;
  }
}
