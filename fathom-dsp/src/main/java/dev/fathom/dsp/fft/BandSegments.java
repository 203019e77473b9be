package dev.fathom.dsp.fft;

import java.util.Arrays;
import java.util.TreeSet;

/**
 * The inner column ranges {@code [from+1, to−1)} of several bands cut into elementary segments
 * (between consecutive band edges), so that the power of each column is added once, into its
 * segment's lane sums, and each band's inner sum is the sum of its segments' sums (positive terms
 * only, so no cancellation). Columns past Nyquist of a real row's spectrum ({@code k > nt/2})
 * have the power of column {@code nt − k}: each real bin {@code k ≤ nt/2} feeds the segment of
 * column {@code k} and that of column {@code nt − k}, where a band covers them.
 */
final class BandSegments {
  private final Band[] bands;
  private final int nt;
  /** Segment {@code s} is the columns {@code [start[s], start[s+1])}. */
  private final int[] start;
  /** Per band, its first and end segment: {@code [segFrom[b], segTo[b])}. */
  private final int[] segFrom;
  private final int[] segTo;
  /** Per real bin {@code k = 0…nt/2}: the segment of column {@code k}, else −1. */
  final int[] segA;
  /** Per real bin {@code k = 0…nt/2}: the segment of column {@code nt−k}, else −1. */
  final int[] segB;

  BandSegments(Band[] bands, int nt) {
    this.bands = bands.clone();
    this.nt = nt;
    TreeSet<Integer> edges = new TreeSet<>();
    for (Band b : bands) {
      if (b.from() + 1 < b.to() - 1) {
        edges.add(b.from() + 1);
        edges.add(b.to() - 1);
      }
    }
    start = edges.stream().mapToInt(Integer::intValue).toArray();
    int count = Math.max(0, start.length - 1);
    boolean[] used = new boolean[count];
    segFrom = new int[bands.length];
    segTo = new int[bands.length];
    for (int b = 0; b < bands.length; b++) {
      int lo = bands[b].from() + 1;
      int hi = bands[b].to() - 1;
      if (lo >= hi) {
        continue;
      }
      segFrom[b] = Arrays.binarySearch(start, lo);
      segTo[b] = Arrays.binarySearch(start, hi);
      for (int s = segFrom[b]; s < segTo[b]; s++) {
        used[s] = true;
      }
    }
    int half = nt / 2;
    segA = new int[half + 1];
    segB = new int[half + 1];
    for (int k = 0; k <= half; k++) {
      segA[k] = segmentOf(k, used);
      segB[k] = k == 0 || 2 * k == nt ? -1 : segmentOf(nt - k, used);
    }
  }

  private int segmentOf(int column, boolean[] used) {
    int s = Arrays.binarySearch(start, column);
    if (s < 0) {
      s = -s - 2;
    }
    return s >= 0 && s < used.length && used[s] ? s : -1;
  }

  /** Number of segments: lane accumulators {@link BatchFft#realPower} adds to. */
  int count() {
    return Math.max(0, start.length - 1);
  }

  /** Power lanes of column {@code k} ({@code 0 ≤ k < nt}), mirrored above Nyquist. */
  private double[] power(BatchFft.Work w, int k) {
    int half = nt / 2;
    int m = k <= half ? k : nt - k;
    return 2 * m == nt ? w.nyqr : w.pr[m];
  }

  /**
   * distpy's {@code te_from_fft} of band {@code b} for every lane, from the power and segment
   * sums {@link BatchFft#realPower} left: {@code P[from] + 2·inner + P[to−1]}.
   */
  void bandEnergy(BatchFft.Work w, double[][] acc, int b, double[] te) {
    Band band = bands[b];
    double[] first = power(w, band.from());
    double[] last = power(w, band.to() - 1);
    Arrays.fill(te, 0.0);
    for (int s = segFrom[b]; s < segTo[b]; s++) {
      double[] a = acc[s];
      for (int l = 0; l < te.length; l++) {
        te[l] += a[l];
      }
    }
    for (int l = 0; l < te.length; l++) {
      te[l] = first[l] + 2 * te[l] + last[l];
    }
  }
}
