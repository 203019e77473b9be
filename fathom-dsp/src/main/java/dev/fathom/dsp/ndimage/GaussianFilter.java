package dev.fathom.dsp.ndimage;

import dev.fathom.dsp.NumpySum;
import java.util.function.UnaryOperator;

/**
 * {@code scipy.ndimage.gaussian_filter} and {@code gaussian_filter1d} (scipy 1.17): separable
 * correlation with the reversed kernel of {@code _gaussian_kernel1d}, radius {@code int(truncate·σ
 * + 0.5)}, axes in order 0 then 1. For derivative order {@code o > 0} the kernel is {@code
 * q_o(x)·φ(x)} with {@code q_0 = 1}, {@code q_{k+1} = q_k′ − x·q_k/σ²}. σ in samples.
 */
public final class GaussianFilter {
  /** scipy's default truncation (standard deviations). */
  public static final double TRUNCATE = 4.0;

  private GaussianFilter() {}

  /**
   * {@code gaussian_filter(x, [sigma0, sigma1], order=[order0, order1], mode, cval, truncate=4)}.
   * An axis with {@code σ <= 1e-15} is left alone, as in scipy. scipy writes each 1-D pass into its
   * output array (of the input's type unless given), so {@code store} is applied to every pass's
   * result before the next pass reads it: identity for double output, rounding or truncation to
   * float32 or an integer type otherwise. The lanes of each pass are split over {@code threads}.
   */
  public static double[][] filter(double[][] x, double[] sigma, int[] order, BoundaryMode mode,
      double cval, UnaryOperator<double[][]> store, int threads) {
    double[][] out = x;
    for (int axis = 0; axis < 2; axis++) {
      if (sigma[axis] > 1e-15) {
        out = store.apply(filter1d(out, sigma[axis], order[axis], axis, mode, cval, TRUNCATE, threads));
      }
    }
    return out == x ? dev.fathom.dsp.ComplexArrays.copy(x) : out;
  }

  /**
   * {@code gaussian_filter1d(x, sigma, axis, order, mode, cval, truncate)} of a 2-D array, the
   * lanes split over {@code threads}.
   */
  public static double[][] filter1d(double[][] x, double sigma, int order, int axis,
      BoundaryMode mode, double cval, double truncate, int threads) {
    int radius = (int) (truncate * sigma + 0.5);
    double[] w = Correlation.reversed(kernel(sigma, order, radius));
    return Correlation.correlate1d(x, w, axis, mode, cval, 0, threads);
  }

  /** {@code _gaussian_kernel1d(sigma, order, radius)}: {@code 2·radius + 1} taps. */
  public static double[] kernel(double sigma, int order, int radius) {
    if (order < 0) {
      throw new IllegalArgumentException("order must be non-negative, got " + order);
    }
    double sigma2 = sigma * sigma;
    int n = 2 * radius + 1;
    double[] phi = new double[n];
    double factor = -0.5 / sigma2;
    for (int i = 0; i < n; i++) {
      double xi = i - radius;
      phi[i] = Math.exp(factor * (xi * xi));
    }
    double sum = NumpySum.sum(phi, 0, n);
    for (int i = 0; i < n; i++) {
      phi[i] = phi[i] / sum;
    }
    if (order == 0) {
      return phi;
    }
    // q as polynomial coefficients; q' + q·p' with p'(x) = −x/σ² applied order times
    double[] q = new double[order + 1];
    q[0] = 1;
    for (int step = 0; step < order; step++) {
      double[] next = new double[order + 1];
      for (int r = 0; r <= order; r++) {
        double p = r >= 1 ? (1.0 / -sigma2) * q[r - 1] : 0;
        double d = r + 1 <= order ? (r + 1) * q[r + 1] : 0;
        next[r] = p + d;
      }
      q = next;
    }
    double[] out = new double[n];
    for (int i = 0; i < n; i++) {
      double xi = i - radius;
      double qx = 0;
      for (int r = 0; r <= order; r++) {
        qx += Math.pow(xi, r) * q[r];
      }
      out[i] = qx * phi[i];
    }
    return out;
  }
}
