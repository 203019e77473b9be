package dev.fathom.pipeline.collect;

import java.io.Serializable;

/**
 * A chunk file whose time does not fit the folder's regular cadence, other than a gap.
 *
 * @param folder the folder, relative to the collect input
 * @param kind what is wrong
 * @param file the file concerned
 * @param previous the file before it in time order (null for {@link Kind#DATE_MISMATCH})
 * @param time unix time (s) of {@code file}, from its name
 * @param previousTime unix time (s) of {@code previous}; for {@link Kind#DATE_MISMATCH} the
 *     file's {@code creationDate} (whole seconds)
 */
public record TimeIssue(String folder, Kind kind, String file, String previous, long time, long previousTime)
    implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The kinds of issue. */
  public enum Kind {
    /** Same time as the previous file: the file is skipped (the first one of that time is kept). */
    DUPLICATE,
    /** Closer to the previous file than the cadence: kept, the time axis is irregular there. */
    OVERLAP,
    /** A WITSML {@code creationDate} a second or more away from the file name's time (name kept). */
    DATE_MISMATCH
  }

  /** One line for reports. */
  public String describe() {
    String where = (folder.isEmpty() ? "." : folder) + ": ";
    switch (kind) {
      case DUPLICATE:
        return where + "duplicate time " + time + ": " + file + " skipped, " + previous + " kept";
      case OVERLAP:
        return where + "overlap: " + file + " starts " + (time - previousTime) + " s after " + previous + ", less than the cadence; kept";
      default:
        return where + file + ": creationDate is unix time " + previousTime + ", the file name says " + time + "; the name is used";
    }
  }
}
