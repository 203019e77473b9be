package dev.fathom.plot.worker;

import java.util.Arrays;

/**
 * A sampled axis (depth of the rows or time of the columns) drawn as cells: sample {@code k}
 * covers the interval between the midpoints to its neighbours, the first and last cells extend
 * half a neighbour spacing outwards (one unit when there is a single sample). So a value is drawn
 * at its own coordinate, which is where zones, events and fibre ends are drawn too.
 */
final class Axis1D {
  private final double[] centres;

  Axis1D(double[] centres) {
    this.centres = centres;
  }

  /** The outer edge before the first sample. */
  double first() {
    return centres.length == 1 ? centres[0] - 0.5 : centres[0] - (centres[1] - centres[0]) / 2;
  }

  /** The outer edge after the last sample. */
  double last() {
    int n = centres.length;
    return n == 1 ? centres[0] + 0.5 : centres[n - 1] + (centres[n - 1] - centres[n - 2]) / 2;
  }

  /** The sample whose cell holds {@code v} (clamped to the ends). */
  int index(double v) {
    int k = Arrays.binarySearch(centres, v);
    if (k >= 0) return k;
    int above = -k - 1;
    if (above == 0) return 0;
    if (above == centres.length) return centres.length - 1;
    return v - centres[above - 1] <= centres[above] - v ? above - 1 : above;
  }

  /** Whether {@code v} lies within the drawn range. */
  boolean covers(double v) {
    return v >= first() && v <= last();
  }
}
