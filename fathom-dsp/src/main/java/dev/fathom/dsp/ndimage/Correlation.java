package dev.fathom.dsp.ndimage;

import dev.fathom.dsp.Axes;
import dev.fathom.dsp.Parallel;

/**
 * {@code scipy.ndimage.correlate1d/convolve1d} and 2-D {@code correlate/convolve} (scipy 1.17,
 * {@code ni_filters.c}), with boundary modes, {@code cval} and {@code origin}.
 *
 * <p>1-D, kernel length {@code L}, {@code h = L/2}: correlate {@code out[i] = Σ_j w[j]·in[i + j − h
 * − origin]}; convolve is correlate with the reversed kernel, {@code origin → −origin}, and one
 * more {@code −1} for even {@code L} (so {@code out[i] = Σ_j w[j]·in[i + h − j]} for origin 0). 2-D
 * is the same per axis, kernel axis 0 = channel. As in the C code, symmetric and antisymmetric odd
 * 1-D kernels are summed as {@code w0·x0 + Σ (x_j ± x_−j)·w_j}, and 2-D correlation skips
 * weights with {@code |w| <= DBL_EPSILON}.
 */
public final class Correlation {
  private static final double EPS = Math.ulp(1.0);

  private Correlation() {}

  /** {@code correlate1d(x, w, mode=mode, cval=cval, origin=origin)} of one row. */
  public static double[] correlate1d(
      double[] x, double[] w, BoundaryMode mode, double cval, int origin) {
    int len = w.length;
    int size1 = len / 2;
    int size2 = len - size1 - 1;
    checkOrigin(origin, len);
    double[] ext = mode.extend(x, size1 + origin, size2 - origin, cval);
    double[] out = new double[x.length];
    int symmetric = len % 2 == 1 ? symmetry(w) : 0;
    for (int i = 0; i < x.length; i++) {
      int c = i + size1; // centre of the window in ext
      double tmp;
      if (symmetric > 0) {
        tmp = ext[c] * w[size1];
        for (int j = -size1; j < 0; j++) {
          tmp += (ext[c + j] + ext[c - j]) * w[size1 + j];
        }
      } else if (symmetric < 0) {
        tmp = ext[c] * w[size1];
        for (int j = -size1; j < 0; j++) {
          tmp += (ext[c + j] - ext[c - j]) * w[size1 + j];
        }
      } else {
        tmp = ext[c + size2] * w[size1 + size2];
        for (int j = -size1; j < size2; j++) {
          tmp += ext[c + j] * w[size1 + j];
        }
      }
      out[i] = tmp;
    }
    return out;
  }

  /** {@code correlate1d} along {@code axis} of a 2-D array, the lanes split over {@code threads}. */
  public static double[][] correlate1d(
      double[][] x, double[] w, int axis, BoundaryMode mode, double cval, int origin, int threads) {
    return Axes.apply(x, axis, row -> correlate1d(row, w, mode, cval, origin), threads);
  }

  /** {@code convolve1d(x, w, mode=mode, cval=cval, origin=origin)} of one row. */
  public static double[] convolve1d(
      double[] x, double[] w, BoundaryMode mode, double cval, int origin) {
    return correlate1d(x, reversed(w), mode, cval, convolveOrigin(origin, w.length));
  }

  /** {@code convolve1d} along {@code axis} of a 2-D array. */
  public static double[][] convolve1d(
      double[][] x, double[] w, int axis, BoundaryMode mode, double cval, int origin) {
    return Axes.apply(x, axis, row -> convolve1d(row, w, mode, cval, origin));
  }

  /**
   * {@code scipy.ndimage.correlate(x, w, mode, cval, origin=[o0, o1])} of a 2-D array with a 2-D
   * kernel {@code w[k0][k1]} (k0 along channels), the output rows split over {@code threads}.
   */
  public static double[][] correlate(double[][] x, double[][] w, BoundaryMode mode, double cval,
      int origin0, int origin1, int threads) {
    int nx = x.length;
    int nt = Axes.checkRectangular(x);
    int k0 = w.length;
    int k1 = Axes.checkRectangular(w);
    checkOrigin(origin0, k0);
    checkOrigin(origin1, k1);
    int[][] rows = offsets(nx, k0, origin0, mode);
    int[][] cols = offsets(nt, k1, origin1, mode);
    double[][] out = new double[nx][nt];
    Parallel.forRange(nx, threads, (from, to) -> {
      for (int i = from; i < to; i++) {
        for (int j = 0; j < nt; j++) {
          double tmp = 0;
          for (int a = 0; a < k0; a++) {
            int r = rows[a][i];
            for (int b = 0; b < k1; b++) {
              double wv = w[a][b];
              if (Math.abs(wv) <= EPS) {
                continue;
              }
              int c = cols[b][j];
              tmp += (r < 0 || c < 0 ? cval : x[r][c]) * wv;
            }
          }
          out[i][j] = tmp;
        }
      }
    });
    return out;
  }

  /**
   * {@code scipy.ndimage.convolve(x, w, mode, cval, origin=[o0, o1])}: correlate, kernel flipped;
   * the output rows split over {@code threads}.
   */
  public static double[][] convolve(double[][] x, double[][] w, BoundaryMode mode, double cval,
      int origin0, int origin1, int threads) {
    int k0 = w.length;
    int k1 = Axes.checkRectangular(w);
    double[][] flipped = new double[k0][];
    for (int a = 0; a < k0; a++) {
      flipped[a] = reversed(w[k0 - 1 - a]);
    }
    return correlate(
        x, flipped, mode, cval, convolveOrigin(origin0, k0), convolveOrigin(origin1, k1), threads);
  }

  /** Input index (or −1 for cval) read by kernel tap {@code a} for each output {@code i}. */
  private static int[][] offsets(int n, int k, int origin, BoundaryMode mode) {
    int[][] idx = new int[k][n];
    int size1 = k / 2;
    for (int a = 0; a < k; a++) {
      for (int i = 0; i < n; i++) {
        idx[a][i] = mode.index(i + a - size1 - origin, n);
      }
    }
    return idx;
  }

  private static int convolveOrigin(int origin, int len) {
    return len % 2 == 0 ? -origin - 1 : -origin;
  }

  private static void checkOrigin(int origin, int len) {
    if (len == 0) {
      throw new IllegalArgumentException("empty filter kernel");
    }
    if (len / 2 + origin < 0 || len / 2 + origin >= len) {
      throw new IllegalArgumentException("invalid origin " + origin + " for kernel length " + len);
    }
  }

  /** +1 symmetric, −1 antisymmetric, 0 neither (odd-length kernels only). */
  private static int symmetry(double[] w) {
    int h = w.length / 2;
    boolean sym = true;
    boolean anti = true;
    for (int j = 1; j <= h; j++) {
      sym &= w[h + j] == w[h - j];
      anti &= w[h + j] == -w[h - j];
    }
    return sym ? 1 : anti ? -1 : 0;
  }

  static double[] reversed(double[] w) {
    double[] r = new double[w.length];
    for (int i = 0; i < w.length; i++) {
      r[i] = w[w.length - 1 - i];
    }
    return r;
  }
}
