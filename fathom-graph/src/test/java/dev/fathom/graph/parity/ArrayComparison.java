package dev.fathom.graph.parity;

import dev.fathom.graph.NdArray;
import java.util.Arrays;

/** Compares a result with a reference array under a {@link Tolerance}; null when they agree. */
final class ArrayComparison {
  private ArrayComparison() {}

  /** Why {@code ours} differs from {@code ref}, or null when it agrees within {@code tol}. */
  static String difference(NdArray ours, NdArray ref, Tolerance tol) {
    if (!Arrays.equals(ours.shape(), ref.shape())) {
      return "shape " + ours.shapeString() + " != reference " + ref.shapeString();
    }
    if (tol == Tolerance.PARTITION) return samePartition(ours, ref);
    if (ours.dtype() != ref.dtype()) {
      return "dtype " + ours.dtype().descr() + " != reference " + ref.dtype().descr();
    }
    double maxRef = 0;
    for (int k = 0; k < ref.size(); k++) {
      maxRef = Math.max(maxRef, finiteAbs(ref.re(k)));
      maxRef = Math.max(maxRef, finiteAbs(ref.im(k)));
    }
    double bound = tol.rtol * (maxRef == 0 ? 1 : maxRef);
    if (tol == Tolerance.PHASE) bound = tol.rtol * Math.PI;
    double worst = 0;
    int worstAt = -1;
    for (int k = 0; k < ref.size(); k++) {
      double d = Math.max(diff(ours.re(k), ref.re(k), tol), diff(ours.im(k), ref.im(k), tol));
      if (Double.isNaN(d)) return "non-finite mismatch at flat index " + k + ": " + ours.re(k) + " vs " + ref.re(k);
      if (d > worst) {
        worst = d;
        worstAt = k;
      }
    }
    if (worst > bound) {
      return String.format("max |diff| %.3g at flat index %d (%s vs %s) > %.3g (%s)",
          worst, worstAt, ours.re(worstAt), ref.re(worstAt), bound, tol);
    }
    return null;
  }

  /** Null when both label arrays split the elements the same way (a one-to-one relabelling). */
  private static String samePartition(NdArray ours, NdArray ref) {
    java.util.Map<Double, Double> map = new java.util.HashMap<>();
    java.util.Map<Double, Double> back = new java.util.HashMap<>();
    int differ = 0;
    for (int k = 0; k < ref.size(); k++) {
      Double a = map.putIfAbsent(ours.re(k), ref.re(k));
      Double b = back.putIfAbsent(ref.re(k), ours.re(k));
      if (a != null && a != ref.re(k) || b != null && b != ours.re(k)) differ++;
    }
    return differ == 0 ? null : "partition differs from distpy's (sklearn, random init) at " + differ + " of " + ref.size() + " elements";
  }

  private static double finiteAbs(double v) {
    return Double.isFinite(v) ? Math.abs(v) : 0;
  }

  /** |a - b|, 0 for identical non-finite values, NaN for a finite/non-finite mismatch. */
  private static double diff(double a, double b, Tolerance tol) {
    if (Double.compare(a, b) == 0 || a == b) return 0;
    if (!Double.isFinite(a) || !Double.isFinite(b)) return Double.NaN;
    double d = Math.abs(a - b);
    if (tol == Tolerance.PHASE) {
      double m = Math.IEEEremainder(a - b, 2 * Math.PI);
      d = Math.abs(m);
    }
    return d;
  }
}
