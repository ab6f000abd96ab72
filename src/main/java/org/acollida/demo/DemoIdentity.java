package org.acollida.demo;

import java.util.ArrayList;
import java.util.List;
import org.acollida.organisation.Organisation;
import org.acollida.organisation.OrganisationRegistry;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The contract's demo users (password = user id), their groups and tenants: each user with its memberships, one item. */
@Component
@Profile("demo")
@Order(30)
public class DemoIdentity implements ApplicationRunner {

  private static final Logger LOG = LoggerFactory.getLogger(DemoIdentity.class);
  private static final int STAKEHOLDER_USERS = 6;

  private final IdentityService identity;
  private final OrganisationRegistry registry;
  private final DemoItems items;

  public DemoIdentity(IdentityService identity, OrganisationRegistry registry, DemoItems items) {
    this.identity = identity;
    this.registry = registry;
    this.items = items;
  }

  /** A demo user: its groups, and whether it belongs to every tenant or only its own organisation's. */
  record DemoUser(String id, String firstName, String lastName, List<String> groups, List<String> tenants) {}

  List<DemoUser> users() {
    List<String> allTenants = registry.all().stream().map(Organisation::id).toList();
    List<DemoUser> users = new ArrayList<>();
    users.add(new DemoUser("admin", "Demo", "Administrator", List.of(Groups.CAMUNDA_ADMIN), allTenants));
    users.add(new DemoUser("coordinator-gva", "Regional", "Coordinator",
        List.of(OrganisationRegistry.GOVERNMENT_ID, OrganisationRegistry.JOINT_COMMISSION), allTenants));
    for (Organisation sponsor : registry.sponsors()) {
      users.add(new DemoUser("sponsor-" + sponsor.id(), "Coordinator", sponsor.name(),
          List.of(sponsor.id()), List.of(sponsor.id())));
    }
    users.add(new DemoUser("commission-member", "Joint Commission", "Member",
        List.of(OrganisationRegistry.JOINT_COMMISSION), allTenants));
    users.add(new DemoUser("facilitator", "Consultation", "Facilitator",
        List.of(OrganisationRegistry.CONSULTATION_FACILITATORS), List.of()));
    for (int i = 1; i <= STAKEHOLDER_USERS; i++) {
      users.add(new DemoUser("stakeholder-" + i, "Stakeholder", String.valueOf(i),
          List.of(OrganisationRegistry.STAKEHOLDERS), List.of()));
    }
    return users;
  }

  @Override
  public void run(ApplicationArguments args) {
    int created = 0;
    for (DemoUser demo : users()) {
      // the user, its groups and tenants together: a stop in between leaves no user without its memberships
      if (items.ensure("user:" + demo.id(), () -> ensure(demo))) {
        created++;
      }
    }
    LOG.info("Demo users ready ({} new)", created);
  }

  /** @return whether the user was created now */
  private boolean ensure(DemoUser demo) {
    boolean missing = identity.createUserQuery().userId(demo.id()).count() == 0;
    if (missing) {
      User user = identity.newUser(demo.id());
      user.setFirstName(demo.firstName());
      user.setLastName(demo.lastName());
      user.setPassword(demo.id());
      user.setEmail(demo.id() + "@demo.acollida.org");
      identity.saveUser(user);
    }
    for (String group : demo.groups()) {
      if (identity.createUserQuery().userId(demo.id()).memberOfGroup(group).count() == 0) {
        identity.createMembership(demo.id(), group);
      }
    }
    for (String tenant : demo.tenants()) {
      if (identity.createTenantQuery().userMember(demo.id()).tenantId(tenant).count() == 0) {
        identity.createTenantUserMembership(tenant, demo.id());
      }
    }
    return missing;
  }
}
