package dev.fathom.das;

import dev.fathom.core.InvalidDataException;

/** A DAS file that ends before the data or metadata it declares. */
public class TruncatedDasFileException extends InvalidDataException {
  public TruncatedDasFileException(String source, long offset, String detail, Throwable cause) {
    super(source, offset, detail, cause);
  }
}
