package org.acollida.consultation;

import com.fasterxml.jackson.annotation.JsonIgnore;
import org.acollida.contract.StakeholderCategory;

/** An invited stakeholder; {@code user} is the person who answers for it in Tasklist. */
public record Stakeholder(String id, String name, StakeholderCategory category, String user) {

  @JsonIgnore
  public boolean isMigrantAssociation() {
    return category == StakeholderCategory.MIGRANT_ASSOCIATION;
  }
}
