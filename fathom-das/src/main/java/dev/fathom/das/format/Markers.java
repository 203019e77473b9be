package dev.fathom.das.format;

import dev.fathom.das.Detection;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** Counts a format's markers (attributes, datasets) found in a file, for {@link Detection}. */
final class Markers {
  private final String format;
  private final List<String> missing = new ArrayList<>();
  private int total;

  Markers(String format) {
    this.format = format;
  }

  Markers require(String label, boolean present) {
    total++;
    if (!present) missing.add(label);
    return this;
  }

  /** Requires every name in {@code names} to be in {@code have}, labelled {@code where + name}. */
  Markers requireAll(String where, java.util.Collection<String> have, String... names) {
    for (String n : names) require(where + n, have.contains(n));
    return this;
  }

  boolean complete() {
    return missing.isEmpty();
  }

  /** A match with the version {@code version} gives, or a miss listing what was missing. */
  Detection result(Supplier<String> version) {
    if (!missing.isEmpty()) return Detection.missing(format, total - missing.size(), total, missing);
    try {
      return Detection.match(format, version.get());
    } catch (RuntimeException e) {
      return Detection.miss(format, 0.9, "markers present but version unreadable: " + e.getMessage());
    }
  }
}
