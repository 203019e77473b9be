package dev.fathom.pipeline.ingest;

import java.time.Instant;

/** Formatting of nanosecond UTC times for messages. */
final class Instants {
  private Instants() {}

  /** ISO-8601 UTC, e.g. {@code 2020-09-13T12:26:40Z}, nanoseconds shown when non-zero. */
  static String format(long epochNanos) {
    return Instant.ofEpochSecond(Math.floorDiv(epochNanos, 1_000_000_000L), Math.floorMod(epochNanos, 1_000_000_000L)).toString();
  }
}
