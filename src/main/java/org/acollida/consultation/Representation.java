package org.acollida.consultation;

import java.util.List;

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

  public static int migrantAssociations(List<Stakeholder> stakeholders) {
    return (int) stakeholders.stream().filter(Stakeholder::isMigrantAssociation).count();
  }

  public static String percent(double share) {
    return Math.round(share * 100) + "%";
  }
}
