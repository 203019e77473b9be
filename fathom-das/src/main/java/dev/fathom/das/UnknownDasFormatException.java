package dev.fathom.das;

import dev.fathom.core.InvalidDataException;

/** A file that no DAS format reader recognises; the message names the closest format and why not. */
public class UnknownDasFormatException extends InvalidDataException {
  public UnknownDasFormatException(String source, String detail) {
    super(source, NO_OFFSET, detail);
  }
}
