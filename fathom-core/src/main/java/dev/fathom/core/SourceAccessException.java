package dev.fathom.core;

/**
 * A source could not be read: it does not exist, is a directory, the server refused or timed
 * out, or it ended before the requested range.
 */
public class SourceAccessException extends FathomException {
  public SourceAccessException(String source, long offset, String detail) {
    super(source, offset, detail);
  }

  public SourceAccessException(String source, long offset, String detail, Throwable cause) {
    super(source, offset, detail, cause);
  }
}
