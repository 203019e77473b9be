package dev.fathom.segy.codec;

import java.util.Objects;

/**
 * Running statistics of the samples of one trace (or of any series of decoded samples): count,
 * minimum, maximum, and the sums of x, |x| and x^2, accumulated in double from float samples. This
 * is the reduction of {@code segy stats} and of the scan benchmark: decode a trace into a reused
 * float[] with {@link SampleDecoder}, then {@link #add} it (two tight loops, decode then reduce,
 * measured faster than decoding and reducing sample by sample; see {@link CodecBench}).
 *
 * <p>Conventions: the sums are accumulated in double in four interleaved partial sums (samples i =
 * 0, 1, 2, 3 mod 4) per {@link #add} call, combined in a fixed order, so results are deterministic
 * for a given sequence of calls; the rounding error of each sum is at most about n * 2^-53 * sum|x|
 * (n * 2^-53 * sum x^2 for the squares, every x*x being exact in double). Min and max order -0.0
 * below 0.0 (as {@link Math#min} does) and ignore NaN samples; NaN samples make the three sums NaN;
 * infinities propagate. With no samples, min is +Infinity, max is -Infinity and the means are NaN.
 * Units are those of the samples. Not thread-safe.
 */
public final class TraceStats {
  private long count;
  private float min = Float.POSITIVE_INFINITY;
  private float max = Float.NEGATIVE_INFINITY;
  private double sum;
  private double sumAbs;
  private double sumSquares;

  /** Forgets every sample added, for the next trace. */
  public TraceStats reset() {
    count = 0;
    min = Float.POSITIVE_INFINITY;
    max = Float.NEGATIVE_INFINITY;
    sum = 0;
    sumAbs = 0;
    sumSquares = 0;
    return this;
  }

  /** Adds every element of {@code x}. */
  public TraceStats add(float[] x) {
    return add(x, 0, x.length);
  }

  /**
   * Adds {@code x[offset..offset+n-1]}.
   *
   * <p>One pass, unrolled by four: four partial sums of each kind break the floating-point add
   * latency chain, and min/max are tracked on integer keys of the float bits (monotonic in the
   * float order for non-NaN values), which compile to branch-free integer min/max that run beside
   * the floating-point work instead of float compares and branches. If the sums come out NaN (a NaN
   * sample, or +Infinity and -Infinity both present), min and max are recomputed by a plain loop
   * that skips NaN.
   */
  public TraceStats add(float[] x, int offset, int n) {
    Objects.checkFromIndexSize(offset, n, x.length);
    if (n == 0) {
      return this;
    }
    double s0 = 0, s1 = 0, s2 = 0, s3 = 0;
    double a0 = 0, a1 = 0, a2 = 0, a3 = 0;
    double q0 = 0, q1 = 0, q2 = 0, q3 = 0;
    int lo0 = Integer.MAX_VALUE, lo1 = Integer.MAX_VALUE;
    int hi0 = Integer.MIN_VALUE, hi1 = Integer.MIN_VALUE;
    int i = offset;
    int end = offset + n;
    for (; i <= end - 4; i += 4) {
      float f0 = x[i];
      float f1 = x[i + 1];
      float f2 = x[i + 2];
      float f3 = x[i + 3];
      int k0 = key(f0);
      int k1 = key(f1);
      int k2 = key(f2);
      int k3 = key(f3);
      lo0 = Math.min(lo0, Math.min(k0, k2));
      lo1 = Math.min(lo1, Math.min(k1, k3));
      hi0 = Math.max(hi0, Math.max(k0, k2));
      hi1 = Math.max(hi1, Math.max(k1, k3));
      double v0 = f0;
      double v1 = f1;
      double v2 = f2;
      double v3 = f3;
      s0 += v0;
      s1 += v1;
      s2 += v2;
      s3 += v3;
      a0 += Math.abs(v0);
      a1 += Math.abs(v1);
      a2 += Math.abs(v2);
      a3 += Math.abs(v3);
      q0 += v0 * v0;
      q1 += v1 * v1;
      q2 += v2 * v2;
      q3 += v3 * v3;
    }
    for (; i < end; i++) {
      float f = x[i];
      int k = key(f);
      lo0 = Math.min(lo0, k);
      hi0 = Math.max(hi0, k);
      double v = f;
      s0 += v;
      a0 += Math.abs(v);
      q0 += v * v;
    }
    double s = (s0 + s1) + (s2 + s3);
    float lo;
    float hi;
    if (Double.isNaN(s)) {
      lo = Float.POSITIVE_INFINITY;
      hi = Float.NEGATIVE_INFINITY;
      for (int j = offset; j < end; j++) {
        float v = x[j];
        if (v == v) {
          lo = Math.min(lo, v);
          hi = Math.max(hi, v);
        }
      }
    } else {
      lo = fromKey(Math.min(lo0, lo1));
      hi = fromKey(Math.max(hi0, hi1));
    }
    min = Math.min(min, lo);
    max = Math.max(max, hi);
    sum += s;
    sumAbs += (a0 + a1) + (a2 + a3);
    sumSquares += (q0 + q1) + (q2 + q3);
    count += n;
    return this;
  }

  /**
   * An int whose signed order is the order of the floats (-0.0 just below 0.0): the bits of a
   * positive float are already ordered; for a negative one the magnitude bits are flipped.
   */
  private static int key(float f) {
    int b = Float.floatToRawIntBits(f);
    return b ^ ((b >> 31) & 0x7FFFFFFF);
  }

  /** The inverse of {@link #key} (the same bit flip). */
  private static float fromKey(int k) {
    return Float.intBitsToFloat(k ^ ((k >> 31) & 0x7FFFFFFF));
  }

  /** Number of samples added. */
  public long count() {
    return count;
  }

  /** Smallest sample (NaN ignored, -0.0 below 0.0), +Infinity if none. */
  public float min() {
    return min;
  }

  /** Largest sample (NaN ignored, 0.0 above -0.0), -Infinity if none. */
  public float max() {
    return max;
  }

  /** Sum of the samples. */
  public double sum() {
    return sum;
  }

  /** Sum of |x|. */
  public double sumAbs() {
    return sumAbs;
  }

  /** Sum of x^2. */
  public double sumSquares() {
    return sumSquares;
  }

  /** sum / count, NaN if no samples. */
  public double mean() {
    return count == 0 ? Double.NaN : sum / count;
  }

  /** sumAbs / count: the mean absolute amplitude, NaN if no samples. */
  public double meanAbs() {
    return count == 0 ? Double.NaN : sumAbs / count;
  }

  /** sqrt(sumSquares / count): the root-mean-square amplitude, NaN if no samples. */
  public double rms() {
    return count == 0 ? Double.NaN : Math.sqrt(sumSquares / count);
  }

  @Override
  public String toString() {
    return "TraceStats[count="
        + count
        + ", min="
        + min
        + ", max="
        + max
        + ", sum="
        + sum
        + ", sumAbs="
        + sumAbs
        + ", sumSquares="
        + sumSquares
        + "]";
  }

  /**
   * The mean of |x| over {@code x[offset..offset+n-1]} alone, accumulated in double in eight
   * interleaved partial sums (a shorter dependency chain than the full statistics): the
   * reduction of the scan benchmark and of per-trace amplitude maps. NaN if n is 0.
   */
  public static double meanAbs(float[] x, int offset, int n) {
    Objects.checkFromIndexSize(offset, n, x.length);
    double s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0, s7 = 0;
    int i = offset;
    int end = offset + n;
    for (; i + 7 < end; i += 8) {
      s0 += Math.abs(x[i]);
      s1 += Math.abs(x[i + 1]);
      s2 += Math.abs(x[i + 2]);
      s3 += Math.abs(x[i + 3]);
      s4 += Math.abs(x[i + 4]);
      s5 += Math.abs(x[i + 5]);
      s6 += Math.abs(x[i + 6]);
      s7 += Math.abs(x[i + 7]);
    }
    for (; i < end; i++) {
      s0 += Math.abs(x[i]);
    }
    return ((s0 + s1) + (s2 + s3) + ((s4 + s5) + (s6 + s7))) / n;
  }
}
