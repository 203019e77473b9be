package dev.fathom.core;

/** The bytes of a source are not what its format requires (truncated, inconsistent, corrupt). */
public class InvalidDataException extends FathomException {
  public InvalidDataException(String source, long offset, String detail) {
    super(source, offset, detail);
  }

  public InvalidDataException(String source, long offset, String detail, Throwable cause) {
    super(source, offset, detail, cause);
  }
}
