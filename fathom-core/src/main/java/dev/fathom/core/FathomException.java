package dev.fathom.core;

/**
 * Base of every error a user can cause: bad input data, an unreachable source, an invalid
 * configuration or graph. It names where the problem is (the source, and the byte offset when
 * one applies) and what was expected, so that the CLI can print it as one line.
 *
 * <p>Programming errors (null arguments, violated preconditions in library calls) stay plain
 * {@link IllegalArgumentException}s and the like; they are not user errors.
 */
public class FathomException extends RuntimeException {
  /** Offset value meaning "no byte offset applies". */
  public static final long NO_OFFSET = -1;

  private final String source;
  private final long offset;
  private final String detail;

  /**
   * @param source the file, URL, graph node or config the problem is in (never null)
   * @param offset the byte offset in {@code source} where the problem was found, or
   *     {@link #NO_OFFSET}
   * @param detail what was expected and what was found
   */
  public FathomException(String source, long offset, String detail) {
    this(source, offset, detail, null);
  }

  public FathomException(String source, long offset, String detail, Throwable cause) {
    super(format(source, offset, detail), cause);
    this.source = source == null ? "?" : source;
    this.offset = offset;
    this.detail = detail;
  }

  private static String format(String source, long offset, String detail) {
    String where = source == null ? "?" : source;
    return offset >= 0 ? where + ": at byte " + offset + ": " + detail : where + ": " + detail;
  }

  /** The file, URL, graph node or config the problem is in. */
  public String source() {
    return source;
  }

  /** The byte offset of the problem in {@link #source()}, or {@link #NO_OFFSET}. */
  public long offset() {
    return offset;
  }

  /** The message without the location prefix. */
  public String detail() {
    return detail;
  }
}
