package dev.fathom.segy.codec;

/**
 * Exact conversions between IBM System/360 single-precision hexadecimal floats (SEG-Y sample format
 * 1) and IEEE 754 floats.
 *
 * <p>An IBM single is a 32-bit word {@code S | E | F}: sign bit S, 7-bit exponent E in excess 64,
 * radix 16, and a 24-bit fraction F read as an unsigned integer. Its value is
 *
 * <pre>    (-1)^S * F * 2^(4 * (E - 64) - 24)</pre>
 *
 * (specs/segy.md §4.2; SEG-Y rev 1 appendix E; IBM System/370 Principles of Operation, chapter 9).
 * Every IBM single is exactly representable as an IEEE double (at most 24 significant bits,
 * magnitudes 2^-280 to 2^252), so decoding to double is exact, and decoding to float rounds exactly
 * once (round to nearest even) from the exact value. Consequently:
 *
 * <ul>
 *   <li><b>Un-normalised</b> words (top hex digit of F zero, legal and present in real data) are
 *       decoded with the same formula: {@code 0x42000001} is 2^-16, not 8.0 as the usual bit trick
 *       gives (segyio).
 *   <li><b>Zero</b>: F = 0 gives zero whatever E is ("dirty zeros" such as {@code 0x40000000} are
 *       0, not 0.03125). The <b>sign of zero is kept</b>: {@code 0x80000000} decodes to -0.0, as
 *       IEEE arithmetic on the formula gives (sigrun does the same; segyio returns +0.0). -0.0 ==
 *       0.0 in every comparison, so this only shows in bit patterns and in 1/x.
 *   <li><b>Overflow</b>: magnitudes of 2^128 and above (words above {@code 0x60FFFFFF}, whose value
 *       is exactly Float.MAX_VALUE) decode to float ±Infinity (IEEE rounding; segyio returns NaN).
 *   <li><b>Underflow</b>: magnitudes below 2^-126 decode to float subnormals (exact down to 2^-149,
 *       rounded to nearest even below), and to ±0 below 2^-150 (segyio flushes below 2^-126 to +0).
 * </ul>
 *
 * <p>Encoding ({@link #fromDouble}) rounds the fraction to nearest, ties to even, and always
 * produces a normalised word or true zero; see there.
 */
public final class IbmFloat {
  /** Largest IBM magnitude, word {@code 0x7FFFFFFF}: (2^24 - 1) * 2^228, about 7.237e75. */
  public static final double MAX_VALUE = 0x0.FFFFFFp252;

  /** Smallest normalised IBM magnitude, word {@code 0x00100000}: 16^-65 = 2^-260, about 5.4e-79. */
  public static final double MIN_NORMAL = 0x1p-260;

  /**
   * Largest IBM value that decodes to a finite float: word {@code 0x60FFFFFF} = Float.MAX_VALUE.
   */
  public static final int MAX_FINITE_FLOAT_WORD = 0x60FFFFFF;

  private static final int SIGN = 0x80000000;
  private static final int FRACTION = 0x00FFFFFF;

  /**
   * (-1)^S * 2^(4(E - 64) - 24) for each top byte S|E of a word: 256 exact powers of two, from
   * 2^-280 to 2^228. F times this is the exact value of the word (F < 2^24, so the double product
   * is exact), with the sign of zero coming out right (0 * -2^k = -0.0).
   */
  private static final double[] SCALE = new double[256];

  static {
    for (int top = 0; top < 256; top++) {
      double magnitude = Math.scalb(1.0, 4 * ((top & 0x7F) - 64) - 24);
      SCALE[top] = top < 128 ? magnitude : -magnitude;
    }
  }

  private IbmFloat() {}

  /** The exact value of an IBM word (general formula, specs/segy.md §4.2); sign of zero kept. */
  public static double toDouble(int ibm) {
    return (ibm & FRACTION) * SCALE[ibm >>> 24];
  }

  /**
   * An IBM word rounded once to the nearest float (ties to even): overflow gives ±Infinity,
   * underflow gives subnormals or ±0, the sign of zero is kept.
   *
   * <p>This is the hot conversion of format-1 decoding. The general formula itself, branch-free
   * (one int-to-double conversion, one multiplication by a scale looked up in a 2 KB table, one
   * rounding to float), is exact for every word, so no separate fast path for normalised in-range
   * words is needed: a bit-assembly fast path (shift the fraction by its leading hex zeros, build
   * the float exponent, fall back to the formula outside the float range) measured about twice as
   * slow (1.36 against 0.72 ns per word).
   */
  public static float toFloat(int ibm) {
    return (float) ((ibm & FRACTION) * SCALE[ibm >>> 24]);
  }

  /**
   * The IBM word nearest to {@code value}.
   *
   * <p>Algorithm: with e2 the binary exponent of |value|, the IBM exponent is E = floor(e2 / 4) +
   * 65, so that F = |value| * 2^(24 - 4(E - 64)) lies in [2^20, 2^24); F is rounded to the nearest
   * integer, <b>ties to even</b> ({@link Math#rint}), and a carry to 2^24 renormalises to 2^20 with
   * E + 1. The result is always normalised. An IEEE float has 24 significant bits and the IBM
   * fraction keeps 21 to 24 of them (3 bits lost at worst), so float -> IBM -> float is exact only
   * when the dropped bits are zero; IBM -> float -> IBM is exact for every normalised word in float
   * range. (segyio truncates instead of rounding.)
   *
   * <p>Zero: both +0.0 and -0.0 are written as true zero {@code 0x00000000} (IBM's own convention
   * and specs/segy.md §4.2), and so is every |value| below {@link #MIN_NORMAL} (IBM has no gradual
   * underflow). Decoding therefore never gives back -0.0 from an encoded value.
   *
   * @throws IllegalArgumentException if value is NaN or infinite (IBM has neither), or if its
   *     magnitude rounds above {@link #MAX_VALUE} (impossible for a float)
   */
  public static int fromDouble(double value) {
    double a = Math.abs(value);
    if (!(a < Double.POSITIVE_INFINITY)) {
      throw new IllegalArgumentException(
          "IBM floating point has no NaN or infinity, cannot encode " + value);
    }
    if (a < MIN_NORMAL) {
      return 0;
    }
    int e = Math.floorDiv(Math.getExponent(a), 4) + 65;
    double f = Math.rint(Math.scalb(a, 24 - 4 * (e - 64))); // scalb exact: no under/overflow
    if (f == 0x1p24) {
      f = 0x1p20;
      e++;
    }
    if (e > 127) {
      throw new IllegalArgumentException(
          "value " + value + " is beyond the largest IBM floating point magnitude " + MAX_VALUE);
    }
    return (value < 0 ? SIGN : 0) | (e << 24) | (int) f;
  }

  /** {@link #fromDouble(double)} of the exact double value of a float. */
  public static int fromFloat(float value) {
    return fromDouble(value);
  }
}
