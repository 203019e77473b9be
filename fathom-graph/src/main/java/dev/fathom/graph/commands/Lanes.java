package dev.fathom.graph.commands;

import dev.fathom.dsp.stats.Moments;
import dev.fathom.graph.CommandException;
import dev.fathom.graph.DType;
import dev.fathom.graph.NdArray;

/**
 * The 1-D lanes of a 1-D or 2-D array along one axis (rows for axis 1, columns for axis 0), for
 * reductions and per-lane filters.
 */
final class Lanes {
  final NdArray array;
  final int axis;
  private final int rows;
  private final int cols;

  private Lanes(NdArray array, int axis) {
    this.array = array;
    this.axis = axis;
    this.rows = array.ndim() == 2 ? array.shape(0) : 1;
    this.cols = array.shape(array.ndim() - 1);
  }

  /** Lanes of {@code a} along numpy axis {@code axis} (negative counts from the end). */
  static Lanes of(NdArray a, int axis, String what) {
    if (a.ndim() < 1 || a.ndim() > 2) {
      throw new CommandException(what + " needs a 1-D or 2-D input, got shape " + a.shapeString());
    }
    int ax = axis < 0 ? axis + a.ndim() : axis;
    if (ax < 0 || ax >= a.ndim()) {
      throw new CommandException(what + ": axis " + axis + " is out of bounds for an array of dimension " + a.ndim());
    }
    return new Lanes(a, a.ndim() == 1 ? 1 : ax);
  }

  /** Number of lanes (the size of the other axis). */
  int count() {
    return axis == 1 ? rows : cols;
  }

  /** Length of each lane. */
  int length() {
    return axis == 1 ? cols : rows;
  }

  /** Real parts of lane {@code l} (a copy). */
  double[] lane(int l) {
    double[] v = new double[length()];
    for (int k = 0; k < v.length; k++) v[k] = array.re(flat(l, k));
    return v;
  }

  /** Flat index of element {@code k} of lane {@code l}. */
  int flat(int l, int k) {
    return axis == 1 ? l * cols + k : k * cols + l;
  }

  /** One lane's new values from its index and current values (same length). */
  interface LaneOp {
    double[] apply(int lane, double[] values);
  }

  /** A real array of the same shape with every lane replaced by {@code op}'s values. */
  NdArray map(DType dtype, LaneOp op) {
    double[] out = new double[array.size()];
    for (int l = 0; l < count(); l++) {
      double[] v = op.apply(l, lane(l));
      for (int k = 0; k < v.length; k++) out[flat(l, k)] = v[k];
    }
    return NdArray.wrap(dtype, array.shape(), out);
  }

  /** {@code numpy.sum} of every lane of {@code a} (same shape as this array), numpy's order (fathom-dsp). */
  double[] sums(NdArray a) {
    return Moments.sum(a.as2d(false).toRows(), axis);
  }

  /**
   * An array of one value per lane: shape {@code (n,)} for a 1-D result, or with the reduced
   * axis kept as 1 ({@code keepdims}).
   */
  NdArray reduced(DType dtype, double[] perLane, boolean keepdims) {
    int[] shape;
    if (!keepdims) {
      shape = array.ndim() == 1 ? new int[0] : new int[] {perLane.length};
    } else if (array.ndim() == 1) {
      shape = new int[] {1};
    } else {
      shape = axis == 1 ? new int[] {rows, 1} : new int[] {1, cols};
    }
    return NdArray.wrap(dtype, shape, perLane);
  }
}
