package dev.fathom.graph;

import java.util.Collection;

/** "did you mean" suggestions by edit distance, for unknown command and parameter names. */
final class NameHints {
  private NameHints() {}

  /** {@code " (did you mean 'x'?)"} for the closest candidate within a small distance, else "". */
  static String didYouMean(String name, Collection<String> candidates) {
    String best = null;
    int bestD = Integer.MAX_VALUE;
    String lower = name.toLowerCase(java.util.Locale.ROOT);
    for (String c : candidates) {
      String cl = c.toLowerCase(java.util.Locale.ROOT);
      // a name that starts with a known one (std_deviation, std_dev) counts as one edit away
      int d = cl.length() >= 3 && lower.startsWith(cl) ? 1 : distance(lower, cl);
      if (d < bestD) {
        bestD = d;
        best = c;
      }
    }
    int limit = Math.max(2, name.length() / 3);
    return best != null && bestD <= limit ? " (did you mean '" + best + "'?)" : "";
  }

  /** Levenshtein distance. */
  static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) prev[j] = j;
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
