package org.acollida.spending;

import java.util.List;
import org.acollida.common.InputRules;
import org.acollida.common.InvalidInputException;
import org.acollida.organisation.Organisation;
import org.acollida.organisation.OrganisationRegistry;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Whose expense it is: a sponsor records its own (naming no other), the regional government names the
 * organisation, the application itself (no user: the demo, tests) names it too. Decides the tenant as well,
 * before the engine exists, so it needs nothing but the registry.
 */
@Component
public class ExpenseOrganisation {

  private final OrganisationRegistry registry;

  public ExpenseOrganisation(OrganisationRegistry registry) {
    this.registry = registry;
  }

  /** The caller's groups as {@link #decide} takes them: null when no user is signed in (the application itself). */
  public static List<String> groupsOf(Authentication caller) {
    if (caller == null || caller.getUserId() == null) {
      return null;
    }
    return caller.getGroupIds() == null ? List.of() : caller.getGroupIds();
  }

  /** @param groupIds the caller's groups, null when no user is signed in */
  public String decide(Object named, List<String> groupIds) {
    String field = SpendingVariables.ORGANISATION;
    if (groupIds == null || groupIds.contains(OrganisationRegistry.GOVERNMENT_ID)) {
      String id = InputRules.requireCode(field, InputRules.requireText(field, named, 64));
      return registry.find(id).map(Organisation::id)
          .orElseThrow(() -> new InvalidInputException(field, "no registered organisation has the id '" + id + "'"));
    }
    List<String> own = registry.sponsors().stream().map(Organisation::id).filter(groupIds::contains).toList();
    if (own.size() != 1) {
      throw new InvalidInputException(field, "only a sponsor (for itself) or the regional government records expenses");
    }
    if (named != null && !(named instanceof String text && (text.isBlank() || text.strip().equals(own.get(0))))) {
      throw new InvalidInputException(field, "a sponsor records its own expenses only (" + own.get(0) + ")");
    }
    return own.get(0);
  }
}
