package dev.fathom.das;

import dev.fathom.core.InvalidDataException;

/** An HDF5 dataset compressed with a filter the HDF5 reader cannot decode; names the filter. */
public class UnsupportedFilterException extends InvalidDataException {
  private final String filter;

  public UnsupportedFilterException(String source, String filter, String detail, Throwable cause) {
    super(source, NO_OFFSET, detail, cause);
    this.filter = filter;
  }

  /** Name of the filter (e.g. "blosc", "zstd", "szip") or "id N" when unknown. */
  public String filter() {
    return filter;
  }
}
