package dev.fathom.core.npy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.ReadOnlyBufferException;
import org.junit.jupiter.api.Test;

class NpyArrayTest {

  @Test
  void float2DRoundTrip() {
    float[][] rows = {{1, 2, 3}, {4, 5, 6}};
    NpyArray a = NpyArray.of(rows);
    assertEquals(NpyDtype.FLOAT32, a.dtype());
    assertArrayEquals(new long[] {2, 3}, a.shape());
    assertEquals(2, a.ndim());
    assertEquals(6, a.size());
    assertEquals(3, a.dim(1));
    assertFalse(a.fortranOrder());
    assertArrayEquals(rows, a.toFloat2D());
    assertArrayEquals(new double[][] {{1, 2, 3}, {4, 5, 6}}, a.toDouble2D());
    assertArrayEquals(new float[] {1, 2, 3, 4, 5, 6}, a.toFloatArray());
    assertEquals(6.0, a.getDouble(1, 2));
    rows[0][0] = 99; // the array copied its input
    assertEquals(1f, a.toFloat2D()[0][0]);
  }

  @Test
  void double2DAndRawBytesAreLittleEndianCOrder() {
    NpyArray a = NpyArray.of(new double[][] {{1.5, -2}, {3, 4}, {5, 6}});
    ByteBuffer d = a.data();
    assertEquals(ByteOrder.LITTLE_ENDIAN, d.order());
    assertEquals(48, d.remaining());
    assertEquals(-2.0, d.getDouble(8));
    assertEquals(3.0, ByteBuffer.wrap(bytes(d), 16, 8).order(ByteOrder.LITTLE_ENDIAN).getDouble());
    assertThrows(ReadOnlyBufferException.class, () -> a.data().put(0, (byte) 1));
  }

  @Test
  void fortranDataComesBackInCOrder() {
    // numpy: np.asfortranarray(np.arange(6.).reshape(2, 3)) stores 0 3 1 4 2 5
    ByteBuffer f = ByteBuffer.allocate(48).order(ByteOrder.LITTLE_ENDIAN);
    for (double v : new double[] {0, 3, 1, 4, 2, 5}) f.putDouble(v);
    f.flip();
    NpyArray a = NpyArray.fromBytes(NpyDtype.FLOAT64, new long[] {2, 3}, true, f);
    assertTrue(a.fortranOrder());
    assertArrayEquals(new double[] {0, 1, 2, 3, 4, 5}, a.toDoubleArray());
    assertArrayEquals(new float[][] {{0, 1, 2}, {3, 4, 5}}, a.toFloat2D());
    assertArrayEquals(new double[][] {{0, 1, 2}, {3, 4, 5}}, a.toDouble2D());
    assertEquals(4.0, a.getDouble(1, 1));
    assertEquals(2.0, a.getDouble(0, 2));
    assertEquals(NpyArray.of(new double[] {0, 1, 2, 3, 4, 5}).reshape(2, 3), a.withLayout(ByteOrder.LITTLE_ENDIAN, false));
  }

  @Test
  void fortran3DAgreesWithIndexArithmetic() {
    NpyArray c = NpyTestValues.array(NpyType.INT32, 2, 3, 4);
    NpyArray f = c.withLayout(ByteOrder.BIG_ENDIAN, true);
    assertTrue(f.fortranOrder());
    assertEquals(">i4", f.dtype().descr());
    ByteBuffer raw = f.data();
    for (int i = 0; i < 2; i++) {
      for (int j = 0; j < 3; j++) {
        for (int k = 0; k < 4; k++) {
          int cIndex = (i * 3 + j) * 4 + k;
          int fIndex = i + 2 * (j + 3 * k);
          assertEquals(NpyTestValues.integer(NpyType.INT32, cIndex), raw.getInt(fIndex * 4));
          assertEquals(NpyTestValues.integer(NpyType.INT32, cIndex), (long) f.getDouble(i, j, k));
        }
      }
    }
    assertArrayEquals(c.toLongArray(), f.toLongArray());
    assertArrayEquals(c.toIntArray(), f.toIntArray());
    assertEquals(c, f.withLayout(ByteOrder.LITTLE_ENDIAN, false));
  }

  @Test
  void layoutsRoundTripForEveryType() {
    for (NpyType t : NpyType.values()) {
      NpyArray c = NpyTestValues.array(t, 3, 2, 5);
      for (ByteOrder o : new ByteOrder[] {ByteOrder.LITTLE_ENDIAN, ByteOrder.BIG_ENDIAN}) {
        for (boolean fortran : new boolean[] {false, true}) {
          NpyArray x = c.withLayout(o, fortran);
          NpyTestValues.assertTestValues(x, t + " " + o + " F=" + fortran);
          assertEquals(c, x.withLayout(ByteOrder.LITTLE_ENDIAN, false));
        }
      }
    }
  }

  @Test
  void bigEndianComplexSwapsEachPart() {
    NpyArray a = NpyArray.ofComplex(new float[] {1.5f}, new float[] {-2f}).withLayout(ByteOrder.BIG_ENDIAN, false);
    ByteBuffer d = a.data();
    assertEquals(ByteOrder.BIG_ENDIAN, d.order());
    assertEquals(1.5f, d.getFloat(0));
    assertEquals(-2f, d.getFloat(4));
    assertArrayEquals(new double[] {1.5, -2}, a.toComplexInterleaved());
  }

  @Test
  void ordersCoincideForOneLongAxisOrNoElements() {
    assertFalse(NpyTestValues.array(NpyType.FLOAT32, 4, 1).withLayout(ByteOrder.LITTLE_ENDIAN, true).fortranOrder());
    assertFalse(NpyTestValues.array(NpyType.FLOAT32, 1, 4).withLayout(ByteOrder.LITTLE_ENDIAN, true).fortranOrder());
    assertFalse(NpyTestValues.array(NpyType.FLOAT32, 0, 3).withLayout(ByteOrder.LITTLE_ENDIAN, true).fortranOrder());
    assertFalse(NpyTestValues.array(NpyType.FLOAT32, 7).withLayout(ByteOrder.LITTLE_ENDIAN, true).fortranOrder());
    NpyArray same = NpyTestValues.array(NpyType.FLOAT32, 4, 1);
    assertSame(same, same.withLayout(ByteOrder.LITTLE_ENDIAN, true));
  }

  @Test
  void scalarAndEmpty() {
    NpyArray s = NpyArray.scalar(2.5);
    assertEquals(0, s.ndim());
    assertEquals(1, s.size());
    assertArrayEquals(new long[0], s.shape());
    assertEquals(2.5, s.getDouble());
    assertArrayEquals(new double[] {2.5}, s.toDoubleArray());
    assertEquals(s, NpyArray.of(new double[] {2.5}).reshape());

    NpyArray e = NpyArray.of(new float[0][]);
    assertArrayEquals(new long[] {0, 0}, e.shape());
    assertEquals(0, e.toFloat2D().length);
    NpyArray e2 = NpyArray.of(new double[3][0]);
    assertArrayEquals(new long[] {3, 0}, e2.shape());
    assertEquals(3, e2.toDouble2D().length);
    assertEquals(0, e2.toDouble2D()[2].length);
  }

  @Test
  void integersKeepTheirValues() {
    assertArrayEquals(new long[] {-128, 127}, NpyArray.of(new byte[] {-128, 127}).toLongArray());
    assertArrayEquals(new long[] {-32768, 32767}, NpyArray.of(new short[] {-32768, 32767}).toLongArray());
    assertArrayEquals(new int[] {Integer.MIN_VALUE, 5}, NpyArray.of(new int[] {Integer.MIN_VALUE, 5}).toIntArray());
    assertArrayEquals(new long[] {Long.MIN_VALUE, Long.MAX_VALUE}, NpyArray.of(new long[] {Long.MIN_VALUE, Long.MAX_VALUE}).toLongArray());

    NpyArray u8 = NpyArray.ofIntegers(NpyType.UINT8, new long[] {0, 255});
    assertArrayEquals(new long[] {0, 255}, u8.toLongArray());
    assertArrayEquals(new double[] {0, 255}, u8.toDoubleArray());
    NpyArray u32 = NpyArray.ofIntegers(NpyType.UINT32, new long[] {4_294_967_295L});
    assertArrayEquals(new double[] {4_294_967_295.0}, u32.toDoubleArray());
    assertThrows(ArithmeticException.class, u32::toIntArray);
    NpyArray u64 = NpyArray.ofIntegers(NpyType.UINT64, new long[] {-1L, Long.MIN_VALUE, 3});
    assertArrayEquals(new long[] {-1L, Long.MIN_VALUE, 3}, u64.toLongArray());
    assertArrayEquals(new double[] {18446744073709551615.0, 9223372036854775808.0, 3}, u64.toDoubleArray());
    // 2^64 - 1025 rounds to 2^64 - 2048 (nearest double), not up to 2^64
    assertEquals(18446744073709549568.0, NpyArray.ofIntegers(NpyType.UINT64, new long[] {-1025L}).toDoubleArray()[0]);

    assertThrows(IllegalArgumentException.class, () -> NpyArray.ofIntegers(NpyType.INT8, new long[] {128}));
    assertThrows(IllegalArgumentException.class, () -> NpyArray.ofIntegers(NpyType.UINT16, new long[] {-1}));
    assertThrows(IllegalArgumentException.class, () -> NpyArray.ofIntegers(NpyType.BOOL, new long[] {2}));
    assertThrows(IllegalArgumentException.class, () -> NpyArray.ofIntegers(NpyType.FLOAT32, new long[] {1}));
  }

  @Test
  void bools() {
    NpyArray b = NpyArray.of(new boolean[] {true, false, true});
    assertEquals(NpyDtype.BOOL, b.dtype());
    assertArrayEquals(new boolean[] {true, false, true}, b.toBooleanArray());
    assertArrayEquals(new long[] {1, 0, 1}, b.toLongArray());
    assertArrayEquals(new float[] {1, 0, 1}, b.toFloatArray());
    // any non-zero byte is true, as numpy reads it
    NpyArray odd = NpyArray.fromBytes(NpyDtype.BOOL, new long[] {2}, false, ByteBuffer.wrap(new byte[] {0, 7}));
    assertArrayEquals(new boolean[] {false, true}, odd.toBooleanArray());
    assertArrayEquals(new boolean[] {true, false, true}, NpyArray.of(new double[] {-0.5, 0, 3}).toBooleanArray());
  }

  @Test
  void complexAccessors() {
    NpyArray c = NpyArray.ofComplex(new double[] {1, 2}, new double[] {-1, 0.5});
    assertEquals(NpyDtype.COMPLEX128, c.dtype());
    assertArrayEquals(new double[] {1, -1, 2, 0.5}, c.toComplexInterleaved());
    assertArrayEquals(new double[] {1, 2}, c.toRealParts());
    assertArrayEquals(new double[] {-1, 0.5}, c.toImagParts());
    assertEquals(c, NpyArray.ofComplexInterleaved(new double[] {1, -1, 2, 0.5}));
    IllegalStateException e = assertThrows(IllegalStateException.class, c::toDoubleArray);
    assertTrue(e.getMessage().contains("toRealParts"), e.getMessage());
    assertThrows(IllegalStateException.class, c::toFloat2D);
    assertThrows(IllegalStateException.class, c::toLongArray);

    NpyArray c8 = NpyArray.ofComplex(new float[] {0.25f}, new float[] {4f});
    assertEquals(NpyDtype.COMPLEX64, c8.dtype());
    assertArrayEquals(new double[] {0.25, 4}, c8.toComplexInterleaved());

    NpyArray c2 = NpyArray.ofComplex(new double[][] {{1, 2}, {3, 4}}, new double[][] {{5, 6}, {7, 8}});
    assertArrayEquals(new long[] {2, 2}, c2.shape());
    assertArrayEquals(new double[] {1, 5, 2, 6, 3, 7, 4, 8}, c2.toComplexInterleaved());

    NpyArray real = NpyArray.of(new float[] {3});
    assertArrayEquals(new double[] {3, 0}, real.toComplexInterleaved());
    assertArrayEquals(new double[] {0}, real.toImagParts());
  }

  @Test
  void wrongUseIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> NpyArray.of(new float[][] {{1, 2}, {3}}));
    assertThrows(IllegalArgumentException.class, () -> NpyArray.ofComplex(new double[] {1}, new double[] {1, 2}));
    assertThrows(IllegalArgumentException.class, () -> NpyArray.ofComplexInterleaved(new double[] {1, 2, 3}));
    assertThrows(IllegalArgumentException.class, () -> NpyArray.of(new double[6]).reshape(4, 2));
    assertThrows(IllegalArgumentException.class, () -> NpyArray.of(new double[6]).reshape(-2, -3));
    assertThrows(IllegalArgumentException.class,
        () -> NpyArray.fromBytes(NpyDtype.FLOAT32, new long[] {3}, false, ByteBuffer.allocate(8)));
    assertThrows(IllegalArgumentException.class,
        () -> NpyArray.fromBytes(NpyDtype.FLOAT64, new long[] {1L << 40, 1L << 40}, false, ByteBuffer.allocate(8)));
    IllegalStateException notFloat = assertThrows(IllegalStateException.class, () -> NpyArray.of(new float[3]).toLongArray());
    assertTrue(notFloat.getMessage().contains("<f4"), notFloat.getMessage());
    IllegalStateException not2D = assertThrows(IllegalStateException.class, () -> NpyArray.of(new float[3]).toFloat2D());
    assertTrue(not2D.getMessage().contains("(3,)"), not2D.getMessage());
    assertThrows(IndexOutOfBoundsException.class, () -> NpyArray.of(new float[3]).getDouble(3));
    assertThrows(IndexOutOfBoundsException.class, () -> NpyArray.of(new float[3]).getDouble(0, 0));
  }

  @Test
  void reshapeOfFortranArrayIsLogical() {
    NpyArray f = NpyTestValues.array(NpyType.FLOAT64, 3, 4).withLayout(ByteOrder.BIG_ENDIAN, true);
    NpyArray r = f.reshape(12);
    assertArrayEquals(NpyTestValues.array(NpyType.FLOAT64, 12).toDoubleArray(), r.toDoubleArray());
    assertArrayEquals(new long[] {12}, r.shape());
  }

  @Test
  void equalityAndDescription() {
    NpyArray a = NpyArray.of(new float[] {1, 2});
    assertEquals(a, NpyArray.of(new float[] {1, 2}));
    assertEquals(a.hashCode(), NpyArray.of(new float[] {1, 2}).hashCode());
    assertNotEquals(a, NpyArray.of(new float[] {1, 3}));
    assertNotEquals(a, NpyArray.of(new double[] {1, 2}));
    assertNotEquals(a, a.reshape(2, 1));
    assertNotEquals(a, a.withLayout(ByteOrder.BIG_ENDIAN, false));
    assertEquals("NpyArray[<f4, shape=(2,)]", a.toString());
    assertEquals("NpyArray[>f8, shape=(2, 3), Fortran order]",
        NpyArray.of(new double[2][3]).withLayout(ByteOrder.BIG_ENDIAN, true).toString());
  }

  private static byte[] bytes(ByteBuffer b) {
    byte[] out = new byte[b.remaining()];
    b.duplicate().get(out);
    return out;
  }
}
