package org.acollida.agreement.bpmn;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.acollida.common.InputRules;
import org.acollida.common.InvalidInputException;
import org.acollida.common.SystemAccess;
import org.acollida.organisation.OrganisationRegistry;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.identity.User;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/**
 * The attendees of a monitoring meeting are members of the Joint Commission. On create, the task's local
 * {@code commissionMembers} lists them as the form's checklist options ({@code [{"label", "value"}]}, the value
 * being the user id); on complete, every attendee ticked must still be a member. Attendees are optional: a meeting
 * may be recorded without its list.
 */
@Component("commissionMembersAsAttendees")
public class CommissionMembersAsAttendees implements TaskListener {

  public static final String COMMISSION_MEMBERS = "commissionMembers";
  public static final String MEETING_ATTENDEES = "meetingAttendees";

  private static final ObjectMapper JSON = new ObjectMapper();

  private final IdentityService identity;

  public CommissionMembersAsAttendees(IdentityService identity) {
    this.identity = identity;
  }

  @Override
  public void notify(DelegateTask task) {
    if (TaskListener.EVENTNAME_CREATE.equals(task.getEventName())) {
      offerMembers(task);
    } else if (TaskListener.EVENTNAME_COMPLETE.equals(task.getEventName())) {
      checkAttendees(task);
    }
  }

  private void offerMembers(DelegateTask task) {
    ArrayNode options = JSON.createArrayNode();
    members().forEach((id, name) -> options.addObject().put("label", name).put("value", id));
    task.setVariableLocal(COMMISSION_MEMBERS, SpinValues.jsonValue(options.toString()).create());
  }

  private void checkAttendees(DelegateTask task) {
    Object raw = task.getExecution().getVariableLocal(MEETING_ATTENDEES);
    if (raw == null) {
      return;
    }
    String rule = "must be a list of user ids of the Joint Commission's members";
    JsonNode attendees = InputRules.readJson(MEETING_ATTENDEES, raw, rule);
    if (!attendees.isArray()) {
      throw new InvalidInputException(MEETING_ATTENDEES, rule);
    }
    Map<String, String> members = members();
    for (JsonNode attendee : attendees) {
      if (!attendee.isTextual()) {
        throw new InvalidInputException(MEETING_ATTENDEES, rule);
      }
      if (!members.containsKey(attendee.asText())) {
        throw new InvalidInputException(MEETING_ATTENDEES,
            "must list only members of the Joint Commission; '" + InputRules.abbreviate(attendee.asText())
                + "' is not one");
      }
    }
  }

  /** The commission's members by user id, with the name a person reads; whoever completes the task. */
  private Map<String, String> members() {
    List<User> users = SystemAccess.asSystem(() -> identity.createUserQuery()
        .memberOfGroup(OrganisationRegistry.JOINT_COMMISSION).orderByUserLastName().asc().list());
    Map<String, String> members = new LinkedHashMap<>();
    for (User user : users) {
      members.put(user.getId(), displayName(user));
    }
    return members;
  }

  private static String displayName(User user) {
    String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
        + (user.getLastName() == null ? "" : user.getLastName())).strip();
    return name.isEmpty() ? user.getId() : name;
  }
}
