package org.acollida.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.acollida.organisation.OrganisationRegistry;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** A production start (no demo profile) has the role filters, once each, and a second start adds none. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    // its own in-memory H2, also in the suite's PostgreSQL run (which sets the driver and user as system properties)
    "spring.datasource.url=jdbc:h2:mem:acollida-filters;DB_CLOSE_DELAY=-1",
    "spring.datasource.driver-class-name=org.h2.Driver", "spring.datasource.username=sa",
    "spring.datasource.password=",
    "camunda.bpm.process-engine-name=filters", "acollida.admin.user=filters-admin",
    "acollida.admin.password=filters-secret"})
@ActiveProfiles("test")
class TasklistFiltersEveryProfileTest {

  private static final List<String> NAMES = List.of(TasklistFilters.MY_ORGANISATION, TasklistFilters.MY_TASKS,
      TasklistFilters.EXTENSION_VOTES, TasklistFilters.JOINT_COMMISSION, TasklistFilters.OVERDUE);

  @Autowired FilterService filters;
  @Autowired AuthorizationService authorizations;
  @Autowired TasklistFilters setup;

  @Test
  void theRoleFiltersExistOnceEachWithTheirReadersAfterEveryStart() {
    assertOnceEach();
    setup.run(null); // the next start
    assertOnceEach();
  }

  private void assertOnceEach() {
    assertThat(filters.createFilterQuery().list()).extracting(Filter::getName)
        .containsExactlyInAnyOrderElementsOf(NAMES);
    assertThat(readers(TasklistFilters.MY_TASKS)).contains(OrganisationRegistry.STAKEHOLDERS, "sjm",
        OrganisationRegistry.GOVERNMENT_ID).doesNotHaveDuplicates();
    assertThat(readers(TasklistFilters.MY_ORGANISATION)).contains("sjm", OrganisationRegistry.JOINT_COMMISSION)
        .doesNotContain(OrganisationRegistry.STAKEHOLDERS).doesNotHaveDuplicates();
    assertThat(readers(TasklistFilters.OVERDUE)).contains(OrganisationRegistry.STAKEHOLDERS, "sjm")
        .doesNotHaveDuplicates();
    Filter overdue = filters.createFilterQuery().filterName(TasklistFilters.OVERDUE).singleResult();
    assertThat(overdue.getOwner()).isNull();
    assertThat(overdue.getProperties()).containsKey("variables");
  }

  private List<String> readers(String filterName) {
    Filter filter = filters.createFilterQuery().filterName(filterName).singleResult();
    return authorizations.createAuthorizationQuery().resourceType(Resources.FILTER).resourceId(filter.getId()).list()
        .stream().map(Authorization::getGroupId).toList();
  }
}
