package dev.fathom.dsp;

import java.util.function.UnaryOperator;

/** Axis arguments of 2-D kernels: validation and applying a row kernel along either axis. */
public final class Axes {
  private Axes() {}

  /**
   * Normalises a numpy-style axis of a 2-D array: 0 or 1, and -1 (last) as 1, -2 as 0.
   *
   * @throws IllegalArgumentException for any other value
   */
  public static int normalise(int axis) {
    if (axis == 0 || axis == 1) {
      return axis;
    }
    if (axis == -1 || axis == -2) {
      return axis + 2;
    }
    throw new IllegalArgumentException("axis must be 0, 1, -1 or -2 for a 2-D array, got " + axis);
  }

  /**
   * Applies a real row kernel (row in, new row out) along {@code axis}: to every row for axis 1,
   * to every column for axis 0 (via transposes). The input is not modified.
   */
  public static double[][] apply(double[][] x, int axis, UnaryOperator<double[]> kernel) {
    return apply(x, axis, kernel, 1);
  }

  /**
   * {@link #apply(double[][], int, UnaryOperator)} with the lanes split over {@code threads}
   * ({@link Parallel}); the kernel must be safe to call concurrently on different rows.
   */
  public static double[][] apply(double[][] x, int axis, UnaryOperator<double[]> kernel, int threads) {
    if (normalise(axis) == 0) {
      return ComplexArrays.transpose(applyRows(ComplexArrays.transpose(x), kernel, threads));
    }
    return applyRows(x, kernel, threads);
  }

  private static double[][] applyRows(double[][] x, UnaryOperator<double[]> kernel, int threads) {
    double[][] out = new double[x.length][];
    Parallel.forRange(x.length, threads, (from, to) -> {
      for (int i = from; i < to; i++) {
        out[i] = kernel.apply(x[i]);
      }
    });
    return out;
  }

  /** Checks that {@code x} is rectangular and returns its row length (0 for no rows). */
  public static int checkRectangular(double[][] x) {
    int n = x.length == 0 ? 0 : x[0].length;
    for (double[] row : x) {
      if (row.length != n) {
        throw new IllegalArgumentException(
            "ragged 2-D array: row lengths " + n + " and " + row.length);
      }
    }
    return n;
  }
}
