package dev.fathom.dsp.signal;

import dev.fathom.dsp.NumpySum;
import dev.fathom.dsp.ndimage.BoundaryMode;
import dev.fathom.dsp.ndimage.Correlation;

/**
 * {@code scipy.signal.wiener(im, [k0, k1], noise)} (scipy 1.17, spec §2.5.12): local mean {@code
 * μ} and variance {@code σ²} over a {@code k0×k1} window (zero padded, window {@code [i − k/2, i −
 * k/2 + k − 1]} per axis), {@code noise = mean(σ²)} when not given, output {@code μ} where {@code σ²
 * < noise}, else {@code (im − μ)·(1 − noise/σ²) + μ}.
 */
public final class Wiener {
  private Wiener() {}

  /**
   * @param noise noise power, or {@code Double.NaN} to estimate it as the mean local variance
   * @param threads the local sums' rows are split over this many threads
   */
  public static double[][] filter(double[][] im, int k0, int k1, double noise, int threads) {
    if (k0 < 1 || k1 < 1) {
      throw new IllegalArgumentException("wiener window must be at least 1x1");
    }
    double[][] ones = new double[k0][k1];
    for (double[] r : ones) {
      java.util.Arrays.fill(r, 1.0);
    }
    double size = (double) k0 * k1;
    double[][] sq = new double[im.length][];
    for (int i = 0; i < im.length; i++) {
      sq[i] = new double[im[i].length];
      for (int j = 0; j < sq[i].length; j++) {
        sq[i][j] = im[i][j] * im[i][j];
      }
    }
    double[][] mean = Correlation.correlate(im, ones, BoundaryMode.CONSTANT, 0, 0, 0, threads);
    double[][] var = Correlation.correlate(sq, ones, BoundaryMode.CONSTANT, 0, 0, 0, threads);
    int total = 0;
    for (int i = 0; i < im.length; i++) {
      for (int j = 0; j < im[i].length; j++) {
        mean[i][j] /= size;
        var[i][j] = var[i][j] / size - mean[i][j] * mean[i][j];
      }
      total += im[i].length;
    }
    double n = noise;
    if (Double.isNaN(n)) {
      double[] flat = new double[total];
      int p = 0;
      for (double[] row : var) {
        System.arraycopy(row, 0, flat, p, row.length);
        p += row.length;
      }
      n = NumpySum.sum(flat) / total;
    }
    double[][] out = new double[im.length][];
    for (int i = 0; i < im.length; i++) {
      out[i] = new double[im[i].length];
      for (int j = 0; j < out[i].length; j++) {
        double mu = mean[i][j];
        double v = var[i][j];
        out[i][j] = v < n ? mu : (im[i][j] - mu) * (1 - n / v) + mu;
      }
    }
    return out;
  }
}
