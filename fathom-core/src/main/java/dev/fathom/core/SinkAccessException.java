package dev.fathom.core;

/**
 * An output could not be written: its folder does not exist or is not writable, the disk is
 * full, the store refused it. The source named is the output path or URL.
 */
public class SinkAccessException extends FathomException {
  public SinkAccessException(String sink, long offset, String detail) {
    super(sink, offset, detail);
  }

  public SinkAccessException(String sink, long offset, String detail, Throwable cause) {
    super(sink, offset, detail, cause);
  }
}
