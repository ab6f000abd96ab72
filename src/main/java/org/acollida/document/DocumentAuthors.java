package org.acollida.document;

import java.util.List;
import org.acollida.contract.DocumentKind;
import org.acollida.organisation.OrganisationRegistry;

/**
 * Who adds which document, beyond reading the case (docs/documents.md): the regional government the signed
 * agreement; the Joint Commission (or the regional government, which sits on it) a meeting's minutes; the family's
 * sponsor, or the regional government that registers families, the family's consent; the justifying sponsor its
 * justification. A sponsor is the organisation whose id is the case's tenant and one of the person's groups.
 */
final class DocumentAuthors {

  private DocumentAuthors() {}

  static boolean mayAdd(DocumentKind kind, List<String> groups, String caseTenant) {
    boolean government = groups.contains(OrganisationRegistry.GOVERNMENT_ID);
    boolean caseOrganisation = caseTenant != null && groups.contains(caseTenant);
    return switch (kind) {
      case SIGNED_AGREEMENT -> government;
      case MEETING_MINUTES -> government || groups.contains(OrganisationRegistry.JOINT_COMMISSION);
      case FAMILY_CONSENT -> government || caseOrganisation;
      case JUSTIFICATION -> caseOrganisation;
      case RECEIPT -> false; // recorded with the expense, as its start variable
    };
  }
}
