package dev.fathom.dsp.iir;

/**
 * {@code scipy.signal.sosfilt} and {@code sosfilt_zi} for one row: a cascade of second-order
 * sections {@code [b0 b1 b2 a0 a1 a2]}, each in direct form II transposed.
 */
public final class SosFilter {
  private SosFilter() {}

  /** {@code sosfilt(sos, x)} with zero initial state. */
  public static double[] filter(double[][] sos, double[] x) {
    return filter(sos, x, new double[checked(sos).length][2]);
  }

  /**
   * {@code sosfilt(sos, x, zi=state)}: {@code state} is {@code [sections][2]} and is overwritten
   * with the final state.
   */
  public static double[] filter(double[][] sos, double[] x, double[][] state) {
    checked(sos);
    if (state.length != sos.length) {
      throw new IllegalArgumentException("state needs one row per section");
    }
    double[] y = x.clone();
    for (int s = 0; s < sos.length; s++) {
      double[] c = sos[s];
      double a0 = c[3];
      double b0 = c[0] / a0;
      double b1 = c[1] / a0;
      double b2 = c[2] / a0;
      double a1 = c[4] / a0;
      double a2 = c[5] / a0;
      double z0 = state[s][0];
      double z1 = state[s][1];
      for (int t = 0; t < y.length; t++) {
        double xt = y[t];
        double yt = b0 * xt + z0; // operation order of scipy's _sosfilt.pyx
        z0 = b1 * xt - a1 * yt + z1;
        z1 = b2 * xt - a2 * yt;
        y[t] = yt;
      }
      state[s][0] = z0;
      state[s][1] = z1;
    }
    return y;
  }

  /**
   * {@code sosfilt_zi(sos)}: per section {@code lfilter_zi} scaled by the DC gain of the sections
   * before it.
   */
  public static double[][] initialState(double[][] sos) {
    checked(sos);
    double[][] zi = new double[sos.length][];
    double scale = 1.0;
    for (int s = 0; s < sos.length; s++) {
      double[] b = {sos[s][0], sos[s][1], sos[s][2]};
      double[] a = {sos[s][3], sos[s][4], sos[s][5]};
      zi[s] = LFilter.initialState(b, a);
      for (int k = 0; k < 2; k++) {
        zi[s][k] *= scale;
      }
      scale *= (b[0] + b[1] + b[2]) / (a[0] + a[1] + a[2]);
    }
    return zi;
  }

  static double[][] checked(double[][] sos) {
    if (sos.length == 0) {
      throw new IllegalArgumentException("no second-order sections");
    }
    for (double[] s : sos) {
      if (s.length != 6 || s[3] == 0) {
        throw new IllegalArgumentException("each section must be [b0 b1 b2 a0 a1 a2] with a0 != 0");
      }
    }
    return sos;
  }
}
