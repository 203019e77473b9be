package dev.fathom.pipeline.config;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fathom.core.FathomException;
import dev.fathom.core.InvalidDataException;

/**
 * Typed access to the keys of a JSON config object, with errors that name the file and the key.
 * Numbers may be given as JSON numbers or numeric strings (distpy configs contain both, e.g.
 * {@code "alpha": "0.25"}).
 */
public final class Keys {
  private final JsonNode root;
  private final String file;

  public Keys(JsonNode root, String file) {
    this.root = root;
    this.file = file;
  }

  /** A string value; when {@code required} and absent, an error. Absent and optional: null. */
  public String string(String key, boolean required) {
    JsonNode v = root.get(key);
    if (v == null || v.isNull()) {
      if (required) throw problem(key, "missing key \"" + key + "\"");
      return null;
    }
    if (!v.isTextual() && !v.isNumber()) throw problem(key, "\"" + key + "\" must be a string, got " + v);
    return v.asText();
  }

  /** A string value or {@code fallback} when absent. */
  public String stringOr(String key, String fallback) {
    String s = string(key, false);
    return s == null ? fallback : s;
  }

  /** A number or {@code fallback} when absent. */
  public double number(String key, double fallback) {
    JsonNode v = root.get(key);
    if (v == null || v.isNull()) return fallback;
    if (v.isNumber()) return v.asDouble();
    if (v.isTextual()) {
      try {
        return Double.parseDouble(v.asText().trim());
      } catch (NumberFormatException e) {
        // fall through to the error
      }
    }
    throw problem(key, "\"" + key + "\" must be a number, got " + v);
  }

  private InvalidDataException problem(String key, String detail) {
    return new InvalidDataException(file, FathomException.NO_OFFSET, detail);
  }
}
