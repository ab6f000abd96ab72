package org.acollida.contract;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The documents a case keeps (docs/documents.md): each kind belongs to one process and is attached to that
 * process's instances only. The key is the attachment's type in the engine, so a process reads its own documents
 * through the engine API ({@code TaskService.getProcessInstanceAttachments}) without knowing who added them.
 */
public enum DocumentKind {

  /**
   * The agreement as signed by the regional government and the sponsors: with the registration (an optional File
   * start variable of that name, over REST) or added afterwards.
   */
  SIGNED_AGREEMENT("signedAgreement", ProcessKeys.AGREEMENT, true, true),
  /** The minutes of a Joint Commission monitoring meeting. */
  MEETING_MINUTES("meetingMinutes", ProcessKeys.AGREEMENT, true, false),
  /** The family's consent to the processing of its data; its reception cannot be completed without it. */
  FAMILY_CONSENT("familyConsent", ProcessKeys.ITINERARY, true, false),
  /** What a sponsor attaches to a period's justification (statements, invoices summary). */
  JUSTIFICATION("justification", ProcessKeys.JUSTIFICATION, true, false),
  /**
   * An expense's receipt: the {@code receipt} File start variable of {@code record-expense} (contract), shown among
   * the expense's documents; an expense's case ends as it is recorded, so nothing is added to it afterwards.
   */
  RECEIPT(SpendingContract.RECEIPT, ProcessKeys.EXPENSE, false, true);

  private final String key;
  private final String processKey;
  private final boolean addedAsDocument;
  private final boolean startVariable;

  DocumentKind(String key, String processKey, boolean addedAsDocument, boolean startVariable) {
    this.key = key;
    this.processKey = processKey;
    this.addedAsDocument = addedAsDocument;
    this.startVariable = startVariable;
  }

  public String key() {
    return key;
  }

  public String processKey() {
    return processKey;
  }

  /** Whether people add it as a document of a running case ({@code POST /api/documents}); a receipt is not. */
  public boolean addedAsDocument() {
    return addedAsDocument;
  }

  /** Whether it may also come as a File start variable of its process, named after its key. */
  public boolean startVariable() {
    return startVariable;
  }

  public static Optional<DocumentKind> ofKey(String key) {
    return Arrays.stream(values()).filter(kind -> kind.key.equals(key)).findFirst();
  }

  /** The kinds people add to instances of the process, in the order a form lists them. */
  public static List<DocumentKind> addedTo(String processKey) {
    return Arrays.stream(values()).filter(kind -> kind.addedAsDocument && kind.processKey.equals(processKey)).toList();
  }
}
