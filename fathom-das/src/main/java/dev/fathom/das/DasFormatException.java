package dev.fathom.das;

import dev.fathom.core.InvalidDataException;

/**
 * A DAS file that its format reader cannot use: a required dataset or attribute is missing or has
 * an unexpected type or value. The message names the object and what was expected.
 */
public class DasFormatException extends InvalidDataException {
  public DasFormatException(String source, String detail) {
    super(source, NO_OFFSET, detail);
  }

  public DasFormatException(String source, String detail, Throwable cause) {
    super(source, NO_OFFSET, detail, cause);
  }
}
