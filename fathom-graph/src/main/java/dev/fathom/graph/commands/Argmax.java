package dev.fathom.graph.commands;

import dev.fathom.graph.DType;

/**
 * distpy {@code argmax}: {@code numpy.argmax(in, axis)}, the index of the first maximum of each
 * lane (the first NaN if there is one), 1-D int64. The default axis 0 gives one index per time
 * sample, {@code (nt,)}.
 */
final class Argmax extends LaneReduction {
  Argmax() {
    super("argmax", "index of the first maximum along an axis (int64, 1-D)", 0, false);
  }

  @Override
  double[] reduce(double[][] rows, int axis) {
    int lanes = axis == 1 ? rows.length : rows[0].length;
    int n = axis == 1 ? rows[0].length : rows.length;
    double[] out = new double[lanes];
    for (int l = 0; l < lanes; l++) {
      int best = 0;
      for (int k = 0; k < n; k++) {
        double v = axis == 1 ? rows[l][k] : rows[k][l];
        if (Double.isNaN(v)) {
          best = k;
          break;
        }
        if (v > (axis == 1 ? rows[l][best] : rows[best][l])) best = k;
      }
      out[l] = best;
    }
    return out;
  }

  @Override
  DType resultType(DType input) {
    return DType.INT64;
  }
}
