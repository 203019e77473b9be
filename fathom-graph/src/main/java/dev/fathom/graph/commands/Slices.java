package dev.fathom.graph.commands;

import dev.fathom.graph.NdArray;

/** numpy basic slicing of 2-D arrays ({@code a[r0:r1:rs, c0:c1:cs]}), returning copies. */
final class Slices {
  private Slices() {}

  /** {@code a[r0:r1:rs, c0:c1:cs]} for non-negative, in-range bounds and positive steps. */
  static NdArray slice(NdArray a, int r0, int r1, int rs, int c0, int c1, int cs) {
    int nr = count(r0, r1, rs);
    int nc = count(c0, c1, cs);
    double[] re = new double[nr * nc];
    double[] im = a.isComplex() ? new double[nr * nc] : null;
    int cols = a.cols();
    for (int i = 0; i < nr; i++) {
      for (int j = 0; j < nc; j++) {
        int k = (r0 + i * rs) * cols + c0 + j * cs;
        re[i * nc + j] = a.re(k);
        if (im != null) im[i * nc + j] = a.im(k);
      }
    }
    return NdArray.wrap(a.dtype(), new int[] {nr, nc}, re, im);
  }

  /** Rows {@code [r0, r1)} and columns {@code [c0, c1)}. */
  static NdArray slice(NdArray a, int r0, int r1, int c0, int c1) {
    return slice(a, r0, r1, 1, c0, c1, 1);
  }

  /** {@code numpy.flip(a, axis)} of a 2-D array: rows reversed (axis 0) or columns reversed (axis 1). */
  static NdArray flip(NdArray a, int axis) {
    int nr = a.rows();
    int nc = a.cols();
    double[] re = new double[a.size()];
    double[] im = a.isComplex() ? new double[a.size()] : null;
    for (int i = 0; i < nr; i++) {
      for (int j = 0; j < nc; j++) {
        int from = axis == 0 ? (nr - 1 - i) * nc + j : i * nc + (nc - 1 - j);
        re[i * nc + j] = a.re(from);
        if (im != null) im[i * nc + j] = a.im(from);
      }
    }
    return NdArray.wrap(a.dtype(), a.shape(), re, im);
  }

  private static int count(int start, int stop, int step) {
    return stop <= start ? 0 : (stop - start + step - 1) / step;
  }
}
