package dev.fathom.pipeline.collect;

import java.io.Serializable;

/**
 * A stretch of missing chunks in one folder, filled with NaN columns in the collected arrays.
 *
 * @param folder the folder, relative to the collect input
 * @param before the last file before the gap
 * @param after the first file after the gap
 * @param beforeTime unix time (s) of {@code before}
 * @param afterTime unix time (s) of {@code after}
 * @param missingColumns NaN columns inserted: {@code round((afterTime - beforeTime) / cadence) - 1}
 * @param cadence the folder's usual step between chunks, in seconds (the most common step)
 */
public record Gap(
    String folder, String before, String after, long beforeTime, long afterTime, long missingColumns, long cadence)
    implements Serializable {
  private static final long serialVersionUID = 1L;

  /** One line for reports. */
  public String describe() {
    return (folder.isEmpty() ? "." : folder) + ": gap of " + (afterTime - beforeTime - cadence) + " s between "
        + before + " and " + after + ": " + missingColumns + " NaN column" + (missingColumns == 1 ? "" : "s")
        + " inserted (cadence " + cadence + " s)";
  }
}
