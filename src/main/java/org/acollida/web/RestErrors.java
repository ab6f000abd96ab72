package org.acollida.web;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.acollida.common.InvalidInputException;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns engine exceptions into the answers the contract promises. Camunda's REST resources wrap
 * whatever a listener throws into a 500; here the cause chain decides: invalid input 400, a
 * concurrent change 409, another tenant's resource 403. Everything else keeps Camunda's mapping.
 */
public final class RestErrors {

  private static final Logger LOG = LoggerFactory.getLogger(RestErrors.class);
  private static final Pattern UNDESERIALIZABLE = Pattern.compile("Cannot deserialize object in variable '([^']{1,128})'");
  // the engine refuses Java serialization (a way to run code on deserializing); its refusal is a plain engine exception
  private static final Pattern JAVA_SERIALIZED =
      Pattern.compile("Cannot set variable with name (.{1,128}?)\\. Java serialization format is prohibited");

  private RestErrors() {}

  public static Response toResponse(Throwable thrown) {
    InvalidInputException invalid = find(thrown, InvalidInputException.class);
    if (invalid != null) {
      return badRequest(invalid.field(), invalid.rule());
    }
    String undeserializable = undeserializableVariable(thrown);
    if (undeserializable != null) {
      return badRequest(undeserializable, "is not valid for its type (for Json, valid JSON text)");
    }
    String javaSerialized = firstGroup(thrown, JAVA_SERIALIZED);
    if (javaSerialized != null) {
      return badRequest(javaSerialized, "must not be a Java-serialized object (use Json or a primitive type)");
    }
    NullValueException missing = find(thrown, NullValueException.class);
    if (missing != null && missing.getMessage() != null && missing.getMessage().startsWith("Cannot find ")) {
      // e.g. a task another person completed a moment ago: gone, not a server failure
      return json(Response.Status.NOT_FOUND, error("NotFoundException", missing.getMessage()));
    }
    if (find(thrown, OptimisticLockingException.class) != null) {
      return json(Response.Status.CONFLICT, error("OptimisticLockingException",
          "Someone else changed this at the same time; reload and try again"));
    }
    AuthorizationException denied = find(thrown, AuthorizationException.class);
    if (denied != null && denied != thrown) {
      // refused inside a listener (e.g. a decision reserved to the task's group): the engine wrapped it
      return ExceptionHandlerHelper.getInstance().getResponse(denied);
    }
    if (denied == null && isTenantRefusal(thrown)) {
      return json(Response.Status.FORBIDDEN, error("AuthorizationException",
          "This belongs to an organisation you are not a member of"));
    }
    // Camunda's resources wrap engine exceptions as 500; the engine's own kind (not found, bad request) decides instead
    ProcessEngineException cause = find(thrown, ProcessEngineException.class);
    if (thrown instanceof RestException rest && rest.getStatus() == Response.Status.INTERNAL_SERVER_ERROR
        && cause != null) {
      return ExceptionHandlerHelper.getInstance().getResponse(cause);
    }
    return ExceptionHandlerHelper.getInstance().getResponse(thrown);
  }

  /** A typed value the engine could not read (e.g. a Json variable that is not JSON): the client's input. */
  private static String undeserializableVariable(Throwable thrown) {
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      Matcher matcher = t.getMessage() == null ? null : UNDESERIALIZABLE.matcher(t.getMessage());
      if (matcher != null && matcher.find()) {
        return matcher.group(1);
      }
    }
    return null;
  }

  /** The first group of the pattern in a message of the cause chain, or null. */
  private static String firstGroup(Throwable thrown, Pattern pattern) {
    for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
      Matcher matcher = t.getMessage() == null ? null : pattern.matcher(t.getMessage());
      if (matcher != null && matcher.find()) {
        return matcher.group(1);
      }
    }
    return null;
  }

  private static boolean isTenantRefusal(Throwable thrown) {
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      if (t instanceof ProcessEngineException && t.getMessage() != null
          && t.getMessage().contains("because it belongs to no authenticated tenant")) {
        return true;
      }
    }
    return false;
  }

  private static <T extends Throwable> T find(Throwable thrown, Class<T> type) {
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return null;
  }

  /** The 400 body: {type, message "field: rule", field, rule}. */
  private static Response badRequest(String field, String rule) {
    Map<String, Object> body = error("InvalidInputException", field + ": " + rule);
    body.put("field", field);
    body.put("rule", rule);
    return json(Response.Status.BAD_REQUEST, body);
  }

  private static Map<String, Object> error(String type, String message) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", type);
    body.put("message", message);
    return body;
  }

  private static Response json(Response.Status status, Map<String, Object> body) {
    LOG.debug("REST {}: {}", status.getStatusCode(), body.get("message"));
    return Response.status(status).entity(body).type(MediaType.APPLICATION_JSON_TYPE).build();
  }

  public static class RestExceptionMapper implements ExceptionMapper<RestException> {
    @Override
    public Response toResponse(RestException exception) {
      return RestErrors.toResponse(exception);
    }
  }

  public static class ProcessEngineExceptionMapper implements ExceptionMapper<ProcessEngineException> {
    @Override
    public Response toResponse(ProcessEngineException exception) {
      return RestErrors.toResponse(exception);
    }
  }

  public static class AnyExceptionMapper implements ExceptionMapper<Throwable> {
    @Override
    public Response toResponse(Throwable exception) {
      return RestErrors.toResponse(exception);
    }
  }
}
