package dev.fathom.das.format;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Helpers for the names and dims strings of vendor files. */
final class Names {
  private Names() {}

  private static final Pattern INDEXED = Pattern.compile("^(.*)\\[(\\d+)]$");

  /** Names {@code prefix[i]} among {@code names}, sorted by i. */
  static List<String> indexed(Collection<String> names, String prefix) {
    List<String> out = new ArrayList<>();
    for (String n : names) {
      Matcher m = INDEXED.matcher(n);
      if (m.matches() && m.group(1).equals(prefix)) out.add(n);
    }
    out.sort(Comparator.comparingInt(Names::index));
    return out;
  }

  static int index(String name) {
    Matcher m = INDEXED.matcher(name);
    return m.matches() ? Integer.parseInt(m.group(2)) : -1;
  }

  /**
   * Axis names from a Dimensions attribute ({@code "time, locus"} or {@code ["time","locus"]}):
   * names starting with "time" become "time", "locus"/"distance"/"channel" become "distance";
   * null when there is no usable pair.
   */
  static List<String> dims(Object attr) {
    if (attr == null) return null;
    List<String> parts = new ArrayList<>();
    if (attr.getClass().isArray()) {
      for (int i = 0; i < java.lang.reflect.Array.getLength(attr); i++) {
        parts.add(dev.fathom.das.hdf.Hdf5.text(java.lang.reflect.Array.get(attr, i)));
      }
    } else {
      for (String s : attr.toString().split("[,;]")) parts.add(s);
    }
    List<String> out = new ArrayList<>();
    for (String p : parts) {
      String s = p.trim().toLowerCase(java.util.Locale.ROOT).replace("'", "").replace("\"", "").replace("[", "").replace("]", "");
      if (s.isEmpty()) continue;
      if (s.startsWith("time")) out.add("time");
      else if (s.startsWith("locus") || s.startsWith("distance") || s.startsWith("channel") || s.startsWith("loci")) out.add("distance");
      else return null;
    }
    return out.size() == 2 && out.contains("time") && out.contains("distance") ? out : null;
  }

  /** "Strain rate" → "strain_rate"; null for blank. */
  static String snake(String s) {
    if (s == null || s.isBlank()) return null;
    return s.trim().toLowerCase(java.util.Locale.ROOT).replaceAll("[\\s-]+", "_");
  }

  /** Python's {@code str()} of a number or string attribute (2.0 → "2.0", 10 → "10"). */
  static String pyStr(Object v) {
    v = dev.fathom.das.hdf.Hdf5.unwrap(v);
    if (v instanceof Double || v instanceof Float) {
      double d = ((Number) v).doubleValue();
      return d == Math.rint(d) && Math.abs(d) < 1e15 ? String.format(Locale.ROOT, "%.1f", d) : Double.toString(d);
    }
    return dev.fathom.das.hdf.Hdf5.text(v).trim();
  }
}
