package org.acollida.notification;

import java.util.Locale;

/**
 * The mails Acollida sends (docs/notifications.md lists each with its trigger). Each has a subject and a body in
 * the catalogue {@code i18n/mail.json} under {@code <key>.subject} and {@code <key>.body}.
 */
public enum MailKind {
  CONSULTATION_INVITATION,
  CONSULTATION_DEADLINE_EXTENDED,
  CONSULTATION_REMINDER,
  CONTRIBUTION_ANSWERED,
  CONSULTATION_RESULTS_PUBLISHED,
  EXTENSION_VOTE_OPENED,
  EXTENSION_VOTE_OUTCOME,
  MONITORING_MEETING_DUE,
  FINAL_EVALUATION_DUE,
  FAMILY_REGISTERED,
  BREAKDOWN_MEDIATION,
  CLOSURE_AWAITING_APPROVAL,
  HAND_OVER_TO_ACCEPT,
  JUSTIFICATION_DUE,
  JUSTIFICATION_SUBMITTED,
  JUSTIFICATION_OVERDUE,
  OVERRUN_ALERT;

  /** The catalogue key prefix, e.g. {@code consultationInvitation}. */
  public String key() {
    StringBuilder key = new StringBuilder();
    boolean upper = false;
    for (char c : name().toLowerCase(Locale.ROOT).toCharArray()) {
      if (c == '_') {
        upper = true;
      } else {
        key.append(upper ? Character.toUpperCase(c) : c);
        upper = false;
      }
    }
    return key.toString();
  }
}
