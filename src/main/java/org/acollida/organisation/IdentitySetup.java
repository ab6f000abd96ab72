package org.acollida.organisation;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates, idempotently and in every profile, a group and a tenant per registered organisation, the
 * functional groups, and what each role may do. Users are not created here: the demo profile
 * creates demo users, a real deployment connects its own directory.
 */
@Component
@Order(10)
public class IdentitySetup implements ApplicationRunner {

  private static final Logger LOG = LoggerFactory.getLogger(IdentitySetup.class);

  /**
   * Permissions earlier versions granted and no role holds any more, taken back from the rows this class manages:
   * with them, whoever works on a task could write its variables (into the process) without completing it.
   */
  private static final Map<Resource, List<Permission>> WITHDRAWN = Map.of(
      Resources.TASK, List.of(Permissions.UPDATE, TaskPermissions.UPDATE_VARIABLE),
      Resources.PROCESS_DEFINITION, List.of(ProcessDefinitionPermissions.UPDATE_TASK,
          ProcessDefinitionPermissions.UPDATE_TASK_VARIABLE));

  private final IdentityService identity;
  private final AuthorizationService authorizations;
  private final OrganisationRegistry registry;
  private final List<ProcessGrants> processGrants;

  public IdentitySetup(IdentityService identity, AuthorizationService authorizations, OrganisationRegistry registry,
      List<ProcessGrants> processGrants) {
    this.identity = identity;
    this.authorizations = authorizations;
    this.registry = registry;
    this.processGrants = processGrants;
  }

  @Override
  public void run(ApplicationArguments args) {
    for (Organisation organisation : registry.all()) {
      ensureGroup(organisation.id(), organisation.name(), "ORGANISATION");
      ensureTenant(organisation.id(), organisation.name());
    }
    ensureGroup(OrganisationRegistry.JOINT_COMMISSION, "Joint Commission", "WORKFLOW");
    ensureGroup(OrganisationRegistry.CONSULTATION_FACILITATORS, "Consultation facilitators", "WORKFLOW");
    ensureGroup(OrganisationRegistry.STAKEHOLDERS, "Consultation stakeholders", "WORKFLOW");
    ensureGroup(Groups.CAMUNDA_ADMIN, "Administrators", Groups.GROUP_TYPE_SYSTEM);
    grants().forEach(this::ensure);
    LOG.info("Identity ready: {} organisations, their groups, tenants and role authorizations", registry.all().size());
  }

  /**
   * What each role may do across processes; what it may do with each process comes from that process's
   * {@link ProcessGrants}. Sponsors' view of families is narrowed further by tenant checks.
   */
  List<Grant> grants() {
    List<Grant> grants = new ArrayList<>();
    // camunda-admin skips tenant checks but, like any group, sees in queries only what it is granted
    for (Resources resource : Resources.values()) {
      grants.add(new Grant(Groups.CAMUNDA_ADMIN, resource, "*", Permissions.ALL));
    }

    String gva = OrganisationRegistry.GOVERNMENT_ID;
    webapps(grants, gva, "tasklist", "cockpit");
    grants.add(new Grant(gva, Resources.PROCESS_INSTANCE, "*", Permissions.CREATE, Permissions.READ));
    // work on and assign any task; not UPDATE, which would also write a task's variables outside its completion
    grants.add(new Grant(gva, Resources.TASK, "*", Permissions.READ, TaskPermissions.TASK_WORK, TaskPermissions.TASK_ASSIGN));
    grants.add(new Grant(gva, Resources.DECISION_DEFINITION, "*", Permissions.READ));
    grants.add(new Grant(gva, Resources.DEPLOYMENT, "*", Permissions.READ));
    grants.add(new Grant(gva, Resources.GROUP, "*", Permissions.READ));
    grants.add(new Grant(gva, Resources.USER, "*", Permissions.READ));

    String commission = OrganisationRegistry.JOINT_COMMISSION;
    webapps(grants, commission, "tasklist", "cockpit");
    grants.add(new Grant(commission, Resources.DEPLOYMENT, "*", Permissions.READ));

    for (Organisation sponsor : registry.sponsors()) {
      webapps(grants, sponsor.id(), "tasklist", "cockpit");
      grants.add(new Grant(sponsor.id(), Resources.DEPLOYMENT, "*", Permissions.READ));
    }

    String facilitators = OrganisationRegistry.CONSULTATION_FACILITATORS;
    webapps(grants, facilitators, "tasklist", "cockpit");
    grants.add(new Grant(facilitators, Resources.PROCESS_INSTANCE, "*", Permissions.CREATE));
    grants.add(new Grant(facilitators, Resources.DEPLOYMENT, "*", Permissions.READ));
    grants.add(new Grant(facilitators, Resources.DECISION_DEFINITION, "*", Permissions.READ));

    String stakeholders = OrganisationRegistry.STAKEHOLDERS;
    webapps(grants, stakeholders, "tasklist");
    grants.add(new Grant(stakeholders, Resources.DEPLOYMENT, "*", Permissions.READ));

    processGrants.forEach(process -> grants.addAll(process.grants(registry)));
    return grants;
  }

  private static void webapps(List<Grant> grants, String groupId, String... apps) {
    for (String app : apps) {
      grants.add(new Grant(groupId, Resources.APPLICATION, app, Permissions.ACCESS));
    }
  }

  private void ensure(Grant grant) {
    Authorization existing = authorizations.createAuthorizationQuery()
        .groupIdIn(grant.groupId()).resourceType(grant.resource()).resourceId(grant.resourceId()).singleResult();
    Authorization authorization = existing;
    if (authorization == null) {
      authorization = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
      authorization.setGroupId(grant.groupId());
      authorization.setResource(grant.resource());
      authorization.setResourceId(grant.resourceId());
    }
    boolean changed = existing == null;
    for (Permission permission : grant.permissions()) {
      if (!authorization.isPermissionGranted(permission)) {
        authorization.addPermission(permission);
        changed = true;
      }
    }
    List<Permission> granted = List.of(grant.permissions());
    if (!granted.contains(Permissions.ALL)) {
      for (Permission withdrawn : WITHDRAWN.getOrDefault(grant.resource(), List.of())) {
        if (!granted.contains(withdrawn) && authorization.isPermissionGranted(withdrawn)) {
          authorization.removePermission(withdrawn);
          changed = true;
        }
      }
    }
    if (changed) {
      authorizations.saveAuthorization(authorization);
    }
  }

  private void ensureGroup(String id, String name, String type) {
    if (identity.createGroupQuery().groupId(id).count() == 0) {
      Group group = identity.newGroup(id);
      group.setName(name);
      group.setType(type);
      identity.saveGroup(group);
    }
  }

  private void ensureTenant(String id, String name) {
    if (identity.createTenantQuery().tenantId(id).count() == 0) {
      Tenant tenant = identity.newTenant(id);
      tenant.setName(name);
      identity.saveTenant(tenant);
    }
  }
}
