package dev.fathom.das.hdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Every codec in both byte orders (jhdf writes only little-endian files, so big-endian is checked
 * here on buffers), against Java's own conversion of the same values, at an odd byte offset.
 */
class SampleCodecTest {
  @Test
  void bothByteOrdersDecodeTheSameValues() {
    SplittableRandom rnd = new SplittableRandom(7);
    int n = 101;
    long[] bits = new long[n];
    for (int i = 0; i < n; i++) bits[i] = rnd.nextLong();
    bits[0] = Long.MIN_VALUE;
    bits[1] = -1;
    for (SampleCodec c : SampleCodec.values()) {
      float[] expected = new float[n];
      for (int i = 0; i < n; i++) expected[i] = javaValue(c, bits[i]);
      for (ByteOrder order : new ByteOrder[] {ByteOrder.LITTLE_ENDIAN, ByteOrder.BIG_ENDIAN}) {
        ByteBuffer b = ByteBuffer.allocate(3 + n * c.bytes()).order(order);
        for (int i = 0; i < n; i++) put(c, b, 3 + i * c.bytes(), bits[i]);
        float[] got = new float[n + 2];
        c.decode(b.array(), 3, n, order == ByteOrder.BIG_ENDIAN, got, 2, 1);
        assertArrayEquals(expected, java.util.Arrays.copyOfRange(got, 2, n + 2), c + " " + order);
        assertEquals(0f, got[0]);
      }
    }
  }

  /** The value the hyperslab path gives: jhdf's Java value (unsigned widened) through DasArray.getFloat. */
  private static float javaValue(SampleCodec c, long v) {
    return switch (c) {
      case INT8 -> (byte) v;
      case UINT8 -> (int) (v & 0xff);
      case INT16 -> (short) v;
      case UINT16 -> (int) (v & 0xffff);
      case INT32 -> (int) v;
      case UINT32 -> (float) (double) (v & 0xffffffffL);
      case INT64 -> (float) (double) v;
      case FLOAT32 -> Float.intBitsToFloat((int) v);
      case FLOAT64 -> (float) Double.longBitsToDouble(v);
    };
  }

  private static void put(SampleCodec c, ByteBuffer b, int at, long v) {
    switch (c.bytes()) {
      case 1 -> b.put(at, (byte) v);
      case 2 -> b.putShort(at, (short) v);
      case 4 -> b.putInt(at, (int) v);
      default -> b.putLong(at, v);
    }
  }
}
