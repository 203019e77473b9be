package dev.fathom.dsp.fft;

/** Rows of a real 2-D array as float64, whatever the element type (float32 rows are widened). */
@FunctionalInterface
interface RowSource {
  /** Row {@code i} as a double array; may be a fresh copy or the row itself (read only). */
  double[] row(int i);

  static RowSource of(double[][] x) {
    return i -> x[i];
  }

  static RowSource of(float[][] x) {
    return i -> {
      float[] r = x[i];
      double[] d = new double[r.length];
      for (int k = 0; k < r.length; k++) {
        d[k] = r[k];
      }
      return d;
    };
  }

  /** Rows of {@code nt} samples held one after the other in {@code data} (C order). */
  static RowSource of(float[] data, int nt) {
    return i -> {
      double[] d = new double[nt];
      for (int k = 0, o = i * nt; k < nt; k++) {
        d[k] = data[o + k];
      }
      return d;
    };
  }
}
