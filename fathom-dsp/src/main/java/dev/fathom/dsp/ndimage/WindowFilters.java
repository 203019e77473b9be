package dev.fathom.dsp.ndimage;

import dev.fathom.dsp.Axes;

/**
 * 1-D moving-window filters of {@code scipy.ndimage} along an axis: {@code uniform_filter1d},
 * {@code maximum_filter1d}, {@code minimum_filter1d}. The window of size {@code n} at {@code i}
 * covers {@code [i − n/2 − origin, i + n − 1 − n/2 − origin]} (origin 0 here), outside samples
 * from the boundary mode.
 */
public final class WindowFilters {
  private WindowFilters() {}

  /**
   * {@code uniform_filter1d(x, size, mode, cval)}: window mean with scipy 1.17's running sum ({@code
   * s = Σ(first window)}, {@code s += in[i+n−1] − in[i−1]}, output {@code s/n}; verified bit-exact
   * against scipy 1.17.1 — spec §2.5.7's per-step division is the older C code).
   */
  public static double[] uniform1d(double[] x, int size, BoundaryMode mode, double cval) {
    checkSize(size);
    int before = size / 2;
    double[] ext = mode.extend(x, before, size - 1 - before, cval);
    double[] out = new double[x.length];
    if (x.length == 0) {
      return out;
    }
    double tmp = 0;
    for (int k = 0; k < size; k++) {
      tmp += ext[k];
    }
    out[0] = tmp / size;
    for (int i = 1; i < x.length; i++) {
      tmp += ext[i + size - 1] - ext[i - 1];
      out[i] = tmp / size;
    }
    return out;
  }

  /** {@link #uniform1d} along {@code axis} of a 2-D array. */
  public static double[][] uniform1d(
      double[][] x, int size, int axis, BoundaryMode mode, double cval) {
    return Axes.apply(x, axis, row -> uniform1d(row, size, mode, cval));
  }

  /** {@code maximum_filter1d(x, size, mode, cval)} (exact). */
  public static double[] maximum1d(double[] x, int size, BoundaryMode mode, double cval) {
    return extremum(x, size, mode, cval, true);
  }

  /** {@code minimum_filter1d(x, size, mode, cval)} (exact). */
  public static double[] minimum1d(double[] x, int size, BoundaryMode mode, double cval) {
    return extremum(x, size, mode, cval, false);
  }

  /** {@link #maximum1d} along {@code axis} of a 2-D array. */
  public static double[][] maximum1d(
      double[][] x, int size, int axis, BoundaryMode mode, double cval) {
    return Axes.apply(x, axis, row -> maximum1d(row, size, mode, cval));
  }

  /** {@link #minimum1d} along {@code axis} of a 2-D array. */
  public static double[][] minimum1d(
      double[][] x, int size, int axis, BoundaryMode mode, double cval) {
    return Axes.apply(x, axis, row -> minimum1d(row, size, mode, cval));
  }

  /** Sliding extremum with a monotone deque: O(n) for any window size. */
  private static double[] extremum(
      double[] x, int size, BoundaryMode mode, double cval, boolean max) {
    checkSize(size);
    int before = size / 2;
    double[] ext = mode.extend(x, before, size - 1 - before, cval);
    double[] out = new double[x.length];
    int[] deque = new int[ext.length];
    int head = 0;
    int tail = 0;
    for (int k = 0; k < ext.length; k++) {
      while (tail > head && (max ? ext[deque[tail - 1]] <= ext[k] : ext[deque[tail - 1]] >= ext[k])) {
        tail--;
      }
      deque[tail++] = k;
      int start = k - size + 1;
      if (deque[head] < start) {
        head++;
      }
      if (start >= 0) {
        out[start] = ext[deque[head]];
      }
    }
    return out;
  }

  private static void checkSize(int size) {
    if (size < 1) {
      throw new IllegalArgumentException("filter size must be >= 1, got " + size);
    }
  }
}
