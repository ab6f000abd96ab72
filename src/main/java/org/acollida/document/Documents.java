package org.acollida.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.acollida.common.DocumentRules;
import org.acollida.common.InvalidInputException;
import org.acollida.common.SystemAccess;
import org.acollida.contract.DocumentKind;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.task.Attachment;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.springframework.stereotype.Component;

/**
 * A case's documents (docs/documents.md): attachments of its process instance, one per document, whose type is the
 * document's kind ({@link DocumentKind}); and, for an expense, the receipt it was recorded with (a File start
 * variable), read-only. Who may read the case may read its documents: the engine decides, by reading the case's
 * history as the person asking (authorizations and tenants), and a case they may not read is as one that does not
 * exist. Who may add which kind is {@link DocumentAuthors}.
 */
@Component
public class Documents {

  static final String PROCESS_INSTANCE_ID = "processInstanceId";
  static final String KIND = "kind";
  static final String FILE = "file";
  private static final int LONGEST_NAME = 200;

  /** Who is asking: the engine decides with these what they may read. */
  public record Reader(String userId, List<String> groupIds, List<String> tenantIds) {
    public Reader {
      groupIds = groupIds == null ? List.of() : List.copyOf(groupIds);
      tenantIds = tenantIds == null ? List.of() : List.copyOf(tenantIds);
    }
  }

  /** One document as a list shows it; {@code size} is -1 when unknown. */
  public record Document(String id, String kind, String name, String type, long size, String addedBy,
      Instant addedAt) {}

  /** A document and its bytes. */
  public record Content(Document document, byte[] bytes) {}

  /** The case is not there, or the person may not read it: the answer does not tell which. */
  public static class NotFound extends RuntimeException {
    NotFound(String message) {
      super(message);
    }
  }

  private final HistoryService history;
  private final TaskService tasks;
  private final IdentityService identity;
  private final CommandExecutor commands;

  public Documents(ProcessEngine engine) {
    this.history = engine.getHistoryService();
    this.tasks = engine.getTaskService();
    this.identity = engine.getIdentityService();
    this.commands = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
        .getCommandExecutorTxRequired();
  }

  /** The case's documents, oldest first. */
  public List<Document> list(Reader reader, String processInstanceId) {
    HistoricProcessInstance instance = readable(reader, processInstanceId);
    List<Document> documents = new ArrayList<>();
    asSystem(() -> tasks.getProcessInstanceAttachments(instance.getId())).stream()
        .filter(attachment -> DocumentKind.ofKey(attachment.getType()).isPresent())
        .map(Documents::document).forEach(documents::add);
    fileVariables(instance).forEach(variable -> documents.add(document(variable, instance)));
    documents.sort(Comparator.comparing(Document::addedAt).thenComparing(Document::id));
    return documents;
  }

  /** A document's bytes, if the reader may read its case. */
  public Content content(Reader reader, String documentId) {
    Attachment attachment = asSystem(() -> tasks.getAttachment(documentId));
    if (attachment != null && attachment.getProcessInstanceId() != null
        && DocumentKind.ofKey(attachment.getType()).isPresent()) {
      readable(reader, attachment.getProcessInstanceId());
      byte[] bytes = asSystem(() -> readAll(tasks.getAttachmentContent(documentId)));
      return new Content(document(attachment), bytes);
    }
    HistoricVariableInstance variable = asSystem(() -> history.createHistoricVariableInstanceQuery()
        .variableId(documentId).singleResult());
    if (variable != null && variable.getProcessInstanceId() != null) {
      HistoricProcessInstance instance = readable(reader, variable.getProcessInstanceId());
      if (fileVariableNames(instance.getProcessDefinitionKey()).contains(variable.getName())
          && variable.getTypedValue() instanceof FileValue file) {
        return new Content(document(variable, instance), readAll(file.getValue()));
      }
    }
    throw new NotFound("No document " + documentId + " that you may read");
  }

  /**
   * Adds a document to a running case. Checked in this order, the first failure answering: the case (404 if the
   * reader may not read it), the kind (one of its process's, 400), who adds it (403), the file (400), the case still
   * running (400). Nothing is stored unless all pass.
   */
  public Document add(Reader reader, String processInstanceId, String kindKey, String fileName, String declaredType,
      byte[] content) {
    HistoricProcessInstance instance = readable(reader, processInstanceId);
    DocumentKind kind = kindOf(kindKey, instance.getProcessDefinitionKey());
    if (!DocumentAuthors.mayAdd(kind, reader.groupIds(), instance.getTenantId())) {
      throw new AuthorizationException(reader.userId() + " may not add a " + kind.key() + " document to this case"
          + " (docs/documents.md: who adds which document)");
    }
    if (content == null || content.length == 0) {
      throw new InvalidInputException(FILE, "is required: a PDF, PNG or JPEG file of at most 5 MB");
    }
    String name = fileName(fileName);
    FileValue file = Variables.fileValue(name).file(content).mimeType(declaredType).create();
    String type = DocumentRules.check(FILE, file, DocumentRules.FIVE_MEGABYTES);
    if (instance.getEndTime() != null) {
      throw new InvalidInputException(PROCESS_INSTANCE_ID, "has ended; documents are added while the case runs");
    }
    String description = new DocumentDescription(type, content.length, reader.userId()).write();
    identity.setAuthentication(reader.userId(), reader.groupIds(), reader.tenantIds());
    try {
      // run as the person, so that the engine's user operation log names them
      return document(commands.execute(new AddDocumentCmd(instance.getId(), kind, name, description, content)));
    } finally {
      identity.clearAuthentication();
    }
  }

  /** The case, read as the reader: their authorizations and tenants decide. Ended cases too. */
  HistoricProcessInstance readable(Reader reader, String processInstanceId) {
    if (processInstanceId == null || processInstanceId.isBlank()) {
      throw new InvalidInputException(PROCESS_INSTANCE_ID, "is required");
    }
    identity.setAuthentication(reader.userId(), reader.groupIds(), reader.tenantIds());
    try {
      HistoricProcessInstance instance = history.createHistoricProcessInstanceQuery()
          .processInstanceId(processInstanceId).singleResult();
      if (instance == null) {
        throw new NotFound("No case " + processInstanceId + " that you may read");
      }
      return instance;
    } finally {
      identity.clearAuthentication();
    }
  }

  private static DocumentKind kindOf(String key, String processKey) {
    List<DocumentKind> added = DocumentKind.addedTo(processKey);
    String expected = added.isEmpty() ? "none: this case takes no documents"
        : "one of " + added.stream().map(DocumentKind::key).collect(Collectors.joining(", "));
    if (key == null || key.isBlank()) {
      throw new InvalidInputException(KIND, "is required (" + expected + ")");
    }
    DocumentKind kind = DocumentKind.ofKey(key).orElseThrow(() ->
        new InvalidInputException(KIND, "must be " + expected));
    if (!added.contains(kind)) {
      throw new InvalidInputException(KIND, kind.addedAsDocument()
          ? "is a document of " + kind.processKey() + ", not of this case (" + processKey + "); must be " + expected
          : "is recorded with the case itself (its " + kind.key() + " start variable), not added afterwards");
    }
    return kind;
  }

  /** The file's own name, without a client's path, control characters or quotes; never empty. */
  static String fileName(String given) {
    String name = given == null ? "" : given.replace('\\', '/');
    name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").strip();
    if (name.length() > LONGEST_NAME) {
      name = name.substring(name.length() - LONGEST_NAME);
    }
    return name.isEmpty() ? "document" : name;
  }

  /** The File variables of a case that are documents of its process (an expense's receipt). */
  private List<HistoricVariableInstance> fileVariables(HistoricProcessInstance instance) {
    List<String> names = fileVariableNames(instance.getProcessDefinitionKey());
    if (names.isEmpty()) {
      return List.of();
    }
    return asSystem(() -> history.createHistoricVariableInstanceQuery().processInstanceIdIn(instance.getId())
        .variableNameIn(names.toArray(String[]::new)).list()).stream()
        .filter(variable -> variable.getTypedValue() instanceof FileValue file && file.getFilename() != null)
        .toList();
  }

  private static List<String> fileVariableNames(String processKey) {
    return Arrays.stream(DocumentKind.values())
        .filter(kind -> kind.startVariable() && kind.processKey().equals(processKey))
        .map(DocumentKind::key).toList();
  }

  private static Document document(Attachment attachment) {
    DocumentDescription description = DocumentDescription.read(attachment.getDescription());
    return new Document(attachment.getId(), attachment.getType(), attachment.getName(), description.contentType(),
        description.size(), description.addedBy(), attachment.getCreateTime().toInstant());
  }

  private static Document document(HistoricVariableInstance variable, HistoricProcessInstance instance) {
    FileValue file = (FileValue) variable.getTypedValue();
    byte[] bytes = readAll(file.getValue());
    String type = DocumentRules.typeOf(bytes);
    return new Document(variable.getId(), variable.getName(), file.getFilename(),
        type != null ? type : file.getMimeType(), bytes.length, instance.getStartUserId(),
        variable.getCreateTime().toInstant());
  }

  /** Reads without the person's authorizations: what to read was decided by {@link #readable}. */
  private <T> T asSystem(Supplier<T> query) {
    return commands.execute(context -> SystemAccess.asSystem(query::get));
  }

  private static byte[] readAll(InputStream in) {
    if (in == null) {
      return new byte[0];
    }
    try (in) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
