package org.acollida.dashboard;

import jakarta.ws.rs.Path;
import java.util.Set;
import org.camunda.bpm.cockpit.plugin.resource.AbstractCockpitPluginRootResource;
import org.camunda.bpm.cockpit.plugin.spi.impl.AbstractCockpitPlugin;

/**
 * Puts the programme dashboard on Cockpit's start page: a Cockpit plugin (registered through
 * META-INF/services), whose script {@code plugin-webapp/acollida-dashboard/app/plugin.js} links to
 * {@code /dashboard/}. Needs no change to the webapps' config.js.
 */
public class DashboardCockpitPlugin extends AbstractCockpitPlugin {

  public static final String ID = "acollida-dashboard";

  @Override
  public String getId() {
    return ID;
  }

  /** Serves the plugin's script to Cockpit (at /camunda/api/cockpit/plugin/acollida-dashboard/static/app/plugin.js). */
  @Override
  public Set<Class<?>> getResourceClasses() {
    return Set.of(Assets.class);
  }

  @Path("plugin/" + ID)
  public static class Assets extends AbstractCockpitPluginRootResource {
    public Assets() {
      super(ID);
    }
  }
}
