package org.acollida.consultation;

import java.util.List;
import java.util.Locale;

/** How much of a round's voice belongs to migrant associations. */
public final class Representation {

  private Representation() {}

  /** Migrant associations among these stakeholders, 0–1 (0 when there are none at all). */
  public static double migrantAssociationShare(List<Stakeholder> stakeholders) {
    if (stakeholders.isEmpty()) {
      return 0.0;
    }
    long migrant = stakeholders.stream().filter(Stakeholder::isMigrantAssociation).count();
    return (double) migrant / stakeholders.size();
  }

  public static String summary(List<Stakeholder> stakeholders) {
    long migrant = stakeholders.stream().filter(Stakeholder::isMigrantAssociation).count();
    return String.format(Locale.ROOT, "%d of %d invited stakeholders are migrant associations (%s)",
        migrant, stakeholders.size(), percent(migrantAssociationShare(stakeholders)));
  }

  public static String percent(double share) {
    return Math.round(share * 100) + "%";
  }
}
