package org.acollida.web;

import jakarta.servlet.http.HttpServletRequest;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandContextFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * A refusal (an authorization missing, another organisation's tenant) is expected traffic, not a failure: it
 * is logged as one WARN line naming the user, the request and what was refused, without a stack trace. The
 * engine would log a tenant refusal as an ERROR with its whole stack (ENGINE-16004), burying real errors;
 * every other failure keeps the engine's logging.
 */
@Component
public class RefusalLogging extends AbstractProcessEnginePlugin {

  private static final Logger LOG = LoggerFactory.getLogger(RefusalLogging.class);
  private static final String TENANT_REFUSAL = "because it belongs to no authenticated tenant";
  private static final int MAX_MESSAGE = 500;

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    CommandContextFactory factory = new CommandContextFactory() {
      @Override
      public CommandContext createCommandContext() {
        return new RefusalAwareCommandContext(processEngineConfiguration);
      }
    };
    factory.setProcessEngineConfiguration(configuration);
    configuration.setCommandContextFactory(factory);
  }

  /** An authorization refusal or a tenant refusal anywhere in the cause chain. */
  static Throwable refusal(Throwable thrown) {
    for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof AuthorizationException
          || t instanceof ProcessEngineException && t.getMessage() != null && t.getMessage().contains(TENANT_REFUSAL)) {
        return t;
      }
    }
    return null;
  }

  static final class RefusalAwareCommandContext extends CommandContext {

    RefusalAwareCommandContext(ProcessEngineConfigurationImpl configuration) {
      super(configuration);
    }

    /** The engine's own record of the failure drops to DEBUG for refusals (the WARN line says it all). */
    @Override
    protected boolean shouldLogFine(Throwable exception) {
      return super.shouldLogFine(exception) || refusal(exception) != null;
    }

    @Override
    protected void fireCommandFailed(Throwable thrown) {
      super.fireCommandFailed(thrown);
      Throwable refusal = refusal(thrown);
      if (refusal != null) {
        LOG.warn("Refused {} {}: {}", oneLine(getAuthenticatedUserId()), request(), oneLine(refusal.getMessage()));
      }
    }

    private static String request() {
      if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
        HttpServletRequest request = attributes.getRequest();
        return oneLine(request.getMethod() + " " + request.getRequestURI());
      }
      return "(no HTTP request)";
    }
  }

  /** User ids and paths come from the client: no line breaks or control characters into the log, and bounded. */
  static String oneLine(String text) {
    if (text == null) {
      return "(none)";
    }
    String clean = text.replaceAll("\\p{Cntrl}", " ");
    return clean.length() > MAX_MESSAGE ? clean.substring(0, MAX_MESSAGE) + "…" : clean;
  }
}
