package dev.fathom.dsp.fk;

/** {@code numpy.linspace(start, stop, num)} with the endpoint: {@code k·step + start}, last = stop. */
final class Linspace {
  private Linspace() {}

  static double[] of(double start, double stop, int num) {
    double[] y = new double[Math.max(num, 0)];
    if (num == 0) {
      return y;
    }
    double step = (stop - start) / (num - 1);
    for (int k = 0; k < num; k++) {
      y[k] = k * step + start;
    }
    if (num > 1) {
      y[num - 1] = stop;
    }
    return y;
  }

  /**
   * distpy's mirrored axis: {@code v[:m] = linspace(0, top, m)}, {@code v[−m:] = reversed(same)},
   * {@code m = n/2}; for odd {@code n} the middle entry stays 0.
   */
  static double[] mirrored(int n, double top) {
    int m = n / 2;
    double[] half = of(0, top, m);
    double[] v = new double[n];
    System.arraycopy(half, 0, v, 0, m);
    for (int k = 0; k < m; k++) {
      v[n - m + k] = half[m - 1 - k];
    }
    return v;
  }
}
