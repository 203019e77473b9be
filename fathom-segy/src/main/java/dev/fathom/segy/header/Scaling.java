package dev.fathom.segy.header;

/**
 * Which trace-header scalar applies to a field (SEG-Y rev 1 §"Trace header", segy.md §4.10).
 * Allowed scalars are ±1, ±10, ±100, ±1000, ±10000: positive multiplies, negative divides; 0 and
 * any other value (junk is common in real files) count as 1.
 */
public enum Scaling {
  /** Not scaled. */
  NONE(0),
  /** Elevations and depths (bytes 41-68), scaled by bytes 69-70. */
  ELEVATION(69),
  /** Coordinates (73-88, 181-188), scaled by bytes 71-72. */
  COORDINATE(71),
  /** Times (95-114, e.g. delay recording time 109-110), scaled by bytes 215-216. */
  TIME(215),
  /** Shot point (197-200), scaled by bytes 201-202. */
  SHOT_POINT(201);

  private final int scalarByte;

  Scaling(int scalarByte) {
    this.scalarByte = scalarByte;
  }

  /** 1-based byte of the int16 scalar word in the trace header, 0 for {@link #NONE}. */
  public int scalarByte() {
    return scalarByte;
  }

  /** True if {@code s} is one of the values SEG-Y allows for a scalar (0 counts as "none"). */
  public static boolean isLegal(long s) {
    long a = Math.abs(s);
    return a == 0 || a == 1 || a == 10 || a == 100 || a == 1000 || a == 10000;
  }

  /**
   * Applies scalar {@code s} to {@code raw} in double precision: {@code raw * s} for s &gt; 0,
   * {@code raw / |s|} for s &lt; 0, {@code raw} for 0 or an illegal scalar.
   */
  public static double apply(long raw, long s) {
    if (s == 0 || !isLegal(s)) {
      return raw;
    }
    return s > 0 ? (double) raw * s : raw / (double) -s;
  }
}
