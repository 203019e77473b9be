package dev.fathom.plot.worker;

import java.util.Arrays;

/**
 * Colour ranges of the plot worker (specs/distpy.md §3.10, {@code extra_numpy.despike} and
 * {@code intensity}).
 */
final class BandScale {
  private BandScale() {}

  /**
   * distpy's well_log/stack colour maximum: {@code 10 · max(despike(values, 3))}, where despike
   * keeps the values with {@code |x − median| / median(|x − median|) < 3} (over the whole band,
   * finite values only). Where distpy fails or gives nothing usable (every value equal, so the
   * median deviation is 0; no finite values; a maximum ≤ 0) this returns the largest finite value
   * when it is &gt; 0, else 1.
   */
  static double vmax(double[][] band) {
    double[] v = finite(band);
    if (v.length == 0) return 1;
    double median = median(v.clone());
    double[] dev = new double[v.length];
    for (int k = 0; k < v.length; k++) dev[k] = Math.abs(v[k] - median);
    double mad = median(dev.clone());
    double kept = Double.NEGATIVE_INFINITY;
    if (mad > 0) for (int k = 0; k < v.length; k++) if (dev[k] / mad < 3) kept = Math.max(kept, v[k]);
    double vmax = 10 * kept;
    if (Double.isFinite(vmax) && vmax > 0) return vmax;
    double max = Arrays.stream(v).max().orElse(1);
    return max > 0 ? max : 1;
  }

  /**
   * distpy's {@code intensity}: {@code (x − min) / (max(x − min) + 1e-6)} over the finite values,
   * NaN where x is not finite.
   */
  static double[][] intensity(double[][] band) {
    double[] v = finite(band);
    double min = v.length == 0 ? 0 : Arrays.stream(v).min().getAsDouble();
    double max = v.length == 0 ? 0 : Arrays.stream(v).max().getAsDouble();
    double[][] out = new double[band.length][];
    for (int i = 0; i < band.length; i++) {
      out[i] = new double[band[i].length];
      for (int j = 0; j < band[i].length; j++) {
        double x = band[i][j];
        out[i][j] = Double.isFinite(x) ? (x - min) / (max - min + 1e-6) : Double.NaN;
      }
    }
    return out;
  }

  private static double[] finite(double[][] band) {
    return Arrays.stream(band).flatMapToDouble(Arrays::stream).filter(Double::isFinite).toArray();
  }

  /** numpy's median (mean of the two middle values for an even count); sorts {@code v}. */
  private static double median(double[] v) {
    Arrays.sort(v);
    int n = v.length;
    return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
  }
}
