package dev.fathom.graph;

/**
 * The JSON type a command parameter must have. Validation converts the JSON value once, so a
 * command reads it with the matching {@link Params} getter.
 */
public enum ParamType {
  /** A whole number (JSON {@code 3} or {@code 3.0}); read with {@link Params#getInt}. */
  INT("integer"),
  /** Any number; read with {@link Params#getDouble}. */
  NUMBER("number"),
  /** A string; read with {@link Params#getString}. */
  STRING("string"),
  /** true or false; read with {@link Params#getBoolean}. */
  BOOLEAN("boolean"),
  /** A list of numbers (a single number is accepted as a list of one); {@link Params#getDoubles}. */
  NUMBER_LIST("list of numbers"),
  /** A rectangular list of lists of numbers, e.g. a kernel; {@link Params#getMatrix}. */
  NUMBER_MATRIX("list of lists of numbers"),
  /** Any JSON value, checked by the command itself; {@link Params#getJson}. */
  JSON("JSON value");

  private final String label;

  ParamType(String label) {
    this.label = label;
  }

  /** How the type is named in messages and in docs/commands.md. */
  public String label() {
    return label;
  }
}
