package dev.fathom.graph.parity;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compares written text files (WITSML .fbe) with distpy's: identical except for numbers, which
 * agree within the tolerance class of the values written (relative to each number).
 */
final class TextComparison {
  private static final Pattern NUMBER = Pattern.compile("-?(\\d+\\.?\\d*(e[-+]\\d+)?|inf|nan)");

  private TextComparison() {}

  /** Why {@code ours} differs from {@code ref}, or null. */
  static String difference(String ours, String ref, Tolerance tol) {
    String[] a = ours.split("\n", -1);
    String[] b = ref.split("\n", -1);
    if (a.length != b.length) return a.length + " lines, distpy wrote " + b.length;
    for (int k = 0; k < a.length; k++) {
      if (a[k].equals(b[k])) continue;
      String sa = NUMBER.matcher(a[k]).replaceAll("#");
      String sb = NUMBER.matcher(b[k]).replaceAll("#");
      if (!sa.equals(sb)) return "line " + (k + 1) + ": " + a[k].strip() + " | distpy: " + b[k].strip();
      Matcher ma = NUMBER.matcher(a[k]);
      Matcher mb = NUMBER.matcher(b[k]);
      while (ma.find() && mb.find()) {
        double x = Double.parseDouble(ma.group().replace("inf", "Infinity").replace("nan", "NaN"));
        double y = Double.parseDouble(mb.group().replace("inf", "Infinity").replace("nan", "NaN"));
        boolean same = Double.compare(x, y) == 0 || Math.abs(x - y) <= Math.max(tol.rtol, 1e-15) * Math.abs(y);
        if (!same) return "line " + (k + 1) + ": " + ma.group() + " vs distpy " + mb.group();
      }
    }
    return null;
  }
}
