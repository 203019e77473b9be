package dev.fathom.dsp.calculus;

import dev.fathom.dsp.Axes;

/**
 * {@code numpy.gradient(f, coords, axis=axis, edge_order=1|2)} (numpy 2.4): second-order central
 * differences inside; one-sided first- or second-order differences at the edges. When all
 * spacings {@code diff(coords)} are bit-identical numpy's uniform formulas are used, otherwise the
 * non-uniform ones (spec §2.5.11) — {@code 1500 + 1.02·arange(n)} is <em>not</em> uniform.
 */
public final class Gradient {
  private Gradient() {}

  /** Gradient of a 1-D array with sample coordinates {@code coords} (same length, ≥ edgeOrder+1). */
  public static double[] of(double[] f, double[] coords, int edgeOrder) {
    int n = f.length;
    if (coords.length != n) {
      throw new IllegalArgumentException(
          "coordinates have length " + coords.length + ", data " + n);
    }
    if (edgeOrder != 1 && edgeOrder != 2) {
      throw new IllegalArgumentException("edge_order must be 1 or 2, got " + edgeOrder);
    }
    if (n < edgeOrder + 1) {
      throw new IllegalArgumentException(
          "at least edge_order + 1 samples are needed, got " + n);
    }
    double[] dx = new double[n - 1];
    boolean uniform = true;
    for (int i = 0; i < n - 1; i++) {
      dx[i] = coords[i + 1] - coords[i];
      uniform &= dx[i] == dx[0];
    }
    return uniform ? uniform(f, dx[0], edgeOrder) : nonUniform(f, dx, edgeOrder);
  }

  /** Gradient of a 1-D array with constant spacing {@code h}. */
  public static double[] of(double[] f, double h, int edgeOrder) {
    if (f.length < edgeOrder + 1) {
      throw new IllegalArgumentException("at least edge_order + 1 samples are needed");
    }
    return uniform(f, h, edgeOrder);
  }

  /** {@code numpy.gradient(f, coords, axis=axis, edge_order=edgeOrder)} of a 2-D array. */
  public static double[][] of(double[][] f, double[] coords, int axis, int edgeOrder) {
    return Axes.apply(f, axis, row -> of(row, coords, edgeOrder));
  }

  private static double[] uniform(double[] f, double h, int edgeOrder) {
    int n = f.length;
    double[] out = new double[n];
    for (int i = 1; i < n - 1; i++) {
      out[i] = (f[i + 1] - f[i - 1]) / (2.0 * h);
    }
    if (edgeOrder == 1) {
      out[0] = (f[1] - f[0]) / h;
      out[n - 1] = (f[n - 1] - f[n - 2]) / h;
    } else {
      out[0] = (-(3.0 / 2.0) * f[0] + 2.0 * f[1] - (1.0 / 2.0) * f[2]) / h;
      out[n - 1] = ((3.0 / 2.0) * f[n - 1] - 2.0 * f[n - 2] + (1.0 / 2.0) * f[n - 3]) / h;
    }
    return out;
  }

  private static double[] nonUniform(double[] f, double[] dx, int edgeOrder) {
    int n = f.length;
    double[] out = new double[n];
    for (int i = 1; i < n - 1; i++) {
      double dx1 = dx[i - 1];
      double dx2 = dx[i];
      double a = -(dx2) / (dx1 * (dx1 + dx2));
      double b = (dx2 - dx1) / (dx1 * dx2);
      double c = dx1 / (dx2 * (dx1 + dx2));
      out[i] = a * f[i - 1] + b * f[i] + c * f[i + 1];
    }
    if (edgeOrder == 1) {
      out[0] = (f[1] - f[0]) / dx[0];
      out[n - 1] = (f[n - 1] - f[n - 2]) / dx[n - 2];
    } else {
      double dx1 = dx[0];
      double dx2 = dx[1];
      double a = -(2.0 * dx1 + dx2) / (dx1 * (dx1 + dx2));
      double b = (dx1 + dx2) / (dx1 * dx2);
      double c = -dx1 / (dx2 * (dx1 + dx2));
      out[0] = a * f[0] + b * f[1] + c * f[2];
      dx1 = dx[n - 3];
      dx2 = dx[n - 2];
      a = dx2 / (dx1 * (dx1 + dx2));
      b = -(dx2 + dx1) / (dx1 * dx2);
      c = (2.0 * dx2 + dx1) / (dx2 * (dx1 + dx2));
      out[n - 1] = a * f[n - 3] + b * f[n - 2] + c * f[n - 1];
    }
    return out;
  }
}
