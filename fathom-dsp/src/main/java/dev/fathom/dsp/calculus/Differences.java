package dev.fathom.dsp.calculus;

import dev.fathom.dsp.Axes;

/**
 * {@code numpy.diff}, {@code numpy.interp}, {@code numpy.unwrap} and distpy's running mean, for
 * rows ({@code double[]}) and along an axis of 2-D arrays.
 */
public final class Differences {
  private Differences() {}

  /**
   * {@code numpy.diff(x, n, append=[appendValue])}: the {@code n}-th difference of {@code x}
   * extended by one sample; length {@code len(x) + 1 − n}. Pass {@code Double.NaN} as {@code
   * appendValue} for no append (length {@code len(x) − n}).
   */
  public static double[] diff(double[] x, int n, double appendValue) {
    if (n < 0) {
      throw new IllegalArgumentException("order must be non-negative, got " + n);
    }
    double[] d = x;
    if (!Double.isNaN(appendValue)) {
      d = java.util.Arrays.copyOf(x, x.length + 1);
      d[x.length] = appendValue;
    }
    for (int k = 0; k < n && d.length > 0; k++) {
      double[] next = new double[d.length - 1];
      for (int i = 0; i < next.length; i++) {
        next[i] = d[i + 1] - d[i];
      }
      d = next;
    }
    return d == x ? x.clone() : d;
  }

  /** {@link #diff(double[], int, double)} along {@code axis} of a 2-D array. */
  public static double[][] diff(double[][] x, int n, int axis, double appendValue) {
    return Axes.apply(x, axis, row -> diff(row, n, appendValue));
  }

  /**
   * {@code numpy.interp(x, xp, fp)}: piecewise-linear interpolation on increasing {@code xp},
   * clamped to {@code fp[0]} / {@code fp[-1]} outside.
   */
  public static double[] interp(double[] x, double[] xp, double[] fp) {
    if (xp.length != fp.length || xp.length == 0) {
      throw new IllegalArgumentException("xp and fp must be non-empty and of equal length");
    }
    double[] out = new double[x.length];
    int last = xp.length - 1;
    for (int i = 0; i < x.length; i++) {
      double v = x[i];
      if (Double.isNaN(v)) {
        out[i] = v;
      } else if (v <= xp[0]) {
        out[i] = fp[0];
      } else if (v >= xp[last]) {
        out[i] = fp[last];
      } else {
        int j = java.util.Arrays.binarySearch(xp, v);
        if (j >= 0) {
          out[i] = fp[j];
        } else {
          int hi = -j - 1;
          int lo = hi - 1;
          double slope = (fp[hi] - fp[lo]) / (xp[hi] - xp[lo]);
          out[i] = slope * (v - xp[lo]) + fp[lo];
        }
      }
    }
    return out;
  }

  /**
   * {@code numpy.unwrap(p)} (period 2π, discont π): {@code d = diff(p)}, {@code m = mod(d + π, 2π)
   * − π}, {@code m = π} where {@code m == −π and d > 0}, corrections {@code m − d} where {@code |d|
   * >= π}, accumulated.
   */
  public static double[] unwrap(double[] p) {
    double[] out = p.clone();
    double twoPi = 2 * Math.PI;
    double correction = 0;
    for (int i = 1; i < p.length; i++) {
      double d = p[i] - p[i - 1];
      double m = pythonMod(d + Math.PI, twoPi) - Math.PI;
      if (m == -Math.PI && d > 0) {
        m = Math.PI;
      }
      double c = Math.abs(d) < Math.PI ? 0 : m - d;
      correction += c;
      out[i] = p[i] + correction;
    }
    return out;
  }

  /** {@link #unwrap(double[])} along {@code axis} of a 2-D array. */
  public static double[][] unwrap(double[][] p, int axis) {
    return Axes.apply(p, axis, Differences::unwrap);
  }

  /**
   * distpy's {@code running_mean_1d(x, N)} = {@code (cumsum(insert(x,0,0))[N:] − cumsum[:-N]) /
   * N}: the {@code len(x) − N + 1} forward window means.
   */
  public static double[] runningMean(double[] x, int window) {
    if (window < 1 || window > x.length) {
      throw new IllegalArgumentException("window must be in [1, " + x.length + "], got " + window);
    }
    double[] cumsum = new double[x.length + 1];
    for (int i = 0; i < x.length; i++) {
      cumsum[i + 1] = cumsum[i] + x[i];
    }
    double[] out = new double[x.length - window + 1];
    for (int i = 0; i < out.length; i++) {
      out[i] = (cumsum[i + window] - cumsum[i]) / window;
    }
    return out;
  }

  /** numpy's float {@code mod}: result has the sign of the divisor. */
  private static double pythonMod(double a, double b) {
    double r = a % b;
    if (r != 0 && (r < 0) != (b < 0)) {
      r += b;
    }
    return r;
  }
}
