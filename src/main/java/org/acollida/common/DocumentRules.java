package org.acollida.common;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * The rule for documents people attach (receipts, consents, minutes, signed agreements): a Camunda File
 * variable holding a PDF, PNG or JPEG of at most a given size. The declared content type is the client's
 * word only, so the first bytes must say the same: a script renamed {@code receipt.pdf} is refused.
 */
public final class DocumentRules {

  /** What the programme's documents may be: the content type and the bytes every such file starts with. */
  static final Map<String, byte[]> SIGNATURES = Map.of(
      "application/pdf", new byte[] {'%', 'P', 'D', 'F', '-'},
      "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'},
      "image/jpeg", new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff});

  public static final int FIVE_MEGABYTES = 5 * 1024 * 1024;
  private static final String RULE = "must be a PDF, PNG or JPEG file";

  private DocumentRules() {}

  /** @return whether the scope holds a document under {@code field}; refuses one that breaks the rule. */
  public static boolean checkOptionalDocument(VariableScope scope, String field, int maxBytes) {
    TypedValue typed = scope.getVariableTyped(field, false);
    if (typed == null || typed.getValue() == null && !(typed instanceof FileValue)) {
      return false;
    }
    if (!(typed instanceof FileValue file)) {
      throw new InvalidInputException(field, RULE + " (a File variable with filename and mimeType)");
    }
    check(field, file, maxBytes);
    return true;
  }

  public static void requireDocument(VariableScope scope, String field, int maxBytes) {
    if (!checkOptionalDocument(scope, field, maxBytes)) {
      throw new InvalidInputException(field, "is required (" + RULE + ")");
    }
  }

  /**
   * Refuses a file that breaks the rule, naming {@code field}; used directly where a document arrives as an upload
   * rather than a start variable (docs/documents.md).
   *
   * @return its content type, as declared and confirmed by its first bytes
   */
  public static String check(String field, FileValue file, int maxBytes) {
    String type = file.getMimeType() == null ? "" : file.getMimeType().toLowerCase().strip();
    byte[] signature = SIGNATURES.get(type);
    if (signature == null) {
      throw new InvalidInputException(field, RULE + ", declared as such (application/pdf, image/png, image/jpeg), "
          + "not '" + InputRules.abbreviate(type) + "'");
    }
    byte[] head = new byte[signature.length];
    long size;
    try (InputStream in = file.getValue()) {
      if (in == null) {
        throw new InvalidInputException(field, "must not be empty");
      }
      int read = in.readNBytes(head, 0, head.length);
      if (read < head.length || !Arrays.equals(head, signature)) {
        throw new InvalidInputException(field, "is declared " + type + " but its content is not");
      }
      size = read + in.transferTo(OutputStreamLimit.of(maxBytes - read, field, maxBytes));
    } catch (IOException e) {
      throw new InvalidInputException(field, "could not be read");
    }
    if (size > maxBytes) {
      throw new InvalidInputException(field, "must be at most " + maxBytes / (1024 * 1024) + " MB");
    }
    return type;
  }

  /** The content type the bytes start like, or null: what a stored document is served as, whatever it was named. */
  public static String typeOf(byte[] content) {
    for (Map.Entry<String, byte[]> known : SIGNATURES.entrySet()) {
      byte[] signature = known.getValue();
      if (content.length >= signature.length && Arrays.equals(content, 0, signature.length, signature, 0, signature.length)) {
        return known.getKey();
      }
    }
    return null;
  }

  /** Counts what is streamed through it and refuses as soon as the limit is passed. */
  private static final class OutputStreamLimit extends java.io.OutputStream {
    private final long limit;
    private final String field;
    private final int maxBytes;
    private long written;

    private OutputStreamLimit(long limit, String field, int maxBytes) {
      this.limit = limit;
      this.field = field;
      this.maxBytes = maxBytes;
    }

    static OutputStreamLimit of(long limit, String field, int maxBytes) {
      return new OutputStreamLimit(limit, field, maxBytes);
    }

    @Override
    public void write(int b) {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) {
      written += len;
      if (written > limit) {
        throw new InvalidInputException(field, "must be at most " + maxBytes / (1024 * 1024) + " MB");
      }
    }
  }
}
