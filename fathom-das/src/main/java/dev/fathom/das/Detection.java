package dev.fathom.das;

/**
 * Whether a file is in a format: a match with the version the file states, or a miss with a
 * score (the fraction of the format's markers found, 0..1) and what was missing, used to name the
 * closest format when nothing matches.
 */
public record Detection(String format, String version, double score, String detail) {
  public static Detection match(String format, String version) {
    return new Detection(format, version, 1.0, "matched");
  }

  public static Detection miss(String format, double score, String detail) {
    return new Detection(format, null, score, detail);
  }

  /** A miss scored by how many of {@code total} markers were found; lists the missing ones. */
  public static Detection missing(String format, int found, int total, java.util.List<String> missing) {
    return miss(format, total == 0 ? 0 : (double) found / total, "missing " + String.join(", ", missing));
  }

  public boolean matched() {
    return version != null;
  }
}
