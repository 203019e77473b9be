package dev.fathom.dsp;

/**
 * numpy's pairwise summation ({@code pairwise_sum} in numpy's {@code loops_utils.h}), used by
 * {@code numpy.sum/mean} along a contiguous axis: below 8 elements a plain loop, up to 128 eight
 * interleaved partial sums combined as {@code ((r0+r1)+(r2+r3))+((r4+r5)+(r6+r7))}, above that
 * recursive halving at a multiple of 8. Matching it makes reductions bit-identical to numpy's.
 */
public final class NumpySum {
  private static final int BLOCK = 128;

  private NumpySum() {}

  /** Pairwise sum of {@code a[from … from+n)}. */
  public static double sum(double[] a, int from, int n) {
    if (n < 8) {
      double res = 0.0;
      for (int i = 0; i < n; i++) {
        res += a[from + i];
      }
      return res;
    }
    if (n <= BLOCK) {
      double[] r = new double[8];
      for (int j = 0; j < 8; j++) {
        r[j] = a[from + j];
      }
      int i = 8;
      for (; i < n - (n % 8); i += 8) {
        for (int j = 0; j < 8; j++) {
          r[j] += a[from + i + j];
        }
      }
      double res = ((r[0] + r[1]) + (r[2] + r[3])) + ((r[4] + r[5]) + (r[6] + r[7]));
      for (; i < n; i++) {
        res += a[from + i];
      }
      return res;
    }
    int n2 = n / 2;
    n2 -= n2 % 8;
    return sum(a, from, n2) + sum(a, from + n2, n - n2);
  }

  /** Pairwise sum of a whole row. */
  public static double sum(double[] a) {
    return sum(a, 0, a.length);
  }
}
