package dev.fathom.segy.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** IBM conversions against the vectors of specs/segy.md §4.2 and an independent reference. */
class IbmFloatTest {
  /**
   * The §4.2 table: IBM word, exact float32 bits expected. The comments give the exact value and,
   * where it differs, what segyio returns.
   */
  private static final int[][] VECTORS = {
    {0x00000000, 0x00000000}, // 0
    {0x80000000, 0x80000000}, // -0 (kept; segyio +0)
    {0x41100000, 0x3F800000}, // 1.0
    {0xC1100000, 0xBF800000}, // -1.0
    {0x42640000, 0x42C80000}, // 100.0
    {0xC276A000, 0xC2ED4000}, // -118.625
    {0x40800000, 0x3F000000}, // 0.5
    {0x40100000, 0x3D800000}, // 0.0625
    {0x60FFFFFF, 0x7F7FFFFF}, // 3.4028234663852886e38 = FLT_MAX
    {0x611FFFFF, 0x7F800000}, // 6.8056e38 -> +Inf (segyio NaN)
    {0x7FFFFFFF, 0x7F800000}, // 7.2370e75 -> +Inf (segyio NaN)
    {0xFFFFFFFF, 0xFF800000}, // -7.2370e75 -> -Inf (segyio NaN)
    {0x21200000, 0x00400000}, // 2^-127 = 5.877e-39, float32 subnormal (segyio 0)
    {0x00100000, 0x00000000}, // 16^-65 = 5.4e-79 -> 0 in float32
    {0x40000000, 0x00000000}, // dirty zero -> 0 (segyio 0.03125)
    {0x41000000, 0x00000000}, // dirty zero -> 0 (segyio 0.5)
    {0x4100FFFF, 0x3D7FFF00}, // un-normalised: 0xFFFF / 2^20 = 0.062499046 (segyio 0.53124952)
    {0x42000001, 0x37800000}, // un-normalised: 2^-16 = 1.52587890625e-05 (segyio 8.0000076)
    {0xB80480CC, 0xAC901980}, // real word of obspy 00001034.sgy: -4.0955572e-12 (segyio -9.32e-12)
  };

  @Test
  void specVectorsDecodeToExactFloatBits() {
    for (int[] v : VECTORS) {
      String word = Integer.toHexString(v[0]);
      assertEquals(v[1], Float.floatToRawIntBits(IbmFloat.toFloat(v[0])), word);
      assertEquals(v[1], Float.floatToRawIntBits(bulk(v[0])), word);
      assertEquals(v[1], Float.floatToRawIntBits(reference(v[0])), word);
    }
  }

  @Test
  void specVectorsDecodeToExactFloatBitsThroughTheDecoderInBothByteOrders() {
    for (ByteOrder order : new ByteOrder[] {ByteOrder.BIG_ENDIAN, ByteOrder.LITTLE_ENDIAN}) {
      ByteBuffer b = ByteBuffer.allocate(4 * VECTORS.length).order(order);
      for (int[] v : VECTORS) {
        b.putInt(v[0]);
      }
      float[] x =
          SampleDecoder.of(SampleFormat.IBM_FLOAT32, order).decodeFloats(b, 0, VECTORS.length);
      for (int i = 0; i < VECTORS.length; i++) {
        assertEquals(VECTORS[i][1], Float.floatToRawIntBits(x[i]), order + " " + i);
      }
    }
  }

  @Test
  void specVectorsAsDecimalValues() {
    assertEquals(-118.625f, IbmFloat.toFloat(0xC276A000));
    assertEquals(3.4028234663852886e38, IbmFloat.toDouble(0x60FFFFFF));
    assertEquals(Float.MAX_VALUE, IbmFloat.toFloat(IbmFloat.MAX_FINITE_FLOAT_WORD));
    assertEquals(0x1p-127f, IbmFloat.toFloat(0x21200000));
    assertEquals(1.52587890625e-05f, IbmFloat.toFloat(0x42000001));
    assertEquals(0.062499046f, IbmFloat.toFloat(0x4100FFFF));
    assertEquals(-4.0955572e-12f, IbmFloat.toFloat(0xB80480CC));
    assertEquals(0x1p-260, IbmFloat.toDouble(0x00100000));
    assertEquals(IbmFloat.MIN_NORMAL, IbmFloat.toDouble(0x00100000));
    assertEquals(IbmFloat.MAX_VALUE, IbmFloat.toDouble(0x7FFFFFFF));
    assertEquals(-IbmFloat.MAX_VALUE, IbmFloat.toDouble(0xFFFFFFFF));
    assertEquals(0x1p-280, IbmFloat.toDouble(0x00000001)); // smallest un-normalised magnitude
    assertEquals(
        Double.doubleToRawLongBits(-0.0),
        Double.doubleToRawLongBits(IbmFloat.toDouble(0x80000000)));
    assertEquals(
        Double.doubleToRawLongBits(-0.0),
        Double.doubleToRawLongBits(IbmFloat.toDouble(0xC5000000)));
  }

  @Test
  void subnormalResultsRoundOnceToNearestEven() {
    // 0x1E000001 = 2^(4*(30-64)-24) = 2^-160: below half the smallest subnormal -> +0
    assertEquals(0, Float.floatToRawIntBits(IbmFloat.toFloat(0x1E000001)));
    // 0x1B800000 = 0x800000 * 2^(4*(27-64)-24) = 2^23 * 2^-172 = 2^-149 = Float.MIN_VALUE
    assertEquals(1, Float.floatToRawIntBits(IbmFloat.toFloat(0x1B800000)));
    // 0x1B400000 = 2^-150: exactly half of MIN_VALUE, tie -> even (0)
    assertEquals(0, Float.floatToRawIntBits(IbmFloat.toFloat(0x1B400000)));
    // 0x1B600000 = 1.5 * 2^-150 = 0.75 MIN_VALUE -> MIN_VALUE
    assertEquals(1, Float.floatToRawIntBits(IbmFloat.toFloat(0x1B600000)));
    // 0x1BC00000 = 1.5 MIN_VALUE, tie -> even (2 MIN_VALUE)
    assertEquals(2, Float.floatToRawIntBits(IbmFloat.toFloat(0x1BC00000)));
    // negative: sign kept through underflow
    assertEquals(0x80000000, Float.floatToRawIntBits(IbmFloat.toFloat(0x9E000001)));
  }

  /**
   * The bulk (hot-loop) conversion and toFloat/toDouble against a BigDecimal reference (exact
   * value, rounded by BigDecimal.floatValue) on random words, every sign/exponent pair included,
   * normalised and un-normalised fractions, zeros.
   */
  @Test
  void conversionsAreBitIdenticalToTheBigDecimalReferenceOnRandomWords() {
    Random random = new Random(20240601);
    int[] fractions = {0, 1, 0xF, 0xFFFFF, 0x100000, 0x7FFFFF, 0x800000, 0xFFFFFF, 0x0FFFFF, 0x10};
    for (int se = 0; se < 256; se++) {
      for (int f : fractions) {
        checkAgainstBigDecimal((se << 24) | f);
      }
      for (int k = 0; k < 40; k++) {
        checkAgainstBigDecimal((se << 24) | random.nextInt(1 << 24));
        // un-normalised fractions of every length
        checkAgainstBigDecimal((se << 24) | (random.nextInt(1 << 24) >>> random.nextInt(24)));
      }
    }
  }

  /** Many more random words against the independent double reference (Math.scalb, one cast). */
  @Test
  void conversionsAreBitIdenticalToTheDoubleReferenceOnMillionsOfRandomWords() {
    Random random = new Random(7);
    int n = 1 << 22;
    int[] words = new int[n];
    for (int i = 0; i < n; i++) {
      words[i] = random.nextInt();
    }
    ByteBuffer b = ByteBuffer.allocateDirect(4 * n).order(ByteOrder.LITTLE_ENDIAN);
    b.asIntBuffer().put(words);
    float[] bulk =
        SampleDecoder.of(SampleFormat.IBM_FLOAT32, ByteOrder.LITTLE_ENDIAN).decodeFloats(b, 0, n);
    double[] bulkDoubles =
        SampleDecoder.of(SampleFormat.IBM_FLOAT32, ByteOrder.LITTLE_ENDIAN).decodeDoubles(b, 0, n);
    for (int i = 0; i < n; i++) {
      int w = words[i];
      int expected = Float.floatToRawIntBits(referenceDouble32(w));
      if (expected != Float.floatToRawIntBits(bulk[i])
          || expected != Float.floatToRawIntBits(IbmFloat.toFloat(w))) {
        throw new AssertionError(
            "word "
                + Integer.toHexString(w)
                + ": expected "
                + Integer.toHexString(expected)
                + " got "
                + Integer.toHexString(Float.floatToRawIntBits(bulk[i])));
      }
      long expectedDouble = Double.doubleToRawLongBits(referenceDouble(w));
      if (expectedDouble != Double.doubleToRawLongBits(IbmFloat.toDouble(w))
          || expectedDouble != Double.doubleToRawLongBits(bulkDoubles[i])) {
        throw new AssertionError("double of word " + Integer.toHexString(w));
      }
    }
  }

  @Test
  void encodingRoundsTheFractionToNearestEven() {
    assertEquals(0x41100000, IbmFloat.fromFloat(1.0f));
    assertEquals(0xC1100000, IbmFloat.fromFloat(-1.0f));
    assertEquals(0x42640000, IbmFloat.fromFloat(100.0f));
    assertEquals(0xC276A000, IbmFloat.fromFloat(-118.625f));
    assertEquals(0x60FFFFFF, IbmFloat.fromFloat(Float.MAX_VALUE));
    assertEquals(0x21200000, IbmFloat.fromFloat(0x1p-127f)); // from a subnormal float
    assertEquals(
        0x1B800000, IbmFloat.fromFloat(Float.MIN_VALUE)); // 2^-149 = 2^23 * 16^(27-64) * 2^-24
    // 1 + 2^-23: F = 2^20 + 1/8 -> 2^20
    assertEquals(0x41100000, IbmFloat.fromFloat(Float.intBitsToFloat(0x3F800001)));
    // 1 + 2^-21: F = 2^20 + 1/2, tie -> even 2^20
    assertEquals(0x41100000, IbmFloat.fromFloat(Float.intBitsToFloat(0x3F800004)));
    // 1 + 3 * 2^-21: F = 2^20 + 3/2, tie -> even 2^20 + 2
    assertEquals(0x41100002, IbmFloat.fromFloat(Float.intBitsToFloat(0x3F80000C)));
    // 1 + 5 * 2^-23: F = 2^20 + 5/8 -> 2^20 + 1 (above the tie)
    assertEquals(0x41100001, IbmFloat.fromFloat(Float.intBitsToFloat(0x3F800005)));
    // -(1 + 3 * 2^-22): F = 2^20 + 3/4 -> 2^20 + 1, sign kept
    assertEquals(0xC1100001, IbmFloat.fromFloat(-Float.intBitsToFloat(0x3F800006)));
    // a carry out of the fraction renormalises: 16 - 2^-40 -> F rounds to 2^24 -> 16 = 0x42100000
    assertEquals(0x42100000, IbmFloat.fromDouble(16 - 0x1p-40));
    assertEquals(0x41FFFFFF, IbmFloat.fromDouble(16 - 0x1p-20));
  }

  @Test
  void zerosUnderflowAndOverflowWhenEncoding() {
    assertEquals(0, IbmFloat.fromFloat(0.0f));
    assertEquals(0, IbmFloat.fromFloat(-0.0f)); // true zero, documented choice
    assertEquals(0x00100000, IbmFloat.fromDouble(IbmFloat.MIN_NORMAL));
    assertEquals(0x80100000, IbmFloat.fromDouble(-IbmFloat.MIN_NORMAL));
    assertEquals(0, IbmFloat.fromDouble(Math.nextDown(IbmFloat.MIN_NORMAL)));
    assertEquals(0, IbmFloat.fromDouble(-1e-300));
    assertEquals(0x7FFFFFFF, IbmFloat.fromDouble(IbmFloat.MAX_VALUE));
    assertEquals(0xFFFFFFFF, IbmFloat.fromDouble(-IbmFloat.MAX_VALUE));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> IbmFloat.fromDouble(1e76));
    assertTrue(e.getMessage().contains("1.0E76"), e.getMessage());
    // rounding: within half a unit of MAX_VALUE rounds down to it, the tie rounds up (to even) and
    // overflows
    assertEquals(0x7FFFFFFF, IbmFloat.fromDouble(Math.nextUp(IbmFloat.MAX_VALUE)));
    assertEquals(0x7FFFFFFF, IbmFloat.fromDouble(Math.nextDown(0x1p252 - 0x1p227)));
    assertThrows(IllegalArgumentException.class, () -> IbmFloat.fromDouble(0x1p252 - 0x1p227));
    assertThrows(IllegalArgumentException.class, () -> IbmFloat.fromFloat(Float.NaN));
    assertThrows(IllegalArgumentException.class, () -> IbmFloat.fromFloat(Float.POSITIVE_INFINITY));
    assertThrows(
        IllegalArgumentException.class, () -> IbmFloat.fromDouble(Double.NEGATIVE_INFINITY));
  }

  /** fromDouble against a BigDecimal HALF_EVEN rounding of the exact scaled fraction. */
  @Test
  void encodingMatchesABigDecimalHalfEvenReferenceOnRandomDoubles() {
    Random random = new Random(99);
    for (int k = 0; k < 40_000; k++) {
      double v =
          Math.scalb(random.nextDouble() + 0.5, random.nextInt(1000) - 500)
              * (random.nextBoolean() ? 1 : -1);
      if (k % 4 == 0) {
        v = Float.intBitsToFloat(random.nextInt()); // random float bit patterns, ties included
        if (!Float.isFinite((float) v)) {
          continue;
        }
      }
      int expected;
      try {
        expected = referenceEncode(v);
      } catch (ArithmeticException overflow) {
        double value = v;
        assertThrows(IllegalArgumentException.class, () -> IbmFloat.fromDouble(value));
        continue;
      }
      assertEquals(expected, IbmFloat.fromDouble(v), Double.toString(v));
    }
  }

  /** Every normalised word survives decode -> encode: to double always, to float in float range. */
  @Test
  void normalisedWordsRoundTrip() {
    Random random = new Random(3);
    for (int k = 0; k < 1_000_000; k++) {
      int w = (random.nextInt() & 0xFF000000) | (0x100000 + random.nextInt(0xF00000));
      assertEquals(w, IbmFloat.fromDouble(IbmFloat.toDouble(w)));
      float f = IbmFloat.toFloat(w);
      if (Math.abs(f) >= Float.MIN_NORMAL && Math.abs(f) <= Float.MAX_VALUE) {
        assertEquals(w, IbmFloat.fromFloat(f));
      }
    }
  }

  // ---- independent references ----

  /** The decoder's hot loop, on one big-endian word at an odd offset. */
  private static float bulk(int w) {
    ByteBuffer b = ByteBuffer.allocate(9).putInt(5, w);
    float[] out = new float[3];
    SampleDecoder.of(SampleFormat.IBM_FLOAT32, ByteOrder.BIG_ENDIAN).decode(b, 5, out, 2, 1);
    return out[2];
  }

  /** (-1)^S * F * 2^(4(E-64)-24) with BigDecimal, rounded to float by BigDecimal.floatValue(). */
  static float reference(int w) {
    float magnitude = exact(w & 0x7FFFFFFF).floatValue(); // overflow gives Infinity
    return w < 0 ? -magnitude : magnitude;
  }

  private static void checkAgainstBigDecimal(int w) {
    float expected = reference(w);
    assertEquals(
        Float.floatToRawIntBits(expected),
        Float.floatToRawIntBits(bulk(w)),
        Integer.toHexString(w));
    assertEquals(
        Float.floatToRawIntBits(expected),
        Float.floatToRawIntBits(IbmFloat.toFloat(w)),
        Integer.toHexString(w));
    assertEquals(
        exact(w & 0x7FFFFFFF).doubleValue() * (w < 0 ? -1 : 1),
        IbmFloat.toDouble(w),
        Integer.toHexString(w));
  }

  private static BigDecimal exact(int w) {
    int e = (w >>> 24) & 0x7F;
    int p = 4 * (e - 64) - 24;
    BigDecimal f = new BigDecimal(w & 0xFFFFFF);
    BigDecimal pow = new BigDecimal(BigInteger.ONE.shiftLeft(Math.abs(p)));
    return p >= 0 ? f.multiply(pow) : f.divide(pow);
  }

  /** The formula evaluated with Math.scalb in double (exact) and one cast to float. */
  private static float referenceDouble32(int w) {
    return (float) referenceDouble(w);
  }

  private static double referenceDouble(int w) {
    int e = (w >>> 24) & 0x7F;
    double m = Math.scalb((double) (w & 0xFFFFFF), 4 * (e - 64) - 24);
    return w < 0 ? -m : m;
  }

  /**
   * IBM word of v: F = |v| * 16^(64 - E) * 2^24 rounded HALF_EVEN, normalised; ArithmeticException
   * on overflow.
   */
  private static int referenceEncode(double v) {
    BigDecimal a = new BigDecimal(Math.abs(v));
    if (a.compareTo(new BigDecimal(0x1p-260)) < 0) {
      return 0;
    }
    int estimate = Math.floorDiv(Math.getExponent(v), 4) + 65; // only where to start looking
    for (int e = Math.max(0, estimate - 3); e < 128; e++) {
      BigDecimal scaled = scale(a, 24 - 4 * (e - 64));
      BigInteger f = scaled.setScale(0, RoundingMode.HALF_EVEN).toBigIntegerExact();
      if (f.compareTo(BigInteger.ONE.shiftLeft(24)) < 0
          && f.compareTo(BigInteger.ONE.shiftLeft(20)) >= 0) {
        return (v < 0 ? 0x80000000 : 0) | (e << 24) | f.intValueExact();
      }
    }
    throw new ArithmeticException("overflow");
  }

  private static BigDecimal scale(BigDecimal a, int p) {
    BigDecimal pow = new BigDecimal(BigInteger.ONE.shiftLeft(Math.abs(p)));
    return p >= 0 ? a.multiply(pow) : a.divide(pow);
  }
}
