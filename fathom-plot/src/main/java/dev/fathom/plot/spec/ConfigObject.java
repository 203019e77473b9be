package dev.fathom.plot.spec;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fathom.core.FathomException;
import dev.fathom.core.InvalidDataException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * One JSON object of a config file with typed accessors that name the file and the key path
 * ({@code plots[1].plot_list[0].alpha}) in their errors, and a report of the keys it does not know.
 */
final class ConfigObject {
  private final JsonNode node;
  private final String source;
  private final String path;

  ConfigObject(JsonNode node, String source, String path) {
    this.node = node;
    this.source = source;
    this.path = path;
    if (!node.isObject()) {
      throw new InvalidDataException(source, FathomException.NO_OFFSET,
          (path.isEmpty() ? "the file" : path) + ": must be a JSON object, found " + kind(node));
    }
  }

  boolean has(String key) {
    return node.hasNonNull(key);
  }

  /** A text value (numbers are taken as their text). */
  String string(String key) {
    JsonNode v = require(key);
    if (!v.isValueNode() || v.isBoolean()) throw error(key, "must be a text, found " + kind(v));
    return v.asText();
  }

  String string(String key, String fallback) {
    return has(key) ? string(key) : fallback;
  }

  /** A number, given as a JSON number or as a text holding one (distpy applies float() to some). */
  double number(String key) {
    JsonNode v = require(key);
    if (v.isNumber()) return v.doubleValue();
    if (v.isTextual()) {
      try {
        double d = Double.parseDouble(v.asText().strip());
        if (Double.isFinite(d)) return d;
      } catch (NumberFormatException e) {
        // reported below
      }
    }
    throw error(key, "must be a number, found " + kind(v));
  }

  double number(String key, double fallback) {
    return has(key) ? number(key) : fallback;
  }

  /** A yes/no value: "yes"/"no", "true"/"false", true/false, 1/0. */
  boolean flag(String key, boolean fallback) {
    if (!has(key)) return fallback;
    JsonNode v = node.get(key);
    if (v.isBoolean()) return v.booleanValue();
    if (v.isNumber() && (v.asInt() == 0 || v.asInt() == 1) && v.asDouble() == v.asInt()) return v.asInt() == 1;
    String t = v.isTextual() ? v.asText().strip().toLowerCase(java.util.Locale.ROOT) : "";
    if (t.equals("yes") || t.equals("true")) return true;
    if (t.equals("no") || t.equals("false")) return false;
    throw error(key, "must be \"yes\" or \"no\", found " + kind(v));
  }

  /** The numbers of a list value. */
  double[] numbers(String key) {
    JsonNode v = require(key);
    if (!v.isArray()) throw error(key, "must be a list of numbers, found " + kind(v));
    double[] d = new double[v.size()];
    for (int k = 0; k < d.length; k++) {
      if (!v.get(k).isNumber()) throw error(key + "[" + k + "]", "must be a number, found " + kind(v.get(k)));
      d[k] = v.get(k).doubleValue();
    }
    return d;
  }

  /** The objects of a list value (empty when the key is absent and not required). */
  List<ConfigObject> objects(String key, boolean required) {
    List<ConfigObject> out = new ArrayList<>();
    if (!required && !has(key)) return out;
    JsonNode v = require(key);
    if (!v.isArray()) throw error(key, "must be a list, found " + kind(v));
    for (int k = 0; k < v.size(); k++) out.add(new ConfigObject(v.get(k), source, keyPath(key) + "[" + k + "]"));
    return out;
  }

  /** Adds a warning to {@code warnings} for every key not in {@code known}. */
  void reportUnknown(Set<String> known, List<String> warnings) {
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      String k = it.next();
      if (!known.contains(k)) {
        warnings.add(source + ": unknown key '" + keyPath(k) + "' ignored (known here: " + String.join(", ", known.stream().sorted().toList()) + ")");
      }
    }
  }

  /** An error about the value of {@code key} of this object. */
  InvalidDataException error(String key, String detail) {
    return new InvalidDataException(source, FathomException.NO_OFFSET, keyPath(key) + ": " + detail);
  }

  private JsonNode require(String key) {
    if (!has(key)) throw error(key, "missing (required)");
    return node.get(key);
  }

  private String keyPath(String key) {
    return path.isEmpty() ? key : path + "." + key;
  }

  private static String kind(JsonNode v) {
    String t = v.toString();
    return t.length() > 40 ? t.substring(0, 37) + "..." : t;
  }
}
