package dev.fathom.dsp.iir;

/**
 * {@code scipy.signal.lfilter} and {@code lfilter_zi} for one row: direct form II transposed,
 * coefficients normalised by {@code a[0]}, the shorter of {@code b}/{@code a} zero-padded:
 *
 * <pre>
 * y[n]   = z0 + b0·x[n]
 * z_k    = z_{k+1} + b_{k+1}·x[n] − a_{k+1}·y[n]     (k = 0 … N−2)
 * z_{N−1} = b_N·x[n] − a_N·y[n]
 * </pre>
 */
public final class LFilter {
  private LFilter() {}

  /** {@code lfilter(b, a, x)} with zero initial state. */
  public static double[] filter(double[] b, double[] a, double[] x) {
    return filter(b, a, x, new double[order(b, a)]);
  }

  /**
   * {@code lfilter(b, a, x, zi=state)}: filters {@code x} from the initial state {@code state}
   * (length {@code max(len(a), len(b)) − 1}), which is overwritten with the final state {@code zf}.
   */
  public static double[] filter(double[] b, double[] a, double[] x, double[] state) {
    int n = order(b, a) + 1;
    double[] bn = normalised(b, a[0], n);
    double[] an = normalised(a, a[0], n);
    if (state.length != n - 1) {
      throw new IllegalArgumentException(
          "initial state must have length " + (n - 1) + ", got " + state.length);
    }
    double[] y = new double[x.length];
    double[] z = state;
    for (int t = 0; t < x.length; t++) {
      double xt = x[t];
      double yt = (n > 1 ? z[0] : 0) + bn[0] * xt;
      for (int k = 0; k < n - 2; k++) {
        z[k] = z[k + 1] + bn[k + 1] * xt - an[k + 1] * yt;
      }
      if (n > 1) {
        z[n - 2] = bn[n - 1] * xt - an[n - 1] * yt;
      }
      y[t] = yt;
    }
    return y;
  }

  /**
   * {@code lfilter_zi(b, a)}: the initial state for a step response at steady state, solving
   * {@code (I − companion(a)ᵀ)·zi = b[1:] − a[1:]·b[0]} (after normalising by {@code a[0]}).
   */
  public static double[] initialState(double[] b, double[] a) {
    int first = 0;
    while (first < a.length - 1 && a[first] == 0.0) {
      first++;
    }
    double[] aa = java.util.Arrays.copyOfRange(a, first, a.length);
    int n = Math.max(aa.length, b.length);
    double[] bn = normalised(b, aa[0], n);
    double[] an = normalised(aa, aa[0], n);
    double[][] m = new double[n - 1][n - 1];
    double[] rhs = new double[n - 1];
    for (int i = 0; i < n - 1; i++) {
      m[i][i] = 1;
      m[i][0] += an[i + 1];
      if (i + 1 < n - 1) {
        m[i][i + 1] -= 1;
      }
      rhs[i] = bn[i + 1] - an[i + 1] * bn[0];
    }
    return n == 1 ? new double[0] : LinearSolve.solve(m, rhs);
  }

  /** Filter order {@code max(len(a), len(b)) − 1}. */
  static int order(double[] b, double[] a) {
    if (a.length == 0 || b.length == 0 || a[0] == 0) {
      throw new IllegalArgumentException("filter needs non-empty b and a with a[0] != 0");
    }
    return Math.max(a.length, b.length) - 1;
  }

  private static double[] normalised(double[] c, double a0, int n) {
    double[] out = new double[n];
    for (int i = 0; i < c.length; i++) {
      out[i] = a0 == 1.0 ? c[i] : c[i] / a0;
    }
    return out;
  }
}
