package dev.fathom.dsp.signal;

import dev.fathom.dsp.NumpySum;
import dev.fathom.dsp.ndimage.BoundaryMode;
import dev.fathom.dsp.ndimage.MedianFilter;
import dev.fathom.dsp.ndimage.WindowFilters;

/**
 * distpy's small window helpers along axis 1 (spec §2.4.4, §2.4.9): {@code broaden}, {@code
 * peak_to_peak} and {@code approx_vlf}. Windows in samples.
 */
public final class WindowPeaks {
  private WindowPeaks() {}

  /** {@code broaden(x, wl)}: {@code y[t] = max(x[t … min(t + wl − 1, nt − 1)])}. Exact. */
  public static double[][] broaden(double[][] x, int windowLength) {
    double[][] out = new double[x.length][];
    for (int i = 0; i < x.length; i++) {
      double[] row = x[i];
      double[] y = row.clone();
      for (int a = 1; a < windowLength; a++) {
        for (int t = 0; t + a < row.length; t++) {
          if (row[t + a] > y[t]) {
            y[t] = row[t + a];
          }
        }
      }
      out[i] = y;
    }
    return out;
  }

  /**
   * {@code peak_to_peak(x, wl)}: per row, {@code max_t(maximum_filter − minimum_filter)} with
   * windows {@code (1, wl)}, mode nearest. Exact.
   */
  public static double[] peakToPeak(double[][] x, int windowLength) {
    double[] out = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      double[] hi = WindowFilters.maximum1d(x[i], windowLength, BoundaryMode.NEAREST, 0);
      double[] lo = WindowFilters.minimum1d(x[i], windowLength, BoundaryMode.NEAREST, 0);
      double best = Double.NEGATIVE_INFINITY;
      for (int t = 0; t < hi.length; t++) {
        double d = hi[t] - lo[t];
        if (d > best || Double.isNaN(d)) {
          best = d;
        }
      }
      out[i] = best;
    }
    return out;
  }

  /**
   * {@code approx_vlf(x)}: per row the average weighted by {@code w[k] = exp(−(k − nt/2)²/(2·3e6))}
   * (normalised), then {@code scipy.signal.medfilt(·, 3)} across rows (zero padded).
   */
  public static double[] approxVlf(double[][] x) {
    int nt = x.length == 0 ? 0 : x[0].length;
    double[] w = new double[nt];
    for (int k = 0; k < nt; k++) {
      double d = k - 0.5 * nt;
      w[k] = Math.exp(-(d * d) / (2 * 3000000.0));
    }
    double wsum = NumpySum.sum(w);
    for (int k = 0; k < nt; k++) {
      w[k] = w[k] / wsum;
    }
    double scl = NumpySum.sum(w);
    double[] v = new double[x.length];
    double[] prod = new double[nt];
    for (int i = 0; i < x.length; i++) {
      for (int k = 0; k < nt; k++) {
        prod[k] = x[i][k] * w[k];
      }
      v[i] = NumpySum.sum(prod) / scl;
    }
    return MedianFilter.medfilt(v, 3);
  }
}
