package dev.fathom.pipeline.attributes;

import java.io.Serializable;
import java.util.Arrays;

/**
 * The rows of the attribute table for one bundle, stored by column: per trace its index, keys,
 * dead flag and the reducer's values ({@code values[column][row]}). What a unit sends back to the
 * driver: about {@code 8 * (5 + columns)} bytes per trace.
 */
public final class TraceRows implements Serializable {
  private static final long serialVersionUID = 1L;

  final long[] trace;
  final int[] inline;
  final int[] crossline;
  final double[] cdpX;
  final double[] cdpY;
  final boolean[] dead;
  final double[][] values;

  TraceRows(int rows, int columns) {
    trace = new long[rows];
    inline = new int[rows];
    crossline = new int[rows];
    cdpX = new double[rows];
    cdpY = new double[rows];
    dead = new boolean[rows];
    values = new double[columns][rows];
  }

  public int size() {
    return trace.length;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TraceRows r && Arrays.equals(trace, r.trace) && Arrays.equals(inline, r.inline)
        && Arrays.equals(crossline, r.crossline) && Arrays.equals(cdpX, r.cdpX) && Arrays.equals(cdpY, r.cdpY)
        && Arrays.equals(dead, r.dead) && Arrays.deepEquals(values, r.values);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(trace) * 31 + Arrays.deepHashCode(values);
  }
}
