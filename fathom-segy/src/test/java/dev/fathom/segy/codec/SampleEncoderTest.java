package dev.fathom.segy.codec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.ReadOnlyBufferException;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SampleEncoderTest {
  private static final ByteOrder BE = ByteOrder.BIG_ENDIAN;
  private static final ByteOrder LE = ByteOrder.LITTLE_ENDIAN;
  private static final ByteOrder[] ORDERS = {BE, LE};

  /**
   * For every format and byte order: random values representable in the format (and, for the float
   * API, in float) encode to the bytes ByteBuffer's own putters give (per-sample reference) and
   * decode back to identical bits. 5000 samples cross the chunk boundaries.
   */
  @Test
  void representableValuesRoundTripInEveryFormatAndByteOrder() {
    Random random = new Random(5);
    int n = 5000;
    for (SampleFormat f : SampleFormat.values()) {
      for (ByteOrder order : ORDERS) {
        double[] d = new double[n];
        float[] x = new float[n];
        for (int i = 0; i < n; i++) {
          d[i] = randomRepresentable(f, random, false);
          x[i] = (float) randomRepresentable(f, random, true);
        }
        SampleEncoder encoder = SampleEncoder.of(f, order);
        SampleDecoder decoder = SampleDecoder.of(f, order);
        int at = 5; // odd byte index
        ByteBuffer b = ByteBuffer.allocate(at + n * f.bytesPerSample() + 3);
        ByteBuffer direct = ByteBuffer.allocateDirect(b.capacity());

        encoder.encode(d, 0, n, b, at);
        encoder.encode(d, 0, n, direct, at);
        assertEquals(b.rewind(), direct.rewind(), f + " " + order + ": heap and direct bytes");
        assertArrayEquals(
            referenceBytes(f, order, d), slice(b, at, n * f.bytesPerSample()), f + " " + order);
        assertBitsEqual(d, decoder.decodeDoubles(b, at, n), f + " " + order);

        encoder.encode(x, 0, n, b, at);
        double[] widened = new double[n];
        for (int i = 0; i < n; i++) {
          widened[i] = x[i];
        }
        assertArrayEquals(
            referenceBytes(f, order, widened),
            slice(b, at, n * f.bytesPerSample()),
            f + " " + order);
        float[] back = decoder.decodeFloats(b, at, n);
        for (int i = 0; i < n; i++) {
          assertEquals(
              Float.floatToRawIntBits(x[i]),
              Float.floatToRawIntBits(back[i]),
              f + " " + order + " " + i);
        }
      }
    }
  }

  @Test
  void integerEncodingRoundsHalfToEven() {
    double[] v = {2.5, 3.5, -2.5, -0.5, 0.5, 1.5, 0.49999999999999994, -32768.5, 32767.4, -0.0};
    ByteBuffer b = ByteBuffer.allocate(2 * v.length);
    SampleEncoder.of(SampleFormat.INT16, BE).encode(v, 0, v.length, b, 0);
    assertArrayEquals(
        new double[] {2, 4, -2, 0, 0, 2, 0, -32768, 32767, 0},
        SampleDecoder.of(SampleFormat.INT16, BE).decodeDoubles(b, 0, v.length));
    float[] x = {126.5f, 125.5f, -128.4f, -127.5f};
    ByteBuffer c = ByteBuffer.allocate(4);
    SampleEncoder.of(SampleFormat.INT8, LE).encode(x, 0, 4, c, 0);
    assertArrayEquals(new byte[] {126, 126, -128, -128}, c.array());
  }

  @Test
  void outOfRangeValuesAreRefusedNeverClamped() {
    assertRefused(
        SampleFormat.INT16,
        40000.0,
        "sample 1: value 40000.0 is out of range for format 3"
            + " (2-byte two's complement integer): [-32768, 32767]");
    assertRefused(
        SampleFormat.INT16, 32767.5, "sample 1: value 32767.5 (rounded to 32768) is out of range");
    assertRefused(
        SampleFormat.UINT8,
        -1.0,
        "sample 1: value -1.0 is out of range for format 16"
            + " (1-byte unsigned integer): [0, 255]");
    assertRefused(SampleFormat.UINT8, -0.6, "value -0.6 (rounded to -1) is out of range");
    assertRefused(SampleFormat.INT24, 8388608.0, "[-8388608, 8388607]");
    assertRefused(SampleFormat.UINT24, 16777216.0, "[0, 16777215]");
    assertRefused(SampleFormat.INT32, 2147483648.0, "[-2147483648, 2147483647]");
    assertRefused(SampleFormat.UINT32, 4294967296.0, "[0, 4294967295]");
    assertRefused(SampleFormat.INT64, 0x1p63, "[-9223372036854775808, 9223372036854775807]");
    assertRefused(SampleFormat.UINT64, 0x1p64, "[0, 18446744073709551615]");
    assertRefused(SampleFormat.UINT64, -1.0, "value -1.0 is out of range");
    for (SampleFormat f : SampleFormat.values()) {
      if (f.isInteger()) {
        assertRefused(f, Double.NaN, "sample 1: value NaN is out of range for " + f);
        assertRefused(f, Double.POSITIVE_INFINITY, "value Infinity is out of range");
        assertRefused(f, Double.NEGATIVE_INFINITY, "value -Infinity is out of range");
      }
    }
    assertRefused(
        SampleFormat.IBM_FLOAT32,
        Double.NaN,
        "sample 1: IBM floating point has no NaN or infinity, cannot encode NaN (format 1 (4-byte"
            + " IBM floating point))");
    assertRefused(
        SampleFormat.IBM_FLOAT32, 1e77, "sample 1: value 1.0E77 is beyond the largest IBM");
    assertRefused(SampleFormat.IEEE_FLOAT32, 1e39, "sample 1: value 1.0E39 overflows format 5");
  }

  @Test
  void extremesOfTheIntegerRangesAreKept() {
    double[] v = {-0x1p63, 0x1p63 - 1024}; // the largest double below 2^63
    ByteBuffer b = ByteBuffer.allocate(16);
    SampleEncoder.of(SampleFormat.INT64, BE).encode(v, 0, 2, b, 0);
    assertEquals("80000000000000007ffffffffffffc00", HexFormat.of().formatHex(b.array()));
    double[] u = {0x1p64 - 2048, 0x1p63};
    SampleEncoder.of(SampleFormat.UINT64, LE).encode(u, 0, 2, b, 0);
    assertEquals("00f8ffffffffffff0000000000000080", HexFormat.of().formatHex(b.array()));
    assertArrayEquals(u, SampleDecoder.of(SampleFormat.UINT64, LE).decodeDoubles(b, 0, 2));
    ByteBuffer c = ByteBuffer.allocate(4);
    SampleEncoder.of(SampleFormat.UINT32, BE).encode(new double[] {4294967295.0}, 0, 1, c, 0);
    assertEquals("ffffffff", HexFormat.of().formatHex(c.array()));
  }

  @Test
  void zerosNansAndInfinitiesInTheFloatFormats() {
    ByteBuffer b = ByteBuffer.allocate(8);
    SampleEncoder.of(SampleFormat.IBM_FLOAT32, BE)
        .encode(new float[] {-0.0f, 0x1p-149f}, 0, 2, b, 0);
    assertEquals("000000001b800000", HexFormat.of().formatHex(b.array())); // -0 -> true zero
    SampleEncoder.of(SampleFormat.IEEE_FLOAT32, BE)
        .encode(new float[] {-0.0f, Float.intBitsToFloat(0x7fc00001)}, 0, 2, b, 0);
    assertEquals("800000007fc00001", HexFormat.of().formatHex(b.array())); // bits kept
    SampleEncoder.of(SampleFormat.IEEE_FLOAT32, LE)
        .encode(new double[] {Double.NEGATIVE_INFINITY, 0x1p-160}, 0, 2, b, 0);
    assertEquals(
        "000080ff00000000", HexFormat.of().formatHex(b.array())); // -Inf kept, underflow to 0
    SampleEncoder.of(SampleFormat.IEEE_FLOAT32, BE)
        .encode(new double[] {1 + 0x1p-24, 1 + 0x1.8p-23}, 0, 2, b, 0);
    assertEquals("3f8000003f800002", HexFormat.of().formatHex(b.array())); // ties to even
    ByteBuffer d = ByteBuffer.allocate(8);
    SampleEncoder.of(SampleFormat.IEEE_FLOAT64, LE).encode(new float[] {-0.0f}, 0, 1, d, 0);
    assertEquals("0000000000000080", HexFormat.of().formatHex(d.array()));
  }

  @Test
  void errorsNameTheSampleWithinTheCallAcrossChunks() {
    double[] v = new double[6000];
    v[4500] = 1e6;
    ByteBuffer b = ByteBuffer.allocate(2 * 6000);
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> SampleEncoder.of(SampleFormat.INT16, BE).encode(v, 0, 6000, b, 0));
    assertTrue(e.getMessage().startsWith("sample 4500: value 1000000.0"), e.getMessage());
    float[] x = new float[6000];
    x[5000] = Float.NaN;
    e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                SampleEncoder.of(SampleFormat.IBM_FLOAT32, LE)
                    .encode(x, 1000, 5000, ByteBuffer.allocate(20000), 0));
    assertTrue(
        e.getMessage().startsWith("sample 4000: IBM floating point has no NaN"), e.getMessage());
  }

  @Test
  void theBufferStateIsNeitherUsedNorChangedAndBoundsAreChecked() {
    ByteBuffer b = ByteBuffer.allocate(12).order(LE);
    b.position(3).limit(9);
    SampleEncoder e = SampleEncoder.of(SampleFormat.INT24, BE);
    e.encode(new double[] {-2, 0x123456}, 0, 2, b, 2);
    assertEquals("0000fffffe12345600000000", HexFormat.of().formatHex(b.array()));
    assertEquals(3, b.position());
    assertEquals(9, b.limit());
    assertSame(LE, b.order());
    assertThrows(
        IndexOutOfBoundsException.class, () -> e.encode(new double[2], 0, 2, b, 4)); // past limit 9
    assertThrows(IndexOutOfBoundsException.class, () -> e.encode(new double[2], 1, 2, b, 0));
    assertThrows(
        ReadOnlyBufferException.class,
        () -> e.encode(new float[1], 0, 1, ByteBuffer.allocate(3).asReadOnlyBuffer(), 0));
    assertEquals(SampleFormat.INT24, e.format());
    assertEquals(BE, e.order());
  }

  // ---- helpers ----

  private static void assertRefused(SampleFormat f, double value, String messagePart) {
    ByteBuffer b = ByteBuffer.allocate(3 * f.bytesPerSample());
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> SampleEncoder.of(f, BE).encode(new double[] {0, value, 0}, 0, 3, b, 0));
    assertTrue(e.getMessage().contains(messagePart), e.getMessage());
    if (f != SampleFormat.IEEE_FLOAT32 && f != SampleFormat.IEEE_FLOAT64) {
      float v = (float) value;
      if ((double) v == value || Double.isNaN(value)) {
        assertThrows(
            IllegalArgumentException.class,
            () -> SampleEncoder.of(f, LE).encode(new float[] {0, v, 0}, 0, 3, b, 0));
      }
    }
  }

  /** A random value exactly representable in f (and in float if asFloat). */
  private static double randomRepresentable(SampleFormat f, Random random, boolean asFloat) {
    switch (f) {
      case IBM_FLOAT32:
        {
          // a normalised IBM word whose value is a normal float (asFloat) or any normalised word
          int e = asFloat ? 34 + random.nextInt(96 - 34 + 1) : random.nextInt(128);
          int word =
              (random.nextBoolean() ? 0x80000000 : 0)
                  | (e << 24)
                  | (0x100000 + random.nextInt(0xF00000));
          return IbmFloat.toDouble(word);
        }
      case IEEE_FLOAT32:
        return randomFiniteFloat(random);
      case IEEE_FLOAT64:
        return asFloat ? randomFiniteFloat(random) : randomFiniteDouble(random);
      default:
        {
          double lo = f.minValue();
          double hi = f.maxValueExclusive();
          long bits = random.nextLong() >>> random.nextInt(64); // every magnitude
          double v =
              f.isSigned() && random.nextBoolean() ? 0.0 - bits : (double) bits; // never -0.0
          if (asFloat) {
            v = (float) v;
          }
          return v >= lo && v < hi ? v : (f.isSigned() ? Math.rint(lo / 3) : Math.rint(hi / 3));
        }
    }
  }

  private static float randomFiniteFloat(Random random) {
    float v;
    do {
      v = Float.intBitsToFloat(random.nextInt());
    } while (!Float.isFinite(v));
    return v;
  }

  private static double randomFiniteDouble(Random random) {
    double v;
    do {
      v = Double.longBitsToDouble(random.nextLong());
    } while (!Double.isFinite(v));
    return v;
  }

  /** The bytes of values in format f, written sample by sample with ByteBuffer's putters. */
  private static byte[] referenceBytes(SampleFormat f, ByteOrder order, double[] v) {
    ByteBuffer b = ByteBuffer.allocate(v.length * f.bytesPerSample()).order(order);
    for (double x : v) {
      switch (f) {
        case IBM_FLOAT32:
          b.putInt(IbmFloat.fromDouble(x));
          break;
        case IEEE_FLOAT32:
          b.putFloat((float) x);
          break;
        case IEEE_FLOAT64:
          b.putDouble(x);
          break;
        case INT8:
        case UINT8:
          b.put((byte) (long) x);
          break;
        case INT16:
        case UINT16:
          b.putShort((short) (long) x);
          break;
        case INT24:
        case UINT24:
          {
            int w = (int) (long) x;
            if (order == BE) {
              b.put((byte) (w >> 16)).put((byte) (w >> 8)).put((byte) w);
            } else {
              b.put((byte) w).put((byte) (w >> 8)).put((byte) (w >> 16));
            }
            break;
          }
        case INT32:
        case UINT32:
          b.putInt((int) (long) x);
          break;
        case INT64:
          b.putLong((long) x);
          break;
        case UINT64:
          b.putLong(new java.math.BigDecimal(x).toBigIntegerExact().longValue());
          break;
        default:
          throw new AssertionError(f);
      }
    }
    return b.array();
  }

  private static byte[] slice(ByteBuffer b, int at, int length) {
    byte[] out = new byte[length];
    b.get(at, out);
    return out;
  }

  private static void assertBitsEqual(double[] expected, double[] actual, String what) {
    for (int i = 0; i < expected.length; i++) {
      if (Double.doubleToRawLongBits(expected[i]) != Double.doubleToRawLongBits(actual[i])) {
        throw new AssertionError(
            what + " sample " + i + ": expected " + expected[i] + " got " + actual[i]);
      }
    }
  }
}
