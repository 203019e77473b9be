package dev.fathom.graph;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The parameters of one graph node, checked against the command's {@link ParamSpec}s and
 * converted once at validation; missing optional parameters take their defaults. Getters throw
 * {@link IllegalArgumentException} for a name the schema does not declare (a bug in the
 * command, not a user error).
 */
public final class Params {
  private final Map<String, Object> values;
  private final Map<String, JsonNode> given;

  private Params(Map<String, Object> values, Map<String, JsonNode> given) {
    this.values = values;
    this.given = given;
  }

  /** Parameters with every default, as if the node gave none (for tests and docs). */
  public static Params defaults(List<ParamSpec> schema) {
    return bind(schema, Map.of(), new java.util.ArrayList<>());
  }

  /**
   * Checks {@code given} (parameter name to JSON value, node keys already removed) against
   * {@code schema}; appends one message per problem (missing, ill-typed, unknown) to
   * {@code problems}. The returned Params are usable only when no problem was added.
   */
  public static Params bind(List<ParamSpec> schema, Map<String, JsonNode> given, List<String> problems) {
    Map<String, Object> values = new LinkedHashMap<>();
    Map<String, ParamSpec> byName = new LinkedHashMap<>();
    for (ParamSpec s : schema) byName.put(s.name(), s);
    for (String key : given.keySet()) {
      if (!byName.containsKey(key)) {
        problems.add(
            "unknown parameter '" + key + "'"
                + (byName.isEmpty() ? " (this command takes no parameters)"
                    : " (known: " + String.join(", ", byName.keySet()) + ")")
                + NameHints.didYouMean(key, byName.keySet()));
      }
    }
    for (ParamSpec s : schema) {
      JsonNode v = given.get(s.name());
      if (v == null) {
        if (s.required()) {
          problems.add("missing required parameter '" + s.name() + "' (" + s.type().label() + ")");
          continue;
        }
        v = s.defaultValue();
      }
      if (v == null || v.isNull()) {
        if (v != null && given.containsKey(s.name()) && !s.nullable()) {
          problems.add("parameter '" + s.name() + "' must be a " + s.type().label() + ", got null");
        }
        values.put(s.name(), null);
        continue;
      }
      try {
        Object value = convert(s, v);
        if (s.minimum() != null && value instanceof Number n && n.doubleValue() < s.minimum()) {
          throw new IllegalArgumentException("must be at least " + (s.minimum() == Math.rint(s.minimum()) ? Long.toString(s.minimum().longValue()) : s.minimum().toString()) + ", got " + v);
        }
        values.put(s.name(), value);
      } catch (IllegalArgumentException e) {
        problems.add("parameter '" + s.name() + "' " + e.getMessage());
      }
    }
    return new Params(values, Collections.unmodifiableMap(new LinkedHashMap<>(given)));
  }

  private static Object convert(ParamSpec s, JsonNode v) {
    switch (s.type()) {
      case INT:
        if (v.isNumber() && v.asDouble() == Math.rint(v.asDouble()) && Math.abs(v.asDouble()) < 1e9) {
          return (int) v.asDouble();
        }
        throw wrongType(s, v);
      case NUMBER:
        if (v.isNumber()) return v.asDouble();
        throw wrongType(s, v);
      case STRING:
        if (!v.isTextual()) throw wrongType(s, v);
        if (!s.choices().isEmpty() && !s.choices().contains(v.asText())) {
          throw new IllegalArgumentException(
              "must be one of " + s.choices() + ", got " + v + NameHints.didYouMean(v.asText(), s.choices()));
        }
        return v.asText();
      case BOOLEAN:
        if (v.isBoolean()) return v.asBoolean();
        if (v.isIntegralNumber() && (v.asInt() == 0 || v.asInt() == 1)) return v.asInt() == 1;
        throw wrongType(s, v);
      case NUMBER_LIST:
        if (v.isNumber()) return new double[] {v.asDouble()};
        if (!v.isArray()) throw wrongType(s, v);
        return numbers(s, v);
      case NUMBER_MATRIX:
        {
          if (!v.isArray() || v.size() == 0) throw wrongType(s, v);
          double[][] m = new double[v.size()][];
          for (int i = 0; i < m.length; i++) {
            if (!v.get(i).isArray()) throw wrongType(s, v);
            m[i] = numbers(s, v.get(i));
            if (m[i].length != m[0].length || m[i].length == 0) {
              throw new IllegalArgumentException("must be a rectangular, non-empty list of lists, got " + v);
            }
          }
          return m;
        }
      case JSON:
      default:
        return v;
    }
  }

  private static double[] numbers(ParamSpec s, JsonNode v) {
    double[] d = new double[v.size()];
    for (int i = 0; i < d.length; i++) {
      if (!v.get(i).isNumber()) throw wrongType(s, v);
      d[i] = v.get(i).asDouble();
    }
    return d;
  }

  private static IllegalArgumentException wrongType(ParamSpec s, JsonNode v) {
    return new IllegalArgumentException("must be a " + s.type().label() + ", got " + v);
  }

  private Object value(String name) {
    if (!values.containsKey(name)) {
      throw new IllegalArgumentException("parameter not declared in the command's schema: " + name);
    }
    return values.get(name);
  }

  /** True when the graph gave this parameter a non-null value (false when it is defaulted). */
  public boolean isSet(String name) {
    return value(name) != null && given.containsKey(name) && !given.get(name).isNull();
  }

  /** True when the value (given or default) is JSON null. */
  public boolean isNull(String name) {
    return value(name) == null;
  }

  public int getInt(String name) {
    return (Integer) nonNull(name);
  }

  public double getDouble(String name) {
    return (Double) nonNull(name);
  }

  public String getString(String name) {
    return (String) nonNull(name);
  }

  public boolean getBoolean(String name) {
    return (Boolean) nonNull(name);
  }

  /** A NUMBER_LIST parameter (a copy). */
  public double[] getDoubles(String name) {
    return ((double[]) nonNull(name)).clone();
  }

  /** A NUMBER_MATRIX parameter (a copy), {@code [row][column]}. */
  public double[][] getMatrix(String name) {
    double[][] m = (double[][]) nonNull(name);
    double[][] c = new double[m.length][];
    for (int i = 0; i < m.length; i++) c[i] = m[i].clone();
    return c;
  }

  /** A JSON parameter as given (or its default); null when JSON null. */
  public JsonNode getJson(String name) {
    return (JsonNode) value(name);
  }

  private Object nonNull(String name) {
    Object v = value(name);
    if (v == null) throw new IllegalStateException("parameter '" + name + "' is null");
    return v;
  }

  /** The parameters exactly as the graph gave them. */
  public Map<String, JsonNode> given() {
    return given;
  }
}
