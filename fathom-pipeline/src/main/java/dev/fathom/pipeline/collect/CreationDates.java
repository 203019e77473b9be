package dev.fathom.pipeline.collect;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * Parses WITSML {@code creationDate} values into absolute instants. Accepted: ISO-8601 date-times
 * with {@code Z} or any {@code ±hh:mm} offset, optional fraction of a second, {@code T} or a space
 * between date and time (distpy's LAS converter writes a space), surrounding white space; a value
 * without an offset is taken as UTC. distpy instead parses only {@code Z} and the literal
 * {@code +00:00} and interprets both as <em>local</em> time (spec distpy.md §3.6.3, §3.9).
 */
final class CreationDates {
  private CreationDates() {}

  /**
   * The instant of {@code text}.
   *
   * @throws DateTimeParseException when {@code text} is not a date-time of the accepted forms
   */
  static Instant parse(String text) {
    String s = text.strip();
    if (s.length() > 10 && s.charAt(10) == ' ') {
      s = s.substring(0, 10) + 'T' + s.substring(11);
    }
    try {
      return OffsetDateTime.parse(s).toInstant();
    } catch (DateTimeParseException withoutOffset) {
      return LocalDateTime.parse(s).toInstant(ZoneOffset.UTC);
    }
  }
}
