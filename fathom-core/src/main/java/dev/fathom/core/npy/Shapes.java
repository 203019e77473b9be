package dev.fathom.core.npy;

/** Checks and formats array shapes (dimension lengths, axis 0 first). */
final class Shapes {
  private Shapes() {}

  /**
   * Number of elements of {@code shape} (1 for the 0-d shape {@code ()}).
   *
   * @throws IllegalArgumentException for a negative dimension, or when the count exceeds
   *     {@link Long#MAX_VALUE}
   */
  static long elementCount(long[] shape) {
    long n = 1;
    for (long d : shape) {
      if (d < 0) {
        throw new IllegalArgumentException("negative dimension in shape " + repr(shape));
      }
      try {
        n = Math.multiplyExact(n, d);
      } catch (ArithmeticException e) {
        throw new IllegalArgumentException("shape " + repr(shape) + " has more than 2^63-1 elements");
      }
    }
    return n;
  }

  /** The shape as Python writes a tuple: {@code ()}, {@code (5,)}, {@code (3, 4)}. */
  static String repr(long[] shape) {
    StringBuilder sb = new StringBuilder("(");
    for (int i = 0; i < shape.length; i++) {
      if (i > 0) {
        sb.append(", ");
      }
      sb.append(shape[i]);
    }
    return sb.append(shape.length == 1 ? ",)" : ")").toString();
  }

  /**
   * The common length of {@code rows} rows whose lengths {@code rowLength} gives; 0 when there
   * are no rows.
   *
   * @throws IllegalArgumentException when the rows are ragged
   */
  static int columns(int rows, java.util.function.IntUnaryOperator rowLength) {
    int cols = rows == 0 ? 0 : rowLength.applyAsInt(0);
    for (int r = 1; r < rows; r++) {
      if (rowLength.applyAsInt(r) != cols) {
        throw new IllegalArgumentException("ragged 2-D array: row " + r + " has " + rowLength.applyAsInt(r)
            + " values, row 0 has " + cols);
      }
    }
    return cols;
  }
}
