package org.acollida.accountability;

import java.util.List;

/**
 * One measure as the accountability page publishes it, under the contract's variable names. {@code overdue}: an
 * open measure whose current report is past its period's end.
 */
public record PublicMeasure(String measureCode, String title, String objective, int priority, String measureStatus,
    int progress, String responsibleOrganisation, String dueDate, String originConsultationCode,
    String originStakeholder, String originReportPath, List<Origin> origins, String evidence, String lastReportedAt,
    boolean overdue) {

  /** A contribution the measure answers, with the path of its round's published report. */
  public record Origin(String consultationCode, String stakeholderId, String reportPath) {}
}
