package dev.fathom.segy;

import java.math.BigDecimal;

/** Correctly rounded sums (Python's math.fsum) for comparing with reference per-trace sums. */
final class ExactSum {
  private ExactSum() {}

  /** The exact sum of {@code x} rounded once to the nearest double. */
  static double fsum(double[] x, boolean abs) {
    BigDecimal s = BigDecimal.ZERO;
    for (double v : x) {
      if (!Double.isFinite(v)) return abs ? Math.abs(v) : v;
      s = s.add(new BigDecimal(abs ? Math.abs(v) : v));
    }
    return s.doubleValue();
  }
}
