package org.acollida.load;

/**
 * The load test's scale, from system properties: {@code load.families} (default 5000) ended before the run,
 * {@code load.tasks} (10000) open tasks, {@code load.rounds} (300) consultation rounds waiting for the facilitator's
 * answers, {@code load.followUps} (600) families waiting for their monthly follow-up, {@code load.users} (20)
 * concurrent users over the roles, {@code load.seconds} (120) of load, {@code load.pauseMs} (1000) between one
 * user's actions, {@code load.profile} (demo).
 */
record LoadSettings(int families, int openTasks, int rounds, int followUps, int users, int seconds, int pauseMs,
    String profile) {

  static LoadSettings fromSystemProperties() {
    return new LoadSettings(Integer.getInteger("load.families", 5000), Integer.getInteger("load.tasks", 10000),
        Integer.getInteger("load.rounds", 300), Integer.getInteger("load.followUps", 600),
        Integer.getInteger("load.users", 20), Integer.getInteger("load.seconds", 120),
        Integer.getInteger("load.pauseMs", 1000), System.getProperty("load.profile", "demo"));
  }

  boolean onPostgres() {
    return profile.contains("postgres");
  }
}
