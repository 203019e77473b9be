package dev.fathom.das;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.Locale;

/** Time conversions shared by the readers; all results are UTC epoch nanoseconds. */
public final class DasTimes {
  private DasTimes() {}

  private static final long NS = 1_000_000_000L;

  /** Date and time with 'T' or ' ' between, optional fraction of up to 9 digits. */
  private static final DateTimeFormatter LOCAL = new DateTimeFormatterBuilder()
      .appendPattern("uuuu-MM-dd")
      .optionalStart().appendLiteral('T').optionalEnd()
      .optionalStart().appendLiteral(' ').optionalEnd()
      .appendPattern("HH:mm:ss")
      .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true).optionalEnd()
      .toFormatter();

  /** Day-first Silixa form {@code dd/MM/yyyy HH:mm:ss.fff}. */
  private static final DateTimeFormatter DAY_FIRST = new DateTimeFormatterBuilder()
      .appendPattern("dd/MM/uuuu HH:mm:ss")
      .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true).optionalEnd()
      .toFormatter();

  /**
   * An ISO-8601 date-time ({@code 2019-05-31T08:38:50.626928+01:00}, {@code ...Z}, or no zone =
   * UTC; 'T' or a space between date and time; up to 9 fraction digits). A zone offset is applied,
   * so the result is the UTC instant the text denotes.
   *
   * @throws DateTimeParseException when the text is not such a time
   */
  public static long parseIso(String text) {
    String s = text.trim();
    if (s.endsWith("Z") || s.endsWith("z")) s = s.substring(0, s.length() - 1);
    int offsetSeconds = 0;
    int tz = Math.max(s.lastIndexOf('+'), s.lastIndexOf('-'));
    if (tz > 10) { // a sign after the date part: a zone offset
      offsetSeconds = parseOffset(s.substring(tz));
      s = s.substring(0, tz);
    }
    LocalDateTime t = LocalDateTime.parse(s, LOCAL);
    return toNanos(t) - offsetSeconds * NS;
  }

  /** {@code +hh:mm}, {@code +hhmm} or {@code +hh} as seconds east of UTC. */
  private static int parseOffset(String o) {
    int sign = o.charAt(0) == '-' ? -1 : 1;
    String d = o.substring(1).replace(":", "");
    int h = Integer.parseInt(d.substring(0, Math.min(2, d.length())));
    int m = d.length() > 2 ? Integer.parseInt(d.substring(2, 4)) : 0;
    return sign * (h * 3600 + m * 60);
  }

  /** A day-first time {@code 22/09/2023 18:29:26.158 (UTC)} (the "(UTC)" suffix optional). */
  public static long parseDayFirst(String text) {
    String s = text.trim();
    int p = s.indexOf('(');
    if (p >= 0) s = s.substring(0, p).trim();
    return toNanos(LocalDateTime.parse(s, DAY_FIRST));
  }

  private static long toNanos(LocalDateTime t) {
    return Math.addExact(Math.multiplyExact(t.toEpochSecond(ZoneOffset.UTC), NS), t.getNano());
  }

  /**
   * Float epoch seconds to ns as DASCore does ({@code np.rint(t * 1e9)} in float64): near 1.7e9 s
   * the float64 product has a spacing of 256 ns, so the last digits come from rounding.
   */
  public static long fromEpochSeconds(double seconds) {
    return (long) Math.rint(seconds * 1e9);
  }

  /** {@code 2019-05-31T08:38:50.626928000Z}: always nine fraction digits. */
  public static String format(long epochNanos) {
    Instant t = Instant.ofEpochSecond(Math.floorDiv(epochNanos, NS), Math.floorMod(epochNanos, NS));
    LocalDateTime l = LocalDateTime.ofInstant(t, ZoneOffset.UTC);
    return String.format(Locale.ROOT, "%sT%02d:%02d:%02d.%09dZ", l.toLocalDate(), l.getHour(), l.getMinute(), l.getSecond(), l.getNano());
  }
}
