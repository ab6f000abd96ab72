package org.acollida.load;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.bodyString;
import static io.gatling.javaapi.core.CoreDsl.during;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.CookieKey;
import static io.gatling.javaapi.http.HttpDsl.getCookieValue;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.acollida.contract.ProgrammeCalendar;
import org.acollida.itinerary.ItineraryTasks;

/**
 * What the webapps' users do, at once, for {@code load.seconds}: sponsors list their organisation's tasks,
 * open a task's form and variables and complete a formality or record a family's monthly follow-up, in turn; the
 * facilitator answers a round's contributions; coordinators list theirs and open one; the Joint Commission opens
 * the dashboard's figures; the public opens a consultation report and the accountability page. Each signed-in user signs in once through the webapps' login and keeps the session cookie, as the
 * browser does. The one mix for the load profile and for the smoke test ({@link ProgrammeLoadSmokeTest}).
 */
public class ProgrammeLoadSimulation extends Simulation {

  /** Every request kind the mix makes, as named in Gatling's statistics and in summary.json. */
  static final List<String> REQUEST_KINDS = List.of("tasklist page", "sign in", "filters", "task list", "task search", "task form",
      "task variables", "task completion", "follow-up completion", "contributions answered", "dashboard figures",
      "public report", "public accountability");

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String ENGINE = "/camunda/api/engine/engine/default";
  private static final List<String> SPONSORS = List.of("sponsor-sjm", "sponsor-caritas-valencia",
      "sponsor-caritas-orihuela-alicante", "sponsor-caritas-segorbe-castellon");

  private final LoadSettings settings = LoadSettings.fromSystemProperties();
  private final LoadTarget target = LoadTarget.fromSystemProperties();

  {
    HttpProtocolBuilder protocol = http.baseUrl(target.baseUrl).acceptLanguageHeader("es")
        .disableFollowRedirect().disableCaching();
    setUp(roles().toArray(PopulationBuilder[]::new)).protocols(protocol)
        // bounded in time whatever happens: the load's seconds and a minute for the last requests
        .maxDuration(Duration.ofSeconds(settings.seconds() + 60L));
  }

  @Override
  public void after() {
    target.close();
  }

  /** The users over the roles, each role at least one: half sponsors, then coordinators, public, commission, facilitator. */
  private List<PopulationBuilder> roles() {
    int users = settings.users();
    int sponsors = Math.max(1, users / 2);
    int coordinators = Math.max(1, users * 3 / 20);
    int publicReaders = Math.max(1, users * 3 / 20);
    int commission = Math.max(1, users / 10);
    int facilitators = Math.max(1, users - sponsors - coordinators - publicReaders - commission);
    List<PopulationBuilder> roles = new ArrayList<>();
    roles.add(signedIn("sponsor", SPONSORS, sponsors, sponsorWork()).injectOpen(atOnceUsers(sponsors)));
    roles.add(signedIn("coordinator", List.of("coordinator-gva"), coordinators, lookingAtTasks())
        .injectOpen(atOnceUsers(coordinators)));
    roles.add(signedIn("facilitator", List.of("facilitator"), facilitators, facilitatorWork())
        .injectOpen(atOnceUsers(facilitators)));
    roles.add(signedIn("joint commission", List.of("commission-member"), commission, dashboard())
        .injectOpen(atOnceUsers(commission)));
    roles.add(scenario("public").exec(during(Duration.ofSeconds(settings.seconds())).on(
        exec(http("public report").get("/reports/consultations/" + target.reportCode).check(status().is(200)))
            .pause(pause())
            .exec(http("public accountability").get("/reports/accountability").check(status().is(200)))
            .pause(pause()))).injectOpen(atOnceUsers(publicReaders)));
    return roles;
  }

  /**
   * Signs in as the next of {@code users} (password = user id in the demo profile), then works until the end.
   * The {@code sessions} signed in as one user share its tasks out ({@code slot} of {@code slots}), as colleagues
   * who claim their work do: two never complete the same task, which would fail the second.
   */
  private ScenarioBuilder signedIn(String role, List<String> users, int sessions, ChainBuilder work) {
    int slots = (sessions + users.size() - 1) / users.size();
    Iterator<Map<String, Object>> feeder = Stream.iterate(0, i -> i + 1).map(i -> Map.<String, Object>of(
        "user", users.get(i % users.size()), "slot", (i / users.size()) % slots, "slots", slots)).iterator();
    return scenario(role).feed(feeder)
        .exec(http("tasklist page").get("/camunda/app/tasklist/default/").check(status().is(200)))
        .exec(getCookieValue(CookieKey("XSRF-TOKEN")))
        .exec(http("sign in").post("/camunda/api/admin/auth/user/default/login/tasklist")
            .header("X-XSRF-TOKEN", "#{XSRF-TOKEN}")
            .formParam("username", "#{user}").formParam("password", "#{user}").check(status().is(200)))
        .exec(getCookieValue(CookieKey("XSRF-TOKEN")))
        .exec(http("filters").get(ENGINE + "/filter?resourceType=Task&name=My%20organisation")
            .header("Accept", "application/json")
            .check(status().is(200), jsonPath("$[0].id").saveAs("filterId")))
        .exec(during(Duration.ofSeconds(settings.seconds()), "round").on(work.pause(pause())));
  }

  /**
   * The "My organisation" filter's first page, newest first, as Tasklist asks for it; {@code taskId} is then one of
   * the tasks {@code pick} finds there that fall to this session's slot, if any.
   */
  private static ChainBuilder taskList(String pick) {
    return filterList("task list", "", pick);
  }

  /**
   * A search within the filter, as Tasklist's search box sends it, for the tasks of one kind: the page of the
   * newest tasks alone soon holds none of the kind the sponsors record (a family's other formalities stay).
   */
  private static ChainBuilder taskSearch(String taskDefinitionKey) {
    return filterList("task search", "\"taskDefinitionKey\":\"" + taskDefinitionKey + "\",", "$[*].id");
  }

  private static ChainBuilder filterList(String kind, String criteria, String pick) {
    return exec(session -> session.remove("taskId").remove("taskIds"))
        .exec(getCookieValue(CookieKey("XSRF-TOKEN")))
        .exec(http(kind).post(ENGINE + "/filter/#{filterId}/list?firstResult=0&maxResults=15")
            .header("Accept", "application/json").header("X-XSRF-TOKEN", "#{XSRF-TOKEN}")
            .body(StringBody("{" + criteria + "\"sorting\":[{\"sortBy\":\"created\",\"sortOrder\":\"desc\"}]}"))
            .asJson()
            .check(status().is(200), jsonPath(pick).findAll().optional().saveAs("taskIds")))
        .exec(session -> {
          if (!session.contains("taskIds")) {
            return session;
          }
          List<String> mine = session.<String>getList("taskIds").stream()
              .filter(id -> Math.floorMod(id.hashCode(), session.getInt("slots")) == session.getInt("slot")).toList();
          return mine.isEmpty() ? session : session.set("taskId", mine.get(0));
        });
  }

  private static ChainBuilder openTask() {
    return exec(http("task form").get(ENGINE + "/task/#{taskId}/deployed-form").check(status().is(200)))
        .exec(http("task variables").get(ENGINE + "/task/#{taskId}/form-variables?deserializeValues=false")
            .header("Accept", "application/json").check(status().is(200)));
  }

  /**
   * A sponsor's round: its list, then, in turn, a registration in the municipality or a family's monthly follow-up
   * searched for, opened and recorded.
   */
  private static ChainBuilder sponsorWork() {
    return exec(taskList("$[*].id"))
        .doIfOrElse(session -> session.getInt("round") % 2 == 0).then(
            record(ItineraryTasks.REGISTER_IN_MUNICIPALITY, "task completion", today -> "{\"variables\":{"
                + "\"registeredOn\":{\"value\":\"" + today + "\",\"type\":\"String\"}}}"))
        .orElse(
            record(ItineraryTasks.RECORD_FOLLOW_UP, "follow-up completion", today -> "{\"variables\":{"
                + "\"followUpDate\":{\"value\":\"" + today + "\",\"type\":\"String\"},"
                + "\"followUpNotes\":{\"value\":\"Settling in; the father starts a course.\",\"type\":\"String\"},"
                + "\"sponsorshipBreakingDown\":{\"value\":false,\"type\":\"Boolean\"}}}"));
  }

  /** A task of that kind searched for within the filter, opened, and submitted with {@code form} of today's date. */
  private static ChainBuilder record(String taskDefinitionKey, String kind, Function<LocalDate, String> form) {
    return exec(taskSearch(taskDefinitionKey))
        .doIf(session -> session.contains("taskId")).then(openTask()
            .exec(http(kind).post(ENGINE + "/task/#{taskId}/submit-form")
                .header("X-XSRF-TOKEN", "#{XSRF-TOKEN}")
                .body(StringBody(session -> form.apply(LocalDate.now(ProgrammeCalendar.ZONE)))).asJson()
                .check(status().is(204))));
  }

  /** The facilitator's round: a round's synthesis opened, every contribution answered (accepted, with a reason). */
  private static ChainBuilder facilitatorWork() {
    return exec(taskList("$[?(@.taskDefinitionKey == 'SynthesiseContributions')].id"))
        .doIf(session -> session.contains("taskId")).then(
            exec(http("task form").get(ENGINE + "/task/#{taskId}/deployed-form").check(status().is(200)))
                // serialized, as Tasklist asks for them: a JSON variable's value is then its text
                .exec(http("task variables").get(ENGINE + "/task/#{taskId}/form-variables?deserializeValues=false")
                    .header("Accept", "application/json").check(status().is(200), bodyString().saveAs("formVariables")))
                .exec(http("contributions answered").post(ENGINE + "/task/#{taskId}/submit-form")
                    .header("X-XSRF-TOKEN", "#{XSRF-TOKEN}")
                    .body(StringBody(session -> answered(session.getString("formVariables")))).asJson()
                    .check(status().is(204))));
  }

  /** The submit-form body: the synthesis of the form's variables with an answer and a reason for each contribution. */
  static String answered(String formVariables) {
    try {
      JsonNode synthesis = JSON.readTree(JSON.readTree(formVariables).path("synthesis").path("value").asText());
      for (JsonNode entry : synthesis) {
        ((ObjectNode) entry).put("answer", "ACCEPTED").put("reason", "It fits the strategy's priorities.");
      }
      ObjectNode variable = JSON.createObjectNode().put("value", JSON.writeValueAsString(synthesis)).put("type", "Json");
      ObjectNode body = JSON.createObjectNode();
      body.putObject("variables").set("synthesis", variable);
      return JSON.writeValueAsString(body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("the synthesis in the form's variables is not JSON", e);
    }
  }

  /** A coordinator's round: the list, and the form and variables of one of its tasks. */
  private static ChainBuilder lookingAtTasks() {
    return exec(taskList("$[*].id"))
        .doIf(session -> session.contains("taskId")).then(openTask());
  }

  private static ChainBuilder dashboard() {
    return exec(http("dashboard figures").get("/dashboard/api/figures").header("Accept", "application/json")
        .check(status().is(200)));
  }

  private Duration pause() {
    return Duration.ofMillis(settings.pauseMs());
  }
}
