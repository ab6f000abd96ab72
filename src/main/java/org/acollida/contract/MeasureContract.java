package org.acollida.contract;

/** What other parts read of a {@code strategy-measure}, and what a round sends it: its contract variables. */
public final class MeasureContract {

  public static final String MEASURE_CODE = "measureCode";
  public static final String TITLE = "title";
  /** One of the strategy's twelve objectives, "1.1" … "5.2". */
  public static final String OBJECTIVE = "objective";
  /** The group (an organisation of the registry) that carries the measure out and reports on it. */
  public static final String RESPONSIBLE_ORGANISATION = "responsibleOrganisation";
  public static final String DUE_DATE = "dueDate";
  public static final String MEASURE_STATUS = "measureStatus";
  public static final String PROGRESS = "progress";
  /** The published round the measure comes from; absent for a measure started directly. */
  public static final String ORIGIN_CONSULTATION_CODE = "originConsultationCode";
  /** The stakeholder whose contribution the measure answers; absent for a measure started directly. */
  public static final String ORIGIN_STAKEHOLDER = "originStakeholder";
  /** Every contribution the measure answers, the first and those joined later: Json array of {@code {consultationCode, stakeholderId}}. */
  public static final String ORIGINS = "origins";
  /** Sent with {@link Messages#MEASURE_CONTRIBUTION_JOINED}: the round and stakeholder of the contribution that joins. */
  public static final String JOINED_CONSULTATION_CODE = "joinedConsultationCode";
  public static final String JOINED_STAKEHOLDER = "joinedStakeholder";
  /** The kind of case under which measure codes are kept unique among open measures. */
  public static final String CASE_KIND = "measure";

  private MeasureContract() {}
}
