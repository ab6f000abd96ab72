package org.acollida.document;

import java.io.ByteArrayInputStream;
import org.acollida.common.InvalidInputException;
import org.acollida.contract.DocumentKind;
import org.camunda.bpm.engine.impl.cmd.CreateAttachmentCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.task.Attachment;

/**
 * Adds a checked document to a running case as an attachment of its process instance. The engine's own
 * {@link CreateAttachmentCmd} checks nothing (no authorization, no type, no size), so a person may not run it as a
 * command of their own (web/TaskVariableGuard refuses it); it runs here, inside this command, once
 * {@link Documents} has checked who adds what. The engine writes the attachment's creation time and, for the logged
 * in person, an {@code AddAttachment} entry in the user operation log; who added it is also kept with the document
 * ({@link DocumentDescription}), since that log entry does not name the attachment.
 */
final class AddDocumentCmd implements Command<Attachment> {

  private final String processInstanceId;
  private final DocumentKind kind;
  private final String name;
  private final String description;
  private final byte[] content;

  AddDocumentCmd(String processInstanceId, DocumentKind kind, String name, String description, byte[] content) {
    this.processInstanceId = processInstanceId;
    this.kind = kind;
    this.name = name;
    this.description = description;
    this.content = content;
  }

  @Override
  public Attachment execute(CommandContext context) {
    ExecutionEntity instance = context.getExecutionManager().findExecutionById(processInstanceId);
    if (instance == null || !processInstanceId.equals(instance.getProcessInstanceId())) {
      // read a moment ago as running or ended: the engine would fail with an index error, not a refusal
      throw new InvalidInputException(Documents.PROCESS_INSTANCE_ID,
          "has ended; documents are added while the case runs");
    }
    return new CreateAttachmentCmd(kind.key(), null, processInstanceId, name, description,
        new ByteArrayInputStream(content), null).execute(context);
  }
}
