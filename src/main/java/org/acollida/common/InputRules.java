package org.acollida.common;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The checks every process applies to what people and clients send: presence, type, length,
 * ranges, dates, JSON. Each failure names the field and the rule. The processes' own validators
 * combine these with their business rules. Also the reading back of a stored date, which only a
 * change by hand can break.
 */
public final class InputRules {

  public static final int MAX_TEXT = 4000;
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,63}");
  private static final String CODE_RULE =
      "must be 1 to 64 letters, digits, '-', '_' or '.', starting with a letter or digit";

  private InputRules() {}

  public static String requireText(VariableScope scope, String field, int maxLength) {
    Object value = scope.getVariable(field);
    return requireText(field, value, maxLength);
  }

  public static String requireText(String field, Object value, int maxLength) {
    if (value == null) {
      throw new InvalidInputException(field, "is required");
    }
    if (!(value instanceof String text)) {
      throw new InvalidInputException(field, "must be text");
    }
    if (text.isBlank()) {
      throw new InvalidInputException(field, "must not be blank");
    }
    if (text.length() > maxLength) {
      throw new InvalidInputException(field, "must be at most " + maxLength + " characters");
    }
    return text.strip();
  }

  /** An optional text: absent or blank is null; otherwise text of at most {@code maxLength} characters. */
  public static String optionalText(VariableScope scope, String field, int maxLength) {
    Object value = scope.getVariable(field);
    if (value == null || (value instanceof String s && s.isBlank())) {
      return null;
    }
    return requireText(field, value, maxLength);
  }

  /** Case codes (agreement, family, round) and the ids inside them: letters, digits, '-', '_', '.', at most 64. */
  public static String requireCode(VariableScope scope, String field) {
    return requireCode(field, requireText(scope, field, 64));
  }

  public static String requireCode(String field, String code) {
    if (!isCode(code)) {
      throw new InvalidInputException(field, CODE_RULE);
    }
    return code;
  }

  /** Whether a text is shaped like a case code, before it is looked up anywhere. */
  public static boolean isCode(String text) {
    return text != null && CODE.matcher(text).matches();
  }

  public static LocalDate requireDate(VariableScope scope, String field) {
    Object value = scope.getVariable(field);
    if (value == null) {
      throw new InvalidInputException(field, "is required");
    }
    if (!(value instanceof String text)) {
      throw new InvalidInputException(field, "must be a date written yyyy-MM-dd");
    }
    String rule = "must be a date written yyyy-MM-dd, got '" + abbreviate(text) + "'";
    if (!text.matches("\\d{4}-\\d{2}-\\d{2}")) {
      throw new InvalidInputException(field, rule);
    }
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException impossibleDate) {
      throw new InvalidInputException(field, rule);
    }
  }

  /**
   * A date the process stored itself, read back; one broken by hand (in Cockpit, say) fails as a technical
   * error, becoming an incident whose message tells the administrator what to correct.
   */
  public static LocalDate storedDate(String owner, String name, Object value) {
    try {
      return LocalDate.parse((String) value);
    } catch (RuntimeException e) {
      throw new IllegalStateException(owner + ": variable " + name + " must be a date yyyy-MM-dd but is '" + value
          + "'; correct it in Cockpit, then retry the job", e);
    }
  }

  /** JSON text (or a Json variable's value) as a tree; what is not JSON breaks {@code rule}. */
  public static JsonNode readJson(String field, Object raw, String rule) {
    try {
      return JSON.readTree(raw.toString());
    } catch (Exception notJson) {
      throw new InvalidInputException(field, rule);
    }
  }

  public static boolean requireBoolean(String field, Object value) {
    if (value == null) {
      throw new InvalidInputException(field, "is required");
    }
    if (value instanceof Boolean b) {
      return b;
    }
    // Camunda Forms' radio buttons submit their values as text
    if ("true".equals(value) || "false".equals(value)) {
      return Boolean.parseBoolean((String) value);
    }
    throw new InvalidInputException(field, "must be true or false");
  }

  public static int requireInteger(VariableScope scope, String field, int min, int max) {
    Object value = scope.getVariable(field);
    if (value == null) {
      throw new InvalidInputException(field, "is required");
    }
    long number;
    if (value instanceof Integer || value instanceof Long || value instanceof Short) {
      number = ((Number) value).longValue();
    } else {
      throw new InvalidInputException(field, "must be a whole number");
    }
    if (number < min || number > max) {
      throw new InvalidInputException(field, "must be between " + min + " and " + max);
    }
    return (int) number;
  }

  /**
   * An amount of euros with cents (a JSON or form number): at most two decimals, at most {@code max}, more than 0
   * or, where {@code zeroAllowed}, 0 or more. Returned with scale 2.
   */
  public static java.math.BigDecimal requireEuros(String field, Object value, boolean zeroAllowed, java.math.BigDecimal max) {
    if (value == null) {
      throw new InvalidInputException(field, "is required");
    }
    String rule = "must be a number of euros, for example 120.50";
    if (!(value instanceof Number number)) {
      throw new InvalidInputException(field, rule);
    }
    java.math.BigDecimal amount;
    try {
      amount = new java.math.BigDecimal(number.toString());
    } catch (NumberFormatException notFinite) {
      throw new InvalidInputException(field, rule);
    }
    if (amount.signum() < 0 || amount.signum() == 0 && !zeroAllowed) {
      throw new InvalidInputException(field, zeroAllowed ? "must be 0 or more" : "must be more than 0");
    }
    if (amount.stripTrailingZeros().scale() > 2) {
      throw new InvalidInputException(field, "must have at most two decimals (cents)");
    }
    if (amount.compareTo(max) > 0) {
      throw new InvalidInputException(field, "must be at most " + max.toPlainString());
    }
    return amount.setScale(2);
  }

  public static <E extends Enum<E>> E requireOneOf(String field, Object value, Class<E> values) {
    String text = requireText(field, value, 64);
    try {
      return Enum.valueOf(values, text);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(field, "must be one of " + java.util.Arrays.toString(values.getEnumConstants()));
    }
  }

  public static String abbreviate(String text) {
    return text.length() <= 40 ? text : text.substring(0, 40) + "…";
  }
}
