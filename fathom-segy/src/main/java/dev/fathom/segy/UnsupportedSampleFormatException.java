package dev.fathom.segy;

import dev.fathom.core.InvalidDataException;

/**
 * A file that is clearly SEG-Y declares a sample format this library does not decode (format 4,
 * fixed point with gain, obsolete since rev 1). Reported as such instead of "not SEG-Y".
 */
public final class UnsupportedSampleFormatException extends InvalidDataException {
  public UnsupportedSampleFormatException(String source, long offset, String detail) {
    super(source, offset, detail);
  }
}
