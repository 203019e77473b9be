package dev.fathom.dsp.ndimage;

import dev.fathom.dsp.Axes;
import dev.fathom.dsp.Parallel;
import java.util.Arrays;

/**
 * {@code scipy.ndimage.median_filter(x, size=(s0, s1), mode, cval)}: per axis the window covers
 * offsets {@code [−s/2, s − 1 − s/2]}; the result is the element of rank {@code (s0·s1)/2}
 * (0-based) of the sorted window, i.e. the upper median for even window sizes (spec §2.5.8). Exact.
 * Also {@code scipy.signal.medfilt(v, k)} = size {@code (1, k)}, mode constant 0.
 */
public final class MedianFilter {
  private MedianFilter() {}

  /**
   * {@code median_filter(x, size=(size0, size1), mode=mode, cval=cval)} of a 2-D array, the output
   * rows split over {@code threads}.
   */
  public static double[][] filter(
      double[][] x, int size0, int size1, BoundaryMode mode, double cval, int threads) {
    if (size0 < 1 || size1 < 1) {
      throw new IllegalArgumentException("median window must be at least 1x1");
    }
    int nx = x.length;
    int nt = Axes.checkRectangular(x);
    int rank = size0 * size1 / 2;
    double[][] out = new double[nx][nt];
    Parallel.forRange(nx, threads, (from, to) -> {
      double[] window = new double[size0 * size1];
      for (int i = from; i < to; i++) {
        for (int j = 0; j < nt; j++) {
          int w = 0;
          for (int a = 0; a < size0; a++) {
            int r = mode.index(i + a - size0 / 2, nx);
            for (int b = 0; b < size1; b++) {
              int c = mode.index(j + b - size1 / 2, nt);
              window[w++] = r < 0 || c < 0 ? cval : x[r][c];
            }
          }
          out[i][j] = select(window, rank);
        }
      }
    });
    return out;
  }

  /** {@code scipy.signal.medfilt(v, kernelSize)} of a 1-D array (zero padded, odd kernel). */
  public static double[] medfilt(double[] v, int kernelSize) {
    if (kernelSize % 2 == 0) {
      throw new IllegalArgumentException("medfilt kernel size must be odd, got " + kernelSize);
    }
    return filter(new double[][] {v}, 1, kernelSize, BoundaryMode.CONSTANT, 0, 1)[0];
  }

  private static double select(double[] window, int rank) {
    double[] copy = window.clone();
    Arrays.sort(copy);
    return copy[rank];
  }
}
