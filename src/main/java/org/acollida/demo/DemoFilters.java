package org.acollida.demo;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.List;
import java.util.Map;
import org.acollida.organisation.Organisation;
import org.acollida.organisation.OrganisationRegistry;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Tasklist filters, readable by the groups that need them. Each created once, by name, with its readers. */
@Component
@Profile("demo")
@Order(40)
public class DemoFilters implements ApplicationRunner {

  private final FilterService filters;
  private final TaskService tasks;
  private final AuthorizationService authorizations;
  private final OrganisationRegistry registry;
  private final DemoItems items;

  public DemoFilters(FilterService filters, TaskService tasks, AuthorizationService authorizations,
      OrganisationRegistry registry, DemoItems items) {
    this.filters = filters;
    this.tasks = tasks;
    this.authorizations = authorizations;
    this.registry = registry;
    this.items = items;
  }

  @Override
  public void run(ApplicationArguments args) {
    List<String> everyone = new java.util.ArrayList<>(registry.all().stream().map(Organisation::id).toList());
    everyone.addAll(List.of(OrganisationRegistry.JOINT_COMMISSION, OrganisationRegistry.CONSULTATION_FACILITATORS,
        OrganisationRegistry.STAKEHOLDERS));
    List<String> signatories = registry.all().stream().map(Organisation::id).toList();

    ensure("My tasks", -5, "Tasks assigned to me",
        tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}"), everyone);
    ensure("My organisation", -10, "Tasks for my organisation or my groups, assigned or not",
        tasks.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}").includeAssignedTasks(),
        everyone);
    ensure("Extension votes", 0, "Votes on extending sponsorship agreements",
        tasks.createTaskQuery().taskDefinitionKey("VoteOnExtension")
            .taskCandidateGroupInExpression("${currentUserGroups()}").includeAssignedTasks(), signatories);
    ensure("Joint Commission", 5, "Monitoring meetings and final evaluations",
        tasks.createTaskQuery().taskCandidateGroup(OrganisationRegistry.JOINT_COMMISSION).includeAssignedTasks(),
        List.of(OrganisationRegistry.JOINT_COMMISSION, OrganisationRegistry.GOVERNMENT_ID));
  }

  /** The filter and its readers in one transaction: no stopped start leaves a filter that its groups cannot read. */
  private void ensure(String name, int priority, String description, TaskQuery query, List<String> readers) {
    items.ensure("filter:" + name, () -> ensureFilter(name, priority, description, query, readers));
  }

  private Filter ensureFilter(String name, int priority, String description, TaskQuery query, List<String> readers) {
    Filter filter = filters.createFilterQuery().filterName(name).singleResult();
    if (filter == null) {
      filter = filters.newTaskFilter(name)
          .setProperties(Map.of("priority", priority, "description", description, "refresh", true))
          .setQuery(query);
      filters.saveFilter(filter);
    }
    for (String group : readers) {
      if (authorizations.createAuthorizationQuery().resourceType(Resources.FILTER).resourceId(filter.getId())
          .groupIdIn(group).count() == 0) {
        Authorization read = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
        read.setGroupId(group);
        read.setResource(Resources.FILTER);
        read.setResourceId(filter.getId());
        read.addPermission(Permissions.READ);
        authorizations.saveAuthorization(read);
      }
    }
    return filter;
  }
}
