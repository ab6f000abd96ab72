package org.acollida.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.acollida.AcollidaApplication;
import org.acollida.support.ApplicationProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo's first start stopped while it seeds, with kill -9 and with a normal stop, each in the middle of
 * an item after others were complete, on one H2 file: the next start goes on, and the last completes the
 * demo with every family, the pilot agreement and the rounds once, each at its stage. The application says it is
 * ready only once the demo is complete. Each stop comes at a checkpoint of the seeding
 * ({@code acollida.demo.pause-at}, see {@link DemoItems#checkpoint}).
 */
class DemoStartUpTest {

  private static final List<String> FAMILIES =
      List.of("FAM-COCENTAINA", "FAM-CALP", "FAM-ALMASSORA", "FAM-VALENCIA", "FAM-ALAQUAS");

  @TempDir Path workDir;

  @Test
  void aStartStoppedAtAnyMomentOfTheSeedingIsCompletedByTheNextWithNothingDoubled() throws Exception {
    String demo = "--spring.profiles.active=demo";
    String database = "--acollida.database.file=" + workDir.resolve("acollida-demo");

    // kill -9 in the middle of the fourth family (registered, not yet at its stage): three families whole
    stopAt("family:FAM-VALENCIA:registered", true, demo, database);
    // a normal stop (SIGTERM, as Ctrl-C) in the middle of the published round: contributions in, synthesis not yet
    stopAt("round:" + DemoConsultationRounds.PUBLISHED_ROUND + ":contributions", false, demo, database);

    try (ApplicationProcess app = ApplicationProcess.launch(workDir, "last", Map.of(), demo, database)) {
      String log = app.log();
      assertThat(log.indexOf(AcollidaApplication.READY_MESSAGE))
          .as("ready once the demo is complete").isGreaterThan(log.lastIndexOf("Demo: "));

      for (String family : FAMILIES) {
        assertThat(once(app, "integration-itinerary", family)).as(family).isEqualTo(1);
      }
      assertThat(once(app, "sponsorship-agreement", DemoPilotAgreement.PILOT_CODE)).isEqualTo(1);
      assertThat(once(app, "consultation-round", DemoConsultationRounds.PUBLISHED_ROUND)).isEqualTo(1);
      assertThat(once(app, "consultation-round", DemoConsultationRounds.OPEN_ROUND)).isEqualTo(1);
      assertThat(app.count("/history/process-instance/count?processDefinitionKey=integration-itinerary")).isEqualTo(5);
      assertThat(app.count("/history/process-instance/count?processDefinitionKey=consultation-round")).isEqualTo(2);

      // the family stopped half-way is at its stage: plan agreed, three of its four areas open
      assertThat(app.count("/task/count?processInstanceBusinessKey=FAM-VALENCIA&taskDefinitionKey=WorkOnArea"))
          .isEqualTo(3);
      // the round stopped half-way is published and closed, the open one awaits its six contributions
      assertThat(app.count("/history/process-instance/count?finished=true&processInstanceBusinessKey="
          + DemoConsultationRounds.PUBLISHED_ROUND)).isEqualTo(1);
      assertThat(app.count("/task/count?taskDefinitionKey=SubmitContribution&processInstanceBusinessKey="
          + DemoConsultationRounds.OPEN_ROUND)).isEqualTo(6);
      for (String filter : List.of("My tasks", "My organisation", "Extension votes", "Joint Commission")) {
        assertThat(app.count("/filter/count?name=" + filter)).as(filter).isEqualTo(1);
      }
      assertThat(app.count("/user/count?memberOfGroup=stakeholders")).isEqualTo(6);
    }
  }

  /** Starts the demo until the seeding reaches {@code checkpoint}, checks it is not ready, and kills or stops it. */
  private void stopAt(String checkpoint, boolean kill, String... arguments) throws Exception {
    String[] withPause = Stream.concat(Arrays.stream(arguments), Stream.of("--acollida.demo.pause-at=" + checkpoint))
        .toArray(String[]::new);
    try (ApplicationProcess app = ApplicationProcess.launchUntil("Demo: paused at " + checkpoint, workDir,
        checkpoint.replace(':', '-'), Map.of(), withPause)) {
      assertThat(app.log()).as("not ready while the demo is being seeded")
          .doesNotContain(AcollidaApplication.READY_MESSAGE);
      if (kill) {
        app.kill();
      } else {
        app.stop();
      }
    }
  }

  private static long once(ApplicationProcess app, String processKey, String businessKey) {
    return app.count("/history/process-instance/count?processDefinitionKey=" + processKey
        + "&processInstanceBusinessKey=" + businessKey);
  }
}
