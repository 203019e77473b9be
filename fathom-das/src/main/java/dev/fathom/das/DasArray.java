package dev.fathom.das;

import java.lang.reflect.Array;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * A flat, row-major (C order) block of samples in the file's own type: a {@code short[]},
 * {@code int[]}, {@code float[]}, ... whose dtype is {@link #dtype()}. Values are never scaled or
 * converted; {@link #toFloat32()} converts when a float block is wanted.
 */
public final class DasArray {
  private final DasDtype dtype;
  private final Object values;
  private final int length;

  private DasArray(DasDtype dtype, Object values) {
    this.dtype = dtype;
    this.values = values;
    this.length = Array.getLength(values);
  }

  /**
   * Wraps a primitive array (any rank: nested arrays such as jhdf's {@code short[][]} are flattened
   * in C order).
   */
  public static DasArray of(Object array) {
    Class<?> c = array.getClass();
    if (!c.isArray()) throw new IllegalArgumentException("not an array: " + c);
    Class<?> comp = c.getComponentType();
    if (comp.isPrimitive()) {
      DasDtype t = DasDtype.ofJavaType(comp);
      if (t == null) throw new IllegalArgumentException("unsupported sample type " + comp);
      return new DasArray(t, array);
    }
    Class<?> leaf = comp;
    while (leaf.isArray()) leaf = leaf.getComponentType();
    DasDtype t = DasDtype.ofJavaType(leaf);
    if (t == null || !leaf.isPrimitive()) throw new IllegalArgumentException("unsupported sample type " + leaf);
    Object flat = Array.newInstance(leaf, countLeaves(array));
    flatten(array, flat, 0);
    return new DasArray(t, flat);
  }

  private static int countLeaves(Object a) {
    if (!a.getClass().getComponentType().isArray()) return Array.getLength(a);
    int n = 0;
    for (int i = 0; i < Array.getLength(a); i++) n = Math.addExact(n, countLeaves(Array.get(a, i)));
    return n;
  }

  private static int flatten(Object a, Object flat, int pos) {
    if (!a.getClass().getComponentType().isArray()) {
      int n = Array.getLength(a);
      System.arraycopy(a, 0, flat, pos, n);
      return pos + n;
    }
    for (int i = 0; i < Array.getLength(a); i++) pos = flatten(Array.get(a, i), flat, pos);
    return pos;
  }

  public DasDtype dtype() {
    return dtype;
  }

  /** The backing primitive array (not copied). */
  public Object values() {
    return values;
  }

  public int length() {
    return length;
  }

  /** Sample {@code i} as a double (exact for every supported type except int64 beyond 2^53). */
  public double get(int i) {
    return switch (dtype) {
      case INT8 -> ((byte[]) values)[i];
      case INT16 -> ((short[]) values)[i];
      case INT32 -> ((int[]) values)[i];
      case INT64 -> ((long[]) values)[i];
      case FLOAT32 -> ((float[]) values)[i];
      case FLOAT64 -> ((double[]) values)[i];
    };
  }

  /** Sample {@code i} rounded to float32. */
  public float getFloat(int i) {
    return dtype == DasDtype.FLOAT32 ? ((float[]) values)[i] : (float) get(i);
  }

  /** All samples as float32 (the backing array itself when already float32). */
  public float[] toFloat32() {
    if (dtype == DasDtype.FLOAT32) return (float[]) values;
    float[] out = new float[length];
    for (int i = 0; i < length; i++) out[i] = getFloat(i);
    return out;
  }

  /** The samples as little-endian bytes of the dtype (numpy's {@code tobytes()} on a C array). */
  public byte[] littleEndianBytes() {
    ByteBuffer b = ByteBuffer.allocate(Math.multiplyExact(length, dtype.bytes())).order(ByteOrder.LITTLE_ENDIAN);
    switch (dtype) {
      case INT8 -> b.put((byte[]) values);
      case INT16 -> b.asShortBuffer().put((short[]) values);
      case INT32 -> b.asIntBuffer().put((int[]) values);
      case INT64 -> b.asLongBuffer().put((long[]) values);
      case FLOAT32 -> b.asFloatBuffer().put((float[]) values);
      case FLOAT64 -> b.asDoubleBuffer().put((double[]) values);
    }
    return b.array();
  }

  /** A new array of {@code n} samples of {@code dtype}. */
  public static DasArray allocate(DasDtype dtype, int n) {
    Object a = switch (dtype) {
      case INT8 -> new byte[n];
      case INT16 -> new short[n];
      case INT32 -> new int[n];
      case INT64 -> new long[n];
      case FLOAT32 -> new float[n];
      case FLOAT64 -> new double[n];
    };
    return new DasArray(dtype, a);
  }

  /**
   * Copies the rectangle {@code [r0, r0+nr) x [c0, c0+nc)} of this array, seen as rows of
   * {@code cols} samples, into a new array of shape (nr, nc).
   */
  public DasArray crop(int cols, int r0, int nr, int c0, int nc) {
    DasArray out = allocate(dtype, Math.multiplyExact(nr, nc));
    for (int r = 0; r < nr; r++) System.arraycopy(values, (r0 + r) * cols + c0, out.values, r * nc, nc);
    return out;
  }

  /**
   * The transpose of this array seen as (rows, cols), converted to float32: {@code out[c*rows + r]
   * = (float) this[r*cols + c]}. Works in 64x64 tiles to stay in cache.
   */
  public float[] transposeToFloat32(int rows, int cols) {
    float[] out = new float[Math.multiplyExact(rows, cols)];
    final int tile = 64;
    for (int r0 = 0; r0 < rows; r0 += tile) {
      int r1 = Math.min(rows, r0 + tile);
      for (int c0 = 0; c0 < cols; c0 += tile) {
        int c1 = Math.min(cols, c0 + tile);
        switch (dtype) {
          case INT16 -> {
            short[] v = (short[]) values;
            for (int r = r0; r < r1; r++) for (int c = c0; c < c1; c++) out[c * rows + r] = v[r * cols + c];
          }
          case INT32 -> {
            int[] v = (int[]) values;
            for (int r = r0; r < r1; r++) for (int c = c0; c < c1; c++) out[c * rows + r] = v[r * cols + c];
          }
          case FLOAT32 -> {
            float[] v = (float[]) values;
            for (int r = r0; r < r1; r++) for (int c = c0; c < c1; c++) out[c * rows + r] = v[r * cols + c];
          }
          default -> {
            for (int r = r0; r < r1; r++) for (int c = c0; c < c1; c++) out[c * rows + r] = getFloat(r * cols + c);
          }
        }
      }
    }
    return out;
  }
}
