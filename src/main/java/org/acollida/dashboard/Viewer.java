package org.acollida.dashboard;

import java.util.List;

/** Who looks at the dashboard: the engine decides with these what they may see. */
public record Viewer(String userId, List<String> groupIds, List<String> tenantIds) {

  public Viewer {
    groupIds = List.copyOf(groupIds);
    tenantIds = List.copyOf(tenantIds);
  }
}
