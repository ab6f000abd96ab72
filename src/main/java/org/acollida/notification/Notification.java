package org.acollida.notification;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * One event to tell people about: which mail, its placeholders (codes, dates, links: never a family's personal
 * data, never another stakeholder's contribution) and who receives it, as users and as groups whose members do.
 */
public record Notification(MailKind kind, Map<String, String> params, Set<String> users, Set<String> groups) {

  /** Placeholder every mail with a link has: a path on this server, made absolute when the mail is rendered. */
  public static final String LINK = "link";

  public static Notification toUsers(MailKind kind, Map<String, String> params, Iterable<String> users) {
    Set<String> ids = new LinkedHashSet<>();
    users.forEach(user -> {
      if (user != null && !user.isBlank()) {
        ids.add(user);
      }
    });
    return new Notification(kind, params, ids, Set.of());
  }

  public static Notification toGroups(MailKind kind, Map<String, String> params, Iterable<String> groups) {
    Set<String> ids = new LinkedHashSet<>();
    groups.forEach(group -> {
      if (group != null && !group.isBlank()) {
        ids.add(group);
      }
    });
    return new Notification(kind, params, Set.of(), ids);
  }

  /** The Tasklist page of one task, where its link lands the person after login. */
  public static String taskPath(String taskId) {
    return "/camunda/app/tasklist/default/#/?task=" + taskId;
  }
}
