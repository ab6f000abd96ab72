package org.acollida.organisation;

import java.util.List;

/**
 * What each role may do with one process, contributed by that process (a bean in its package), so that the
 * organisation registry knows the roles but no process.
 */
public interface ProcessGrants {

  List<Grant> grants(OrganisationRegistry registry);
}
