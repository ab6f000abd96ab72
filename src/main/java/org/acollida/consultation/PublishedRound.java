package org.acollida.consultation;

import java.util.List;
import org.acollida.contract.StakeholderCategory;

/** What a published round's report shows, read back from the engine's history. */
public record PublishedRound(String consultationCode, String topic, int strategyPriority, String contributionDeadline,
    String publishedAt, String roundStatus, String previousConsultationCode, String nextConsultationCode,
    List<String> carriedForwardPoints, List<Stakeholder> stakeholders, List<Contribution> synthesis,
    String synthesisSummary, double responseRate, double migrantAssociationShare, double migrantResponseShare,
    List<String> openPoints) {

  public long invited(StakeholderCategory category) {
    return stakeholders.stream().filter(s -> s.category() == category).count();
  }

  public long answered(StakeholderCategory category) {
    return synthesis.stream().filter(c -> c.category() == category).count();
  }
}
