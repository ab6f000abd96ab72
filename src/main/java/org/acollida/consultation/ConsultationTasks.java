package org.acollida.consultation;

/** The round's user tasks and the fields of their forms that stay local to each task (kept in history, except the contribution text). */
public final class ConsultationTasks {

  public static final String IMPROVE_REPRESENTATION = "ImproveRepresentation";
  public static final String SUBMIT_CONTRIBUTION = "SubmitContribution";
  public static final String DECIDE_ON_QUORUM = "DecideOnQuorum";
  public static final String SYNTHESISE_CONTRIBUTIONS = "SynthesiseContributions";
  public static final String APPROVE_SYNTHESIS = "ApproveSynthesis";
  public static final String DECIDE_NEXT_ROUND = "DecideNextRound";

  /** ImproveRepresentation: why a higher share of migrant associations is not possible this time. */
  public static final String JUSTIFICATION = "justification";
  /** SubmitContribution: sealed when recorded, kept neither in the task's variables nor in the history. */
  public static final String CONTRIBUTION_TEXT = "contributionText";
  /** DecideOnQuorum */
  public static final String NEW_CONTRIBUTION_DEADLINE = "newContributionDeadline";
  /** DecideNextRound */
  public static final String NEXT_CONTRIBUTION_DEADLINE = "nextContributionDeadline";

  private ConsultationTasks() {}
}
