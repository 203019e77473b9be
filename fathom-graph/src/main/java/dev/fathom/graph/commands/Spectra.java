package dev.fathom.graph.commands;

import dev.fathom.graph.DType;
import dev.fathom.graph.NdArray;

/**
 * Conversions between {@link NdArray}s and the interleaved complex rows fathom-dsp works on
 * ({@code z[i][2k]} real, {@code z[i][2k+1]} imaginary part of element {@code (i, k)}).
 */
final class Spectra {
  private Spectra() {}

  /** The rows of a 2-D array as interleaved complex rows {@code [nx][2nt]} (real input: zero imaginary parts). */
  static double[][] interleaved(NdArray a) {
    int nr = a.rows();
    int nc = a.cols();
    double[][] z = new double[nr][2 * nc];
    for (int i = 0; i < nr; i++) a.interleavedRowInto(i, z[i]);
    return z;
  }

  /** A complex array of {@code dtype} from interleaved rows {@code [nx][2nt]}. */
  static NdArray fromInterleaved(double[][] z, DType dtype) {
    int nr = z.length;
    int nc = nr == 0 ? 0 : z[0].length / 2;
    double[] re = new double[nr * nc];
    double[] im = new double[nr * nc];
    for (int i = 0; i < nr; i++) {
      for (int j = 0; j < nc; j++) {
        re[i * nc + j] = z[i][2 * j];
        im[i * nc + j] = z[i][2 * j + 1];
      }
    }
    return NdArray.wrap(dtype, new int[] {nr, nc}, re, im);
  }
}
