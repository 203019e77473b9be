package dev.fathom.segy.codec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SampleDecoderTest {
  private static final ByteOrder BE = ByteOrder.BIG_ENDIAN;
  private static final ByteOrder LE = ByteOrder.LITTLE_ENDIAN;

  /** Big-endian hex samples, their exact values, and their values rounded to float. */
  @Test
  void integerFormatsDecodeToExactValuesInBothByteOrders() {
    check(SampleFormat.INT8, "80 ff 7f 00 01", new double[] {-128, -1, 127, 0, 1});
    check(SampleFormat.UINT8, "80 ff 7f 00 01", new double[] {128, 255, 127, 0, 1});
    check(
        SampleFormat.INT16, "8000 ffff 7fff 1234 0001", new double[] {-32768, -1, 32767, 4660, 1});
    check(
        SampleFormat.UINT16,
        "8000 ffff 7fff 1234 0001",
        new double[] {32768, 65535, 32767, 4660, 1});
    check(
        SampleFormat.INT24,
        "800000 ffffff 7fffff 123456 800001 000001",
        new double[] {-8388608, -1, 8388607, 0x123456, -8388607, 1});
    check(
        SampleFormat.UINT24,
        "800000 ffffff 7fffff 123456 800001 000001",
        new double[] {8388608, 16777215, 8388607, 0x123456, 8388609, 1});
    check(
        SampleFormat.INT32,
        "80000000 ffffffff 7fffffff 00000001 01000001",
        new double[] {-2147483648.0, -1, 2147483647.0, 1, 16777217});
    check(
        SampleFormat.UINT32,
        "80000000 ffffffff 7fffffff 00000001 01000001",
        new double[] {2147483648.0, 4294967295.0, 2147483647.0, 1, 16777217});
    check(
        SampleFormat.INT64,
        "8000000000000000 ffffffffffffffff 0000000000000001 001fffffffffffff",
        new double[] {-0x1p63, -1, 1, 0x1p53 - 1});
    check(
        SampleFormat.UINT64,
        "8000000000000000 ffffffffffffffff 0000000000000001 001fffffffffffff",
        new double[] {0x1p63, 0x1p64, 1, 0x1p53 - 1}); // 2^64 - 1 rounds to 2^64
  }

  @Test
  void floatOutputRoundsLargeIntegersOnceToNearestEven() {
    // 2^24 + 1 is a tie between 2^24 and 2^24 + 2 -> even 2^24; 2^24 + 3 -> 2^24 + 4
    float[] x = decodeFloats(SampleFormat.INT32, BE, "01000001 01000003 7fffffff");
    assertArrayEquals(new float[] {0x1p24f, 0x1p24f + 4, 0x1p31f}, x);
    // uint64 halving with a sticky bit: 2^63 + 1024 is a tie -> 2^63; 2^63 + 1025 -> 2^63 + 2048
    double[] d =
        decodeDoubles(
            SampleFormat.UINT64, BE, "8000000000000400 8000000000000401 fffffffffffffbff");
    assertArrayEquals(new double[] {0x1p63, 0x1p63 + 2048, 0x1p64 - 2048}, d);
    float[] f =
        decodeFloats(SampleFormat.UINT64, BE, "8000008000000000 8000008000000001 ffffffffffffffff");
    assertArrayEquals(new float[] {0x1p63f, 0x1p63f + 0x1p40f, 0x1p64f}, f);
    // int64 to double: 2^53 + 1 is a tie -> 2^53; -(2^53 + 3) is a tie -> -(2^53 + 4)
    assertArrayEquals(
        new double[] {0x1p53, -0x1p53 - 4},
        decodeDoubles(SampleFormat.INT64, LE, "0020000000000001 ffdffffffffffffd"));
  }

  @Test
  void ieeeFormatsKeepEveryBitPattern() {
    float[] x =
        decodeFloats(
            SampleFormat.IEEE_FLOAT32, BE, "3f800000 ff800000 7fc00001 00000001 80000000 7f7fffff");
    int[] bits = {0x3f800000, 0xff800000, 0x7fc00001, 0x00000001, 0x80000000, 0x7f7fffff};
    for (int i = 0; i < bits.length; i++) {
      assertEquals(bits[i], Float.floatToRawIntBits(x[i]), "sample " + i);
    }
    double[] d = decodeDoubles(SampleFormat.IEEE_FLOAT32, LE, "3f800000 80000000 00000001");
    assertEquals(1.0, d[0]);
    assertEquals(Double.doubleToRawLongBits(-0.0), Double.doubleToRawLongBits(d[1]));
    assertEquals(0x1p-149, d[2]);
    String hex =
        "3ff0000000000000 7e37e43c8800759c 0000000000000001 8000000000000000 c00c000000000000";
    double[] e = decodeDoubles(SampleFormat.IEEE_FLOAT64, BE, hex);
    assertArrayEquals(new double[] {1.0, 1e300, 0x1p-1074, -0.0, -3.5}, e);
    float[] ef = decodeFloats(SampleFormat.IEEE_FLOAT64, LE, hex);
    assertArrayEquals(new float[] {1.0f, Float.POSITIVE_INFINITY, 0.0f, -0.0f, -3.5f}, ef);
  }

  /**
   * Long runs (across chunk boundaries) of random bytes in every format and byte order, in heap,
   * direct and read-only buffers, at odd byte and array offsets, against a per-sample reference
   * built on ByteBuffer's absolute getters and BigDecimal rounding.
   */
  @Test
  void bulkDecodingMatchesAPerSampleReference() {
    Random random = new Random(11);
    int n = 5000;
    int byteIndex = 7;
    int dstOffset = 3;
    for (SampleFormat f : SampleFormat.values()) {
      for (ByteOrder order : new ByteOrder[] {BE, LE}) {
        byte[] bytes = new byte[byteIndex + n * f.bytesPerSample() + 5];
        random.nextBytes(bytes);
        for (ByteBuffer b : buffers(bytes)) {
          SampleDecoder decoder = SampleDecoder.of(f, order);
          float[] x = new float[dstOffset + n];
          double[] d = new double[dstOffset + n];
          decoder.decode(b, byteIndex, x, dstOffset, n);
          decoder.decode(b, byteIndex, d, dstOffset, n);
          ByteBuffer r = ByteBuffer.wrap(bytes).order(order);
          for (int i = 0; i < n; i++) {
            int at = byteIndex + i * f.bytesPerSample();
            float ef = referenceFloat(r, at, f);
            double ed = referenceDouble(r, at, f);
            if (Float.floatToRawIntBits(ef) != Float.floatToRawIntBits(x[dstOffset + i])
                || Double.doubleToRawLongBits(ed) != Double.doubleToRawLongBits(d[dstOffset + i])) {
              throw new AssertionError(
                  f
                      + " "
                      + order
                      + " "
                      + (b.isDirect() ? "direct" : "heap")
                      + " sample "
                      + i
                      + ": expected "
                      + ef
                      + "/"
                      + ed
                      + " got "
                      + x[dstOffset + i]
                      + "/"
                      + d[dstOffset + i]);
            }
          }
          assertEquals(0, b.position());
          assertSame(BE, b.order());
        }
      }
    }
  }

  @Test
  void theBufferStateIsNeitherUsedNorChanged() {
    ByteBuffer b = ByteBuffer.allocate(16);
    b.putInt(4, 0x3f800000); // big-endian 1.0f at byte 4
    b.order(LE);
    b.position(9).limit(12);
    SampleDecoder d = SampleDecoder.of(SampleFormat.IEEE_FLOAT32, BE);
    assertEquals(1.0f, d.decodeFloats(b, 4, 1)[0]); // absolute index, beyond the position is fine
    assertEquals(9, b.position());
    assertEquals(12, b.limit());
    assertSame(LE, b.order());
    assertThrows(IndexOutOfBoundsException.class, () -> d.decodeFloats(b, 9, 1)); // past the limit
  }

  @Test
  void boundsAreChecked() {
    ByteBuffer b = ByteBuffer.allocate(10);
    SampleDecoder d = SampleDecoder.of(SampleFormat.INT24, BE);
    assertEquals(3, d.decodeFloats(b, 1, 3).length);
    assertThrows(IndexOutOfBoundsException.class, () -> d.decodeFloats(b, 2, 3));
    assertThrows(IndexOutOfBoundsException.class, () -> d.decodeFloats(b, -1, 1));
    assertThrows(IndexOutOfBoundsException.class, () -> d.decode(b, 0, new float[2], 0, 3));
    assertThrows(IndexOutOfBoundsException.class, () -> d.decode(b, 0, new double[4], 2, 3));
    assertThrows(IndexOutOfBoundsException.class, () -> d.decode(b, 0, new float[4], 0, -1));
    assertEquals(0, d.decodeFloats(b, 10, 0).length); // empty at the limit
    assertEquals(SampleFormat.INT24, d.format());
    assertEquals(BE, d.order());
  }

  // ---- helpers and references ----

  private static void check(SampleFormat f, String beHex, double[] expected) {
    byte[] be = HexFormat.of().parseHex(beHex.replace(" ", ""));
    byte[] le = swapEachSample(be, f.bytesPerSample());
    float[] expectedFloats = new float[expected.length];
    for (int i = 0; i < expected.length; i++) {
      expectedFloats[i] = (float) expected[i];
    }
    for (ByteOrder order : new ByteOrder[] {BE, LE}) {
      ByteBuffer b = ByteBuffer.wrap(order == BE ? be : le);
      SampleDecoder d = SampleDecoder.of(f, order);
      assertArrayEquals(expected, d.decodeDoubles(b, 0, expected.length), f + " " + order);
      assertArrayEquals(expectedFloats, d.decodeFloats(b, 0, expected.length), f + " " + order);
    }
  }

  private static float[] decodeFloats(SampleFormat f, ByteOrder order, String beHex) {
    byte[] be = HexFormat.of().parseHex(beHex.replace(" ", ""));
    byte[] bytes = order == BE ? be : swapEachSample(be, f.bytesPerSample());
    return SampleDecoder.of(f, order)
        .decodeFloats(ByteBuffer.wrap(bytes), 0, be.length / f.bytesPerSample());
  }

  private static double[] decodeDoubles(SampleFormat f, ByteOrder order, String beHex) {
    byte[] be = HexFormat.of().parseHex(beHex.replace(" ", ""));
    byte[] bytes = order == BE ? be : swapEachSample(be, f.bytesPerSample());
    return SampleDecoder.of(f, order)
        .decodeDoubles(ByteBuffer.wrap(bytes), 0, be.length / f.bytesPerSample());
  }

  static byte[] swapEachSample(byte[] be, int size) {
    byte[] le = new byte[be.length];
    for (int s = 0; s < be.length; s += size) {
      for (int k = 0; k < size; k++) {
        le[s + k] = be[s + size - 1 - k];
      }
    }
    return le;
  }

  /**
   * The same bytes as a heap buffer, a heap slice with an array offset, a direct and a read-only
   * buffer.
   */
  static ByteBuffer[] buffers(byte[] bytes) {
    ByteBuffer direct = ByteBuffer.allocateDirect(bytes.length);
    direct.put(bytes).clear();
    byte[] padded = new byte[bytes.length + 13];
    System.arraycopy(bytes, 0, padded, 13, bytes.length);
    ByteBuffer slice = ByteBuffer.wrap(padded, 13, bytes.length).slice();
    return new ByteBuffer[] {
      ByteBuffer.wrap(bytes),
      slice,
      direct,
      ByteBuffer.wrap(bytes).asReadOnlyBuffer(),
      direct.asReadOnlyBuffer()
    };
  }

  /** The exact value of an integer sample, from ByteBuffer's getters (r carries the order). */
  static BigDecimal referenceInteger(ByteBuffer r, int at, SampleFormat f) {
    switch (f) {
      case INT8:
        return BigDecimal.valueOf(r.get(at));
      case UINT8:
        return BigDecimal.valueOf(Byte.toUnsignedInt(r.get(at)));
      case INT16:
        return BigDecimal.valueOf(r.getShort(at));
      case UINT16:
        return BigDecimal.valueOf(Short.toUnsignedInt(r.getShort(at)));
      case INT24:
      case UINT24:
        {
          int b0 = Byte.toUnsignedInt(r.get(at));
          int b1 = Byte.toUnsignedInt(r.get(at + 1));
          int b2 = Byte.toUnsignedInt(r.get(at + 2));
          long v = r.order() == BE ? (b0 << 16) | (b1 << 8) | b2 : (b2 << 16) | (b1 << 8) | b0;
          if (f == SampleFormat.INT24 && v >= 0x800000) {
            v -= 0x1000000;
          }
          return BigDecimal.valueOf(v);
        }
      case INT32:
        return BigDecimal.valueOf(r.getInt(at));
      case UINT32:
        return BigDecimal.valueOf(Integer.toUnsignedLong(r.getInt(at)));
      case INT64:
        return BigDecimal.valueOf(r.getLong(at));
      case UINT64:
        return new BigDecimal(new BigInteger(Long.toUnsignedString(r.getLong(at))));
      default:
        throw new AssertionError(f);
    }
  }

  static float referenceFloat(ByteBuffer r, int at, SampleFormat f) {
    switch (f) {
      case IBM_FLOAT32:
        return IbmFloatTest.reference(r.getInt(at));
      case IEEE_FLOAT32:
        return r.getFloat(at);
      case IEEE_FLOAT64:
        return (float) r.getDouble(at);
      default:
        return referenceInteger(r, at, f).floatValue();
    }
  }

  static double referenceDouble(ByteBuffer r, int at, SampleFormat f) {
    switch (f) {
      case IBM_FLOAT32:
        return IbmFloat.toDouble(r.getInt(at));
      case IEEE_FLOAT32:
        return r.getFloat(at);
      case IEEE_FLOAT64:
        return r.getDouble(at);
      default:
        return referenceInteger(r, at, f).doubleValue();
    }
  }
}
