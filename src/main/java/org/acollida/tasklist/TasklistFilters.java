package org.acollida.tasklist;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.acollida.organisation.Organisation;
import org.acollida.organisation.OrganisationRegistry;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.EntityTypes;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The Tasklist filters of every role, in every profile, brought up to date at each start like the organisations'
 * groups: each filter is found by its name among the filters with no owner, created if missing, and given the
 * query, columns and readers defined here. Tasklist lists a user's filters by {@code priority}, lowest first, and
 * opens the first: each role's first filter holds its own work (a stakeholder's is "My tasks", where its
 * contributions are assigned to it). Names and labels are stored in English and translated per browser
 * (i18n/filters.json).
 */
@Component
@Order(20)
public class TasklistFilters implements ApplicationRunner {

  public static final String MY_ORGANISATION = "My organisation";
  public static final String MY_TASKS = "My tasks";
  public static final String EXTENSION_VOTES = "Extension votes";
  public static final String JOINT_COMMISSION = "Joint Commission";
  public static final String OVERDUE = "Overdue";

  private static final Logger LOG = LoggerFactory.getLogger(TasklistFilters.class);

  /** The columns Tasklist shows under each task: the case it belongs to. */
  static final List<Map<String, String>> COLUMNS = List.of(
      Map.of("name", "agreementCode", "label", "Agreement code"),
      Map.of("name", "familyCode", "label", "Family code"),
      Map.of("name", "consultationCode", "label", "Round code"),
      Map.of("name", "municipality", "label", "Municipality"));

  private final FilterService filters;
  private final TaskService tasks;
  private final AuthorizationService authorizations;
  private final OrganisationRegistry registry;
  private final TransactionTemplate transaction;

  public TasklistFilters(FilterService filters, TaskService tasks, AuthorizationService authorizations,
      OrganisationRegistry registry, PlatformTransactionManager transactions) {
    this.filters = filters;
    this.tasks = tasks;
    this.authorizations = authorizations;
    this.registry = registry;
    this.transaction = new TransactionTemplate(transactions);
  }

  @Override
  public void run(ApplicationArguments args) {
    List<String> signatories = registry.all().stream().map(Organisation::id).toList();
    List<String> workers = new ArrayList<>(signatories);
    workers.addAll(List.of(OrganisationRegistry.JOINT_COMMISSION, OrganisationRegistry.CONSULTATION_FACILITATORS));
    List<String> everyone = new ArrayList<>(workers);
    everyone.add(OrganisationRegistry.STAKEHOLDERS);

    // stakeholders have no group tasks: their contributions are assigned to them, so "My tasks" comes first for them
    ensure(MY_ORGANISATION, -10, "Tasks for my organisation or my groups, assigned or not",
        tasks.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}").includeAssignedTasks(),
        workers, everyone);
    ensure(MY_TASKS, -5, "Tasks assigned to me",
        tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}"), everyone, everyone);
    ensure(EXTENSION_VOTES, 0, "Votes on extending sponsorship agreements",
        tasks.createTaskQuery().taskDefinitionKey("VoteOnExtension")
            .taskCandidateGroupInExpression("${currentUserGroups()}").includeAssignedTasks(), signatories, everyone);
    ensure(JOINT_COMMISSION, 5, "Monitoring meetings and final evaluations",
        tasks.createTaskQuery().taskCandidateGroup(OrganisationRegistry.JOINT_COMMISSION).includeAssignedTasks(),
        List.of(OrganisationRegistry.JOINT_COMMISSION, OrganisationRegistry.GOVERNMENT_ID), everyone);
    // every task the user may see whose due date has passed; the engine evaluates now() when the filter runs
    // (expressions are allowed in stored filters, refused in adhoc queries)
    ensure(OVERDUE, 10, "Tasks past their due date", tasks.createTaskQuery().dueBeforeExpression("${now()}"),
        everyone, everyone);
    LOG.info("Tasklist filters ready");
  }

  /**
   * The filter, its definition and its readers in one transaction: no stopped start leaves a filter its groups
   * cannot read. Of the role groups, those not among its readers lose their read grant on it.
   */
  private void ensure(String name, int priority, String description, TaskQuery query, List<String> readers,
      List<String> roleGroups) {
    transaction.executeWithoutResult(status -> {
      Filter filter = filters.createFilterQuery().filterResourceType(EntityTypes.TASK).filterName(name).list()
          .stream().filter(f -> f.getOwner() == null).findFirst().orElseGet(() -> filters.newTaskFilter(name));
      Map<String, Object> properties = new LinkedHashMap<>();
      properties.put("priority", priority);
      properties.put("description", description);
      properties.put("refresh", true);
      properties.put("variables", COLUMNS);
      filter.setProperties(properties);
      filter.setQuery(query);
      filters.saveFilter(filter);
      for (String group : roleGroups) {
        List<Authorization> grants = authorizations.createAuthorizationQuery().resourceType(Resources.FILTER)
            .resourceId(filter.getId()).groupIdIn(group).list();
        if (readers.contains(group) && grants.isEmpty()) {
          Authorization read = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
          read.setGroupId(group);
          read.setResource(Resources.FILTER);
          read.setResourceId(filter.getId());
          read.addPermission(Permissions.READ);
          authorizations.saveAuthorization(read);
        } else if (!readers.contains(group)) {
          grants.forEach(grant -> authorizations.deleteAuthorization(grant.getId()));
        }
      }
    });
  }
}
