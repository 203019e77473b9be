package dev.fathom.graph;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Objects;

/**
 * One parameter of a command: its JSON name, type, default (a JSON value, or null when the
 * parameter is required or has no value by default), whether JSON {@code null} is allowed, the
 * allowed values of a string parameter, a one-line description with units, and the smallest
 * value a number may take (null: any).
 */
public record ParamSpec(
    String name,
    ParamType type,
    JsonNode defaultValue,
    boolean required,
    boolean nullable,
    List<String> choices,
    String description,
    Double minimum) {

  private static final ObjectMapper JSON = new ObjectMapper();

  public ParamSpec {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    choices = choices == null ? List.of() : List.copyOf(choices);
    description = description == null ? "" : description;
  }

  /** An optional parameter with a default ({@code Integer}, {@code Double}, {@code String}, list...). */
  public static ParamSpec optional(String name, ParamType type, Object defaultValue, String description) {
    return new ParamSpec(name, type, JSON.valueToTree(defaultValue), false, false, List.of(), description, null);
  }

  /** A parameter that must be given. */
  public static ParamSpec required(String name, ParamType type, String description) {
    return new ParamSpec(name, type, null, true, false, List.of(), description, null);
  }

  /** A string parameter restricted to {@code choices}, defaulting to the first. */
  public static ParamSpec choice(String name, String description, String... choices) {
    return new ParamSpec(
        name, ParamType.STRING, JSON.valueToTree(choices[0]), false, false, List.of(choices), description, null);
  }

  /** This parameter, also accepting JSON {@code null} (its default becomes null when none was set). */
  public ParamSpec orNull() {
    return new ParamSpec(name, type, defaultValue, required, true, choices, description, minimum);
  }

  /** This parameter, rejecting numbers below {@code min} at validation. */
  public ParamSpec atLeast(double min) {
    return new ParamSpec(name, type, defaultValue, required, nullable, choices, description, min);
  }

  /** A required string parameter restricted to {@code choices}. */
  public static ParamSpec requiredChoice(String name, String description, String... choices) {
    return new ParamSpec(name, ParamType.STRING, null, true, false, List.of(choices), description, null);
  }

  /** The default as it is written in docs/commands.md: JSON text, "required", or "null". */
  public String defaultText() {
    if (required) return "required";
    return defaultValue == null || defaultValue.isNull() ? "null" : defaultValue.toString();
  }
}
