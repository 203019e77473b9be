package dev.fathom.core.npy;

/**
 * Walks the elements of an array stored in Fortran order (axis 0 fastest) and tells, for each,
 * its flat index in C order (last axis fastest). Used to turn Fortran-ordered data into the
 * C-ordered Java arrays that {@link NpyArray} returns, and back.
 */
final class FortranIndex {
  private FortranIndex() {}

  /** Receives one element's flat C-order index and its flat Fortran-order index. */
  @FunctionalInterface
  interface Visitor {
    void visit(int cIndex, int fIndex);
  }

  /**
   * Calls {@code v} for every element of an array of {@code shape} (element count at most
   * {@link Integer#MAX_VALUE}), in increasing Fortran index.
   */
  static void forEach(long[] shape, Visitor v) {
    long count = Shapes.elementCount(shape);
    int nd = shape.length;
    if (count == 0) {
      return;
    }
    if (nd <= 1) {
      for (int i = 0; i < count; i++) {
        v.visit(i, i);
      }
      return;
    }
    int[] dims = new int[nd];
    long[] cStride = new long[nd];
    long stride = 1;
    for (int k = nd - 1; k >= 0; k--) {
      dims[k] = (int) shape[k];
      cStride[k] = stride;
      stride *= shape[k];
    }
    int[] idx = new int[nd];
    long c = 0;
    for (int f = 0; f < count; f++) {
      v.visit((int) c, f);
      // odometer: axis 0 fastest
      int k = 0;
      idx[0]++;
      c += cStride[0];
      while (k < nd - 1 && idx[k] == dims[k]) {
        c -= dims[k] * cStride[k];
        idx[k] = 0;
        k++;
        idx[k]++;
        c += cStride[k];
      }
    }
  }
}
