package dev.fathom.graph;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.fathom.core.npy.NpyArray;
import java.nio.DoubleBuffer;
import org.junit.jupiter.api.Test;

/** Float32 storage of real FLOAT32 arrays: every accessor agrees with double storage of the same values. */
class NdArrayFloat32Test {
  private static final float[] VALUES = {1.5f, -2.25f, 0.1f, 3e38f, Float.NaN, -0.0f};

  private static NdArray f32() {
    return NdArray.wrapFloat32(new int[] {2, 3}, VALUES.clone());
  }

  private static double[] widened() {
    double[] d = new double[VALUES.length];
    for (int k = 0; k < d.length; k++) d[k] = VALUES[k];
    return d;
  }

  @Test
  void accessorsWidenExactly() {
    NdArray a = f32();
    double[] d = widened();
    assertEquals(DType.FLOAT32, a.dtype());
    assertEquals(6, a.size());
    assertEquals(2, a.rows());
    assertEquals(3, a.cols());
    for (int k = 0; k < d.length; k++) {
      assertEquals(d[k], a.re(k));
      assertEquals(0.0, a.im(k));
      assertEquals(d[k], a.get(k / 3, k % 3));
    }
    assertArrayEquals(d, a.realData());
    assertArrayEquals(new double[6], a.imagData());
    DoubleBuffer v = a.realView();
    assertEquals(6, v.limit());
    for (int k = 0; k < d.length; k++) assertEquals(d[k], v.get(k));
    assertArrayEquals(new double[] {d[3], d[4], d[5]}, a.row(1));
    assertArrayEquals(new double[][] {{d[0], d[1], d[2]}, {d[3], d[4], d[5]}}, a.toRows());
    double[] buf = new double[3];
    a.rowInto(1, buf);
    assertArrayEquals(new double[] {d[3], d[4], d[5]}, buf);
    float[] fbuf = new float[3];
    a.rowInto(0, fbuf);
    assertArrayEquals(new float[] {VALUES[0], VALUES[1], VALUES[2]}, fbuf);
    double[] inter = new double[6];
    a.interleavedRowInto(0, inter);
    assertArrayEquals(new double[] {d[0], 0, d[1], 0, d[2], 0}, inter);
    assertEquals(1, a.countNonFinite()); // NaN; 3e38f is finite
  }

  @Test
  void sameAsDoubleStorageOfTheSameDtype() {
    NdArray viaDoubles = NdArray.wrap(DType.FLOAT32, new int[] {2, 3}, widened());
    assertEquals(f32(), viaDoubles);
    assertEquals(f32().hashCode(), viaDoubles.hashCode());
    // wrap rounds to float32 like before
    NdArray rounded = NdArray.wrap(DType.FLOAT32, new int[] {1}, new double[] {0.1});
    assertEquals((double) 0.1f, rounded.re(0));
    assertEquals(NdArray.zeros(DType.FLOAT32, 2, 2), NdArray.wrapFloat32(new int[] {2, 2}, new float[4]));
  }

  @Test
  void reshapeAstypeMap() {
    NdArray a = f32();
    NdArray r = a.reshape(3, 2);
    assertArrayEquals(new int[] {3, 2}, r.shape());
    assertArrayEquals(a.realData(), r.realData());
    assertEquals(DType.FLOAT32, r.dtype());
    assertSame(a, a.astype(DType.FLOAT32));
    NdArray d = a.astype(DType.FLOAT64);
    assertArrayEquals(widened(), d.realData());
    assertEquals(a, d.astype(DType.FLOAT32));
    NdArray c = a.astype(DType.COMPLEX64);
    assertArrayEquals(widened(), c.realData());
    NdArray m = a.mapReal(DType.FLOAT64, x -> 2 * x);
    assertEquals(2.0 * VALUES[1], m.re(1));
    assertEquals(a, NdArray.vector(1, 2, 3, 4, 5, 6).astype(DType.FLOAT32).reshape(2, 3).mapReal(DType.FLOAT32,
        x -> VALUES[(int) x - 1]));
    assertThrows(IllegalArgumentException.class, () -> NdArray.wrapFloat32(new int[] {4}, new float[3]));
  }

  @Test
  void npyRoundTripKeepsFloat32() {
    float[] v = {1.25f, 0.1f, -7f, 1e-30f};
    NdArray a = NpyConversion.fromNpy(NpyArray.of(v).reshape(2, 2));
    assertEquals(DType.FLOAT32, a.dtype());
    float[] row = new float[2];
    a.rowInto(1, row);
    assertArrayEquals(new float[] {-7f, 1e-30f}, row);
    assertEquals(a, NpyConversion.fromNpy(NpyConversion.toNpy(a)));
    assertArrayEquals(v, NpyConversion.toNpy(a).toFloatArray());
  }
}
