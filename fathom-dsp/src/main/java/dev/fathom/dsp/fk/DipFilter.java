package dev.fathom.dsp.fk;

import dev.fathom.dsp.NumpySum;
import dev.fathom.dsp.ndimage.BoundaryMode;
import dev.fathom.dsp.ndimage.Correlation;

/**
 * distpy's time-space dip filter ({@code tx_dipfilter}, spec §2.4.5): subtracts from each sample
 * the Gaussian-weighted mean along the dip {@code x = −v·t} over a 9×9 (channel × sample) window,
 * {@code W[a][b] = exp(−((v·dt·(b−4) + dx·(a−4))/v)² / 0.1²)}, {@code W = −W/ΣW}, {@code W[4][4]
 * += 1}, applied with {@code scipy.ndimage.convolve(mode='nearest')}. Negative {@code v} selects
 * the opposite dip.
 */
public final class DipFilter {
  private static final int SIZE = 9;
  private static final int MID = 4;
  private static final double BANDWIDTH = 0.1;

  private DipFilter() {}

  /**
   * The 9×9 kernel for {@code velocity} (m/s, finite and non-zero: 0 would divide by zero and give
   * NaN everywhere), {@code dx} (m), {@code dt} (s).
   */
  public static double[][] kernel(double velocity, double dx, double dt) {
    if (velocity == 0 || !Double.isFinite(velocity)) {
      throw new IllegalArgumentException("dip filter velocity must be finite and non-zero (m/s), got " + velocity);
    }
    double[][] w = new double[SIZE][SIZE];
    double[] flat = new double[SIZE * SIZE];
    for (int a = 0; a < SIZE; a++) {
      for (int b = 0; b < SIZE; b++) {
        double arg = ((velocity * dt * (b - MID)) + (dx * (a - MID))) / velocity;
        w[a][b] = Math.exp(-(arg * arg) / (BANDWIDTH * BANDWIDTH));
        flat[a * SIZE + b] = w[a][b];
      }
    }
    double sum = NumpySum.sum(flat);
    for (double[] row : w) {
      for (int b = 0; b < SIZE; b++) {
        row[b] = -row[b] / sum;
      }
    }
    w[MID][MID] += 1;
    return w;
  }

  /** Filters {@code x} ({@code [nx][nt]}), the output rows split over {@code threads}. */
  public static double[][] apply(double[][] x, double velocity, double dx, double dt, int threads) {
    return Correlation.convolve(x, kernel(velocity, dx, dt), BoundaryMode.NEAREST, 0, 0, 0, threads);
  }
}
