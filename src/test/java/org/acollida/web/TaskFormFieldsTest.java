package org.acollida.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.acollida.contract.AgreementContract;
import org.acollida.contract.ConsultationContract;
import org.acollida.contract.ItineraryContract;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;

/**
 * What a Camunda Form lets a completion write (TaskVariableGuard), read from the form as Tasklist submits it; and
 * the models' task forms, read from processes/ and forms/, write none of the state the processes keep themselves.
 */
class TaskFormFieldsTest {

  /** Readable state: statuses, dates, counters and shares the processes compute; no task's form writes them. */
  private static final Set<String> PROCESS_STATE = Set.of(
      AgreementContract.AGREEMENT_CODE, AgreementContract.START_DATE, AgreementContract.SIGNATORIES,
      AgreementContract.AGREEMENT_STATUS, AgreementContract.TERM_END_DATE, AgreementContract.EXTENSIONS_GRANTED,
      AgreementContract.NEXT_MONITORING_MEETING_DATE, AgreementContract.LAST_EXTENSION_VOTE_OUTCOME,
      ItineraryContract.FAMILY_CODE, ItineraryContract.SPONSOR_ORGANISATION, ItineraryContract.ITINERARY_STATUS,
      ItineraryContract.AUTONOMY_LEVEL, ItineraryContract.NEXT_FOLLOW_UP_DATE, ItineraryContract.CLOSURE_REASON,
      ConsultationContract.CONSULTATION_CODE, ConsultationContract.ROUND_STATUS, ConsultationContract.RESPONSE_RATE,
      ConsultationContract.MIGRANT_ASSOCIATION_SHARE, ConsultationContract.MIGRANT_RESPONSE_SHARE,
      ConsultationContract.CONTRIBUTIONS, "totalBudgetEur", "votesInFavour", "extensionRejected", "stakeholderId",
      "voterOrganisation", "publishedAt");

  @Test
  void aFormSubmitsItsKeysTheListsByTheirPathAndNothingDisabledOrMerelyShown() {
    String form = """
        {"components": [
          {"type": "text", "text": "Term ends {{termEndDate}}"},
          {"type": "radio", "key": "extensionApproved"},
          {"type": "textfield", "key": "agreementCode", "disabled": true},
          {"type": "group", "components": [{"type": "number", "key": "budgetEur"},
                                          {"type": "group", "components": [{"type": "textarea", "key": "notes"}]}]},
          {"type": "group", "path": "address", "components": [{"type": "textfield", "key": "street"}]},
          {"type": "dynamiclist", "path": "synthesis", "components": [{"type": "radio", "key": "answer"}]},
          {"type": "textfield", "key": "contact.email"}
        ]}""";
    assertThat(TaskFormFields.of(form.getBytes(StandardCharsets.UTF_8)))
        .containsExactlyInAnyOrder("extensionApproved", "budgetEur", "notes", "address", "synthesis", "contact");
  }

  @Test
  void noTasksFormWritesTheStateItsProcessKeeps() throws IOException {
    int forms = 0;
    try (Stream<Path> files = Files.list(Path.of("processes"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".bpmn")).sorted().toList()) {
        BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
        String processKey = model.getModelElementsByType(Process.class).iterator().next().getId();
        for (UserTask task : model.getModelElementsByType(UserTask.class)) {
          String formRef = task.getAttributeValueNs("http://camunda.org/schema/1.0/bpmn", "formRef");
          assertThat(formRef).as(processKey + "/" + task.getId() + " has a Camunda Form").isNotBlank();
          Path form = Path.of("forms", processKey, formRef + ".form");
          Set<String> fields = TaskFormFields.of(Files.readAllBytes(form));
          assertThat(fields).as(form + ": what " + task.getId() + "'s completion may write").isNotEmpty()
              .doesNotContainAnyElementsOf(PROCESS_STATE);
          forms++;
        }
      }
    }
    assertThat(forms).isGreaterThan(List.of("agreement", "itinerary", "consultation").size());
  }
}
