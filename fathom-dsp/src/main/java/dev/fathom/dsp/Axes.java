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
    if (normalise(axis) == 0) {
      return ComplexArrays.transpose(applyRows(ComplexArrays.transpose(x), kernel));
    }
    return applyRows(x, kernel);
  }

  private static double[][] applyRows(double[][] x, UnaryOperator<double[]> kernel) {
    double[][] out = new double[x.length][];
    for (int i = 0; i < x.length; i++) {
      out[i] = kernel.apply(x[i]);
    }
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
