package org.acollida.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.acollida.contract.ProgrammeCalendar;
import org.acollida.support.ProcessTestSupport;
import org.acollida.support.ReliabilityFigures;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

/** People clicking at the same time: nothing is counted twice, nobody gets a 500. */
class AgreementConcurrencyTest extends ProcessTestSupport {

  static final String FIVE_SIGNATORIES = """
      [{"organisation":"gva","budgetEur":0},{"organisation":"sjm","budgetEur":100000},
       {"organisation":"caritas-valencia","budgetEur":50000},{"organisation":"caritas-orihuela-alicante","budgetEur":50000},
       {"organisation":"caritas-segorbe-castellon","budgetEur":50000}]""";
  static final Map<String, String> VOTER_OF = Map.of(
      "gva", "coordinator-gva", "sjm", "sponsor-sjm", "caritas-valencia", "sponsor-caritas-valencia",
      "caritas-orihuela-alicante", "sponsor-caritas-orihuela-alicante",
      "caritas-segorbe-castellon", "sponsor-caritas-segorbe-castellon");

  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;

  @Test
  void twoClientsCompletingTheSameVoteAtOnceCountItOnce() throws Exception {
    String agreement = agreementWithOpenVote();
    Task sjmVote = tasks.createTaskQuery().processInstanceId(agreement).taskCandidateGroup("sjm").singleResult();

    List<Integer> statuses = simultaneously(List.of(
        () -> completeVote("sponsor-sjm", sjmVote.getId()),
        () -> completeVote("sponsor-sjm", sjmVote.getId())));

    long counted = (Integer) runtime.getVariable(agreement, "votesInFavour");
    ReliabilityFigures.simultaneous("the same vote by two clients", 1, counted == 1 ? 1 : 0, Math.abs(counted - 1));
    assertThat(statuses).containsOnlyOnce(204);
    assertThat(statuses.stream().filter(s -> s != 204)).allMatch(s -> s >= 400 && s < 500, "a clean 4xx");
    assertThat(runtime.getVariable(agreement, "votesInFavour")).isEqualTo(1);
    assertThat(tasks.createTaskQuery().processInstanceId(agreement).count()).isEqualTo(4);
  }

  @Test
  void allSignatoriesVotingInParallelAreEachCountedExactlyOnce() throws Exception {
    String agreement = agreementWithOpenVote();
    List<Callable<Integer>> voters = new ArrayList<>();
    for (Task vote : tasks.createTaskQuery().processInstanceId(agreement).list()) {
      String organisation = tasks.getIdentityLinksForTask(vote.getId()).get(0).getGroupId();
      // a client that is told 409 (someone else changed the agreement at that moment) tries again
      voters.add(() -> {
        for (int attempt = 0; attempt < 10; attempt++) {
          int status = completeVote(VOTER_OF.get(organisation), vote.getId());
          if (status != 409) {
            return status;
          }
        }
        return 409;
      });
    }

    List<Integer> statuses = simultaneously(voters);

    long counted = (Integer) runtime.getVariable(agreement, "votesInFavour");
    ReliabilityFigures.simultaneous("every signatory's vote at once", statuses.size(), Math.min(counted, statuses.size()),
        Math.abs(counted - statuses.size()));
    assertThat(statuses).containsOnly(204).hasSize(5);
    assertThat(runtime.getVariable(agreement, "votesInFavour")).isEqualTo(5);
    executeDueJobs(agreement);
    assertThat(runtime.getVariable(agreement, "extensionsGranted")).isEqualTo(1);
    assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(agreement)
        .activityId("ExtendAgreementTerm").count()).isEqualTo(1);
  }

  private List<Integer> simultaneously(List<Callable<Integer>> calls) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(calls.size());
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<Integer>> results = new ArrayList<>();
      for (Callable<Integer> call : calls) {
        results.add(pool.submit(() -> {
          start.await();
          return call.call();
        }));
      }
      start.countDown();
      List<Integer> statuses = new ArrayList<>();
      for (Future<Integer> result : results) {
        statuses.add(result.get());
      }
      return statuses;
    } finally {
      pool.shutdownNow();
    }
  }

  private int completeVote(String user, String taskId) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return new TestRestTemplate().withBasicAuth(user, user).exchange(
        "http://localhost:" + port + "/engine-rest/task/" + taskId + "/complete", HttpMethod.POST,
        new HttpEntity<>(Map.of("variables", Map.of("extensionApproved", Map.of("value", true), "budgetEur", Map.of("value", 1000))), headers), String.class)
        .getStatusCode().value();
  }

  private String agreementWithOpenVote() {
    String code = "CS-" + UUID.randomUUID().toString().substring(0, 8);
    String id = runtime.startProcessInstanceByKey("sponsorship-agreement", code, Variables.createVariables()
        .putValue("agreementCode", code).putValue("startDate", ProgrammeCalendar.today().minusMonths(22).toString())
        .putValue("signatories", SpinValues.jsonValue(FIVE_SIGNATORIES).create())).getId();
    executeDueJobs(id);
    assertThat(tasks.createTaskQuery().processInstanceId(id).count()).isEqualTo(5);
    return id;
  }
}
