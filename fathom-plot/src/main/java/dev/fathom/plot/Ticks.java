package dev.fathom.plot;

import java.util.ArrayList;
import java.util.List;

/** "Nice" axis tick values (steps of 1, 2, 2.5 or 5 times a power of ten), about five per axis. */
final class Ticks {
  private Ticks() {}

  /** Tick values within [min(a, b), max(a, b)]. */
  static List<Double> between(double a, double b) {
    double lo = Math.min(a, b);
    double hi = Math.max(a, b);
    List<Double> t = new ArrayList<>();
    if (!(hi > lo) || !Double.isFinite(hi - lo)) {
      if (Double.isFinite(lo)) t.add(lo);
      return t;
    }
    double raw = (hi - lo) / 5;
    double p = Math.pow(10, Math.floor(Math.log10(raw)));
    double step = p * 10;
    for (double m : new double[] {1, 2, 2.5, 5, 10}) {
      if (m * p >= raw) {
        step = m * p;
        break;
      }
    }
    for (double v = Math.ceil(lo / step) * step; v <= hi + step * 1e-9; v += step) t.add(Math.abs(v) < step * 1e-9 ? 0 : v);
    return t;
  }

  /** A tick label: no trailing zeros, at most 4 significant decimals. */
  static String label(double v) {
    if (v == Math.rint(v) && Math.abs(v) < 1e15) return Long.toString((long) v);
    String s = String.format(java.util.Locale.ROOT, "%.4g", v);
    if (s.contains(".") && !s.contains("e")) s = s.replaceAll("0+$", "").replaceAll("\\.$", "");
    return s;
  }
}
