package dev.fathom.core.http;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A parsed {@code Content-Range} response header (RFC 9110 section 14.4):
 * {@code bytes FIRST-LAST/TOTAL}, {@code bytes FIRST-LAST/*} (total unknown) or
 * {@code bytes *}{@code /TOTAL} (in a 416 answer: the range was not satisfiable).
 *
 * @param first first byte of the range, or -1 for an unsatisfied range
 * @param last last byte of the range (inclusive), or -1 for an unsatisfied range
 * @param total size of the whole resource, or -1 when the server does not know it
 */
record ContentRange(long first, long last, long total) {
  private static final Pattern SYNTAX =
      Pattern.compile("\\s*bytes\\s+(?:(\\d+)\\s*-\\s*(\\d+)|\\*)\\s*/\\s*(\\d+|\\*)\\s*", Pattern.CASE_INSENSITIVE);

  /** Parses a header value; null when it is null or not of this syntax. */
  static ContentRange parse(String value) {
    if (value == null) {
      return null;
    }
    Matcher m = SYNTAX.matcher(value);
    if (!m.matches()) {
      return null;
    }
    try {
      long first = m.group(1) == null ? -1 : Long.parseLong(m.group(1));
      long last = m.group(2) == null ? -1 : Long.parseLong(m.group(2));
      long total = m.group(3).equals("*") ? -1 : Long.parseLong(m.group(3));
      if (first < 0 && total < 0) {
        return null; // "bytes */*" says nothing
      }
      return new ContentRange(first, last, total);
    } catch (NumberFormatException e) {
      return null; // beyond long
    }
  }
}
