package dev.fathom.core.npy;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.DoubleBuffer;
import java.nio.FloatBuffer;
import java.util.Arrays;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * An immutable n-dimensional array as a {@code .npy} file holds it: an element type with byte
 * order ({@link NpyDtype}), a shape (axis 0 first; empty for a 0-d scalar), a memory order (C:
 * last axis fastest, or Fortran: axis 0 fastest) and the raw element bytes in that order.
 *
 * <p>Whatever the stored order, the {@code to...} accessors return values in C order, the order
 * of {@code numpy.ravel()}: for a 2-D array of shape {@code (rows, cols)}, element
 * {@code [r][c]} is at flat index {@code r * cols + c}, and {@link #toFloat2D()} returns
 * {@code float[rows][cols]} (axis 0 = rows, Fathom's channel axis). Conversions follow
 * numpy's {@code astype}: bools are 0/1, unsigned integers keep their unsigned value.
 *
 * <p>The factories ({@code of...}) build little-endian C-order arrays from Java arrays, copying
 * them. In-memory arrays are limited to {@link #MAX_BYTES} bytes of data.
 *
 * <p>Instances are immutable and thread-safe. Two arrays are {@link #equals equal} when their
 * dtype, shape, memory order and data bytes are; the same values in another layout are not
 * equal (compare {@link #withLayout} results, or values).
 */
public final class NpyArray {
  /** The most data bytes an in-memory array holds (the limit of a Java array). */
  public static final int MAX_BYTES = Integer.MAX_VALUE - 8;

  private final NpyDtype dtype;
  private final long[] shape;
  private final boolean fortranOrder;
  private final int size;
  /** Read-only, position 0, limit = size * itemSize, order = dtype's; used with absolute gets only. */
  private final ByteBuffer data;

  /** Takes ownership of {@code data} (position 0, exactly the data bytes). */
  NpyArray(NpyDtype dtype, long[] shape, boolean fortranOrder, ByteBuffer data) {
    this.dtype = Objects.requireNonNull(dtype, "dtype");
    this.shape = shape.clone();
    this.size = checkedSize(dtype.type(), this.shape);
    this.fortranOrder = fortranOrder && !ordersCoincide(this.shape, size);
    if (data.remaining() != (long) size * dtype.itemSize()) {
      throw new IllegalArgumentException("shape " + Shapes.repr(shape) + " of " + dtype + " needs "
          + (long) size * dtype.itemSize() + " bytes, got " + data.remaining());
    }
    this.data = data.slice().asReadOnlyBuffer().order(dtype.order());
  }

  // ---------------------------------------------------------------- factories

  /**
   * An array of any dtype, shape and order from its raw bytes (the {@code remaining()} bytes of
   * {@code data}, copied; {@code data} is not modified).
   */
  public static NpyArray fromBytes(NpyDtype dtype, long[] shape, boolean fortranOrder, ByteBuffer data) {
    checkedSize(dtype.type(), shape);
    ByteBuffer copy = ByteBuffer.allocate(data.remaining());
    copy.put(data.duplicate()).flip();
    return new NpyArray(dtype, shape, fortranOrder, copy);
  }

  /** A 0-d float64 scalar, as {@code np.float64(value)} saved by numpy. */
  public static NpyArray scalar(double value) {
    return build(NpyType.FLOAT64, new long[0], b -> b.putDouble(0, value));
  }

  /** A 1-d float32 array. */
  public static NpyArray of(float[] values) {
    return build(NpyType.FLOAT32, new long[] {values.length}, b -> b.asFloatBuffer().put(values));
  }

  /** A 1-d float64 array. */
  public static NpyArray of(double[] values) {
    return build(NpyType.FLOAT64, new long[] {values.length}, b -> b.asDoubleBuffer().put(values));
  }

  /** A 1-d int8 array. */
  public static NpyArray of(byte[] values) {
    return build(NpyType.INT8, new long[] {values.length}, b -> b.put(values));
  }

  /** A 1-d int16 array. */
  public static NpyArray of(short[] values) {
    return build(NpyType.INT16, new long[] {values.length}, b -> b.asShortBuffer().put(values));
  }

  /** A 1-d int32 array. */
  public static NpyArray of(int[] values) {
    return build(NpyType.INT32, new long[] {values.length}, b -> b.asIntBuffer().put(values));
  }

  /** A 1-d int64 array. */
  public static NpyArray of(long[] values) {
    return build(NpyType.INT64, new long[] {values.length}, b -> b.asLongBuffer().put(values));
  }

  /** A 1-d bool array. */
  public static NpyArray of(boolean[] values) {
    return build(NpyType.BOOL, new long[] {values.length}, b -> {
      for (int i = 0; i < values.length; i++) {
        b.put(i, (byte) (values[i] ? 1 : 0));
      }
    });
  }

  /**
   * A 1-d array of an integral {@code type} (bool, int8..int64, uint8..uint64). For uint64 the
   * long's 64 bits are the unsigned value.
   *
   * @throws IllegalArgumentException if a value is outside the type's range, or the type is not
   *     integral
   */
  public static NpyArray ofIntegers(NpyType type, long[] values) {
    if (!type.isIntegral()) {
      throw new IllegalArgumentException("ofIntegers needs bool or an integer type, got " + type);
    }
    return build(type, new long[] {values.length}, b -> {
      for (int i = 0; i < values.length; i++) {
        Elements.putLong(b, type, i, values[i]);
      }
    });
  }

  /** A 2-d float32 array of shape {@code (rows.length, rows[0].length)}. */
  public static NpyArray of(float[][] rows) {
    int cols = Shapes.columns(rows.length, r -> rows[r].length);
    return build(NpyType.FLOAT32, new long[] {rows.length, cols}, b -> {
      FloatBuffer fb = b.asFloatBuffer();
      for (float[] row : rows) {
        fb.put(row);
      }
    });
  }

  /** A 2-d float64 array of shape {@code (rows.length, rows[0].length)}. */
  public static NpyArray of(double[][] rows) {
    int cols = Shapes.columns(rows.length, r -> rows[r].length);
    return build(NpyType.FLOAT64, new long[] {rows.length, cols}, b -> {
      DoubleBuffer db = b.asDoubleBuffer();
      for (double[] row : rows) {
        db.put(row);
      }
    });
  }

  /** A 1-d complex64 array from real and imaginary parts of equal length. */
  public static NpyArray ofComplex(float[] re, float[] im) {
    requireSameLength(re.length, im.length);
    return build(NpyType.COMPLEX64, new long[] {re.length}, b -> {
      FloatBuffer fb = b.asFloatBuffer();
      for (int i = 0; i < re.length; i++) {
        fb.put(re[i]).put(im[i]);
      }
    });
  }

  /** A 1-d complex128 array from real and imaginary parts of equal length. */
  public static NpyArray ofComplex(double[] re, double[] im) {
    requireSameLength(re.length, im.length);
    return ofComplexInterleaved(interleave(re, im));
  }

  /** A 2-d complex128 array from real and imaginary parts of equal shape {@code (rows, cols)}. */
  public static NpyArray ofComplex(double[][] re, double[][] im) {
    int cols = Shapes.columns(re.length, r -> re[r].length);
    requireSameLength(re.length, im.length);
    requireSameLength(cols, Shapes.columns(im.length, r -> im[r].length));
    return build(NpyType.COMPLEX128, new long[] {re.length, cols}, b -> {
      DoubleBuffer db = b.asDoubleBuffer();
      for (int r = 0; r < re.length; r++) {
        db.put(interleave(re[r], im[r]));
      }
    });
  }

  /** A 1-d complex128 array from interleaved values {@code re0, im0, re1, im1, ...}. */
  public static NpyArray ofComplexInterleaved(double[] reIm) {
    if (reIm.length % 2 != 0) {
      throw new IllegalArgumentException("interleaved complex values need an even length, got " + reIm.length);
    }
    return build(NpyType.COMPLEX128, new long[] {reIm.length / 2}, b -> b.asDoubleBuffer().put(reIm));
  }

  private static NpyArray build(NpyType type, long[] shape, Consumer<ByteBuffer> fill) {
    int n = checkedSize(type, shape);
    ByteBuffer b = ByteBuffer.allocate(n * type.itemSize()).order(ByteOrder.LITTLE_ENDIAN);
    fill.accept(b);
    b.clear();
    return new NpyArray(NpyDtype.of(type), shape, false, b);
  }

  private static int checkedSize(NpyType type, long[] shape) {
    long n = Shapes.elementCount(shape);
    if (n > MAX_BYTES / type.itemSize()) {
      throw new IllegalArgumentException("shape " + Shapes.repr(shape) + " of " + type + " needs more than "
          + MAX_BYTES + " bytes, too large for an in-memory array");
    }
    return (int) n;
  }

  /**
   * True when C and Fortran order store the same bytes: no elements, or at most one axis longer
   * than 1. numpy then calls the array C-contiguous and saves it with fortran_order False.
   */
  private static boolean ordersCoincide(long[] shape, int size) {
    int longAxes = 0;
    for (long d : shape) {
      if (d > 1) {
        longAxes++;
      }
    }
    return size == 0 || longAxes <= 1;
  }

  private static void requireSameLength(int a, int b) {
    if (a != b) {
      throw new IllegalArgumentException("real and imaginary parts differ in length: " + a + " and " + b);
    }
  }

  private static double[] interleave(double[] re, double[] im) {
    requireSameLength(re.length, im.length);
    double[] out = new double[2 * re.length];
    for (int i = 0; i < re.length; i++) {
      out[2 * i] = re[i];
      out[2 * i + 1] = im[i];
    }
    return out;
  }

  // ---------------------------------------------------------------- description

  public NpyDtype dtype() {
    return dtype;
  }

  /** The dimension lengths, axis 0 first (a copy); empty for a 0-d scalar. */
  public long[] shape() {
    return shape.clone();
  }

  /** Number of dimensions (0 for a scalar). */
  public int ndim() {
    return shape.length;
  }

  /** Length of axis {@code axis}. */
  public int dim(int axis) {
    return (int) shape[axis];
  }

  /** Number of elements (1 for a 0-d scalar). */
  public int size() {
    return size;
  }

  /**
   * True when the data bytes are in Fortran order (axis 0 fastest). Always false where both
   * orders store the same bytes (fewer than 2 axes longer than 1, or no elements), as numpy
   * decides when it saves an array.
   */
  public boolean fortranOrder() {
    return fortranOrder;
  }

  /** The raw data bytes in storage order: a read-only view, byte order set to the dtype's. */
  public ByteBuffer data() {
    return buf();
  }

  private ByteBuffer buf() {
    return data.duplicate().order(dtype.order());
  }

  private NpyType type() {
    return dtype.type();
  }

  /** True when storage order equals C order, so bulk copies apply. */
  private boolean cContiguous() {
    return !fortranOrder;
  }

  // ---------------------------------------------------------------- conversions

  /**
   * All values as doubles in C order.
   *
   * @throws IllegalStateException for complex arrays (use {@link #toRealParts()})
   */
  public double[] toDoubleArray() {
    requireReal("toDoubleArray");
    double[] out = new double[size];
    if (type() == NpyType.FLOAT64 && cContiguous()) {
      buf().asDoubleBuffer().get(out);
    } else {
      forEachElement((c, s) -> out[c] = Elements.getDouble(data, type(), s));
    }
    return out;
  }

  /**
   * All values as floats in C order (float64 and large integers are rounded to nearest).
   *
   * @throws IllegalStateException for complex arrays
   */
  public float[] toFloatArray() {
    requireReal("toFloatArray");
    float[] out = new float[size];
    if (type() == NpyType.FLOAT32 && cContiguous()) {
      buf().asFloatBuffer().get(out);
    } else {
      forEachElement((c, s) -> out[c] = (float) Elements.getDouble(data, type(), s));
    }
    return out;
  }

  /**
   * All values as longs in C order. uint64 values of 2^63 and more come back negative (the same
   * 64 bits, as numpy's {@code astype(np.int64)}).
   *
   * @throws IllegalStateException unless the dtype is bool or an integer type
   */
  public long[] toLongArray() {
    requireIntegral("toLongArray");
    long[] out = new long[size];
    if (type() == NpyType.INT64 && cContiguous()) {
      buf().asLongBuffer().get(out);
    } else {
      forEachElement((c, s) -> out[c] = Elements.getLong(data, type(), s));
    }
    return out;
  }

  /**
   * All values as ints in C order.
   *
   * @throws IllegalStateException unless the dtype is bool or an integer type
   * @throws ArithmeticException if a value does not fit in an int
   */
  public int[] toIntArray() {
    requireIntegral("toIntArray");
    int[] out = new int[size];
    if (type() == NpyType.INT32 && cContiguous()) {
      buf().asIntBuffer().get(out);
    } else {
      forEachElement((c, s) -> out[c] = Math.toIntExact(Elements.getLong(data, type(), s)));
    }
    return out;
  }

  /**
   * All values as booleans in C order: true where the value is not zero.
   *
   * @throws IllegalStateException for complex arrays
   */
  public boolean[] toBooleanArray() {
    requireReal("toBooleanArray");
    boolean[] out = new boolean[size];
    forEachElement((c, s) -> out[c] = Elements.getDouble(data, type(), s) != 0);
    return out;
  }

  /**
   * A 2-d array as {@code float[rows][cols]}, axis 0 = rows.
   *
   * @throws IllegalStateException unless the array is 2-d and real
   */
  public float[][] toFloat2D() {
    requireReal("toFloat2D");
    int rows = rows2D("toFloat2D");
    int cols = dim(1);
    float[][] out = new float[rows][cols];
    FloatBuffer bulk = type() == NpyType.FLOAT32 && cContiguous() ? buf().asFloatBuffer() : null;
    for (int r = 0; r < rows; r++) {
      if (bulk != null) {
        bulk.get(r * cols, out[r]);
      } else {
        for (int c = 0; c < cols; c++) {
          out[r][c] = (float) Elements.getDouble(data, type(), storageIndex2D(r, c));
        }
      }
    }
    return out;
  }

  /**
   * A 2-d array as {@code double[rows][cols]}, axis 0 = rows.
   *
   * @throws IllegalStateException unless the array is 2-d and real
   */
  public double[][] toDouble2D() {
    requireReal("toDouble2D");
    int rows = rows2D("toDouble2D");
    int cols = dim(1);
    double[][] out = new double[rows][cols];
    DoubleBuffer bulk = type() == NpyType.FLOAT64 && cContiguous() ? buf().asDoubleBuffer() : null;
    for (int r = 0; r < rows; r++) {
      if (bulk != null) {
        bulk.get(r * cols, out[r]);
      } else {
        for (int c = 0; c < cols; c++) {
          out[r][c] = Elements.getDouble(data, type(), storageIndex2D(r, c));
        }
      }
    }
    return out;
  }

  /**
   * Complex values interleaved in C order: {@code re0, im0, re1, im1, ...} ({@code 2 * size()}
   * values). Real arrays give imaginary parts 0.
   */
  public double[] toComplexInterleaved() {
    double[] out = new double[2 * size];
    forEachElement((c, s) -> {
      out[2 * c] = Elements.getDouble(data, type(), s);
      out[2 * c + 1] = Elements.getImag(data, type(), s);
    });
    return out;
  }

  /** Real parts in C order (the values themselves for real arrays). */
  public double[] toRealParts() {
    if (!type().isComplex()) return toDoubleArray();
    double[] out = new double[size];
    forEachElement((c, s) -> out[c] = Elements.getDouble(data, type(), s));
    return out;
  }

  /** Imaginary parts in C order (zeros for real arrays). */
  public double[] toImagParts() {
    double[] out = new double[size];
    forEachElement((c, s) -> out[c] = Elements.getImag(data, type(), s));
    return out;
  }

  /**
   * The value at an n-d index (one index per axis; none for a 0-d scalar) as a double, as
   * {@link #toDoubleArray()} converts it.
   *
   * @throws IllegalStateException for complex arrays
   * @throws IndexOutOfBoundsException for a wrong number of indices or an index out of range
   */
  public double getDouble(int... index) {
    requireReal("getDouble");
    if (index.length != shape.length) {
      throw new IndexOutOfBoundsException(index.length + " indices for an array of " + shape.length + " dimensions");
    }
    long s = 0;
    for (int k = 0; k < shape.length; k++) {
      int axis = fortranOrder ? shape.length - 1 - k : k;
      s = s * shape[axis] + Objects.checkIndex(index[axis], (int) shape[axis]);
    }
    return Elements.getDouble(data, type(), (int) s);
  }

  // ---------------------------------------------------------------- new arrays from this one

  /**
   * The same values with another shape of the same element count, in C order (as numpy's
   * {@code reshape}); shares the data when this array is in C order.
   */
  public NpyArray reshape(long... newShape) {
    if (Shapes.elementCount(newShape) != size) {
      throw new IllegalArgumentException("cannot reshape " + size + " elements of shape " + Shapes.repr(shape)
          + " to " + Shapes.repr(newShape));
    }
    NpyArray c = withLayout(dtype.order(), false);
    return new NpyArray(dtype, newShape, false, c.data);
  }

  /**
   * The same values stored in byte order {@code order} and in Fortran order or not, like numpy's
   * {@code a.astype(a.dtype.newbyteorder(...), order='F' or 'C')}. Returns this array when the
   * layout is already that.
   */
  public NpyArray withLayout(ByteOrder order, boolean fortran) {
    NpyDtype target = dtype.withOrder(order);
    boolean f = fortran && !ordersCoincide(shape, size);
    if (target.equals(dtype) && f == fortranOrder) {
      return this;
    }
    int item = dtype.itemSize();
    ByteBuffer src = buf();
    ByteBuffer dst = ByteBuffer.allocate(size * item);
    boolean swap = !target.equals(dtype);
    int comp = type().componentSize();
    FortranIndex.Visitor copy = (c, fi) -> {
      int from = (fortranOrder ? fi : c) * item;
      int to = (f ? fi : c) * item;
      for (int k = 0; k < item; k++) {
        int srcByte = swap ? (k / comp) * comp + comp - 1 - k % comp : k;
        dst.put(to + k, src.get(from + srcByte));
      }
    };
    if (fortranOrder || f) {
      FortranIndex.forEach(shape, copy);
    } else {
      for (int i = 0; i < size; i++) {
        copy.visit(i, i);
      }
    }
    return new NpyArray(target, shape, f, dst);
  }

  // ---------------------------------------------------------------- helpers

  /** Calls {@code v} with (C-order index, storage index) for every element. */
  private void forEachElement(FortranIndex.Visitor v) {
    if (fortranOrder) {
      FortranIndex.forEach(shape, v);
    } else {
      for (int i = 0; i < size; i++) {
        v.visit(i, i);
      }
    }
  }

  private int storageIndex2D(int r, int c) {
    return fortranOrder ? r + c * dim(0) : r * dim(1) + c;
  }

  private int rows2D(String what) {
    if (shape.length != 2) {
      throw new IllegalStateException(what + " needs a 2-d array, this one has shape " + Shapes.repr(shape));
    }
    return dim(0);
  }

  private void requireReal(String what) {
    if (type().isComplex()) {
      throw new IllegalStateException(what + " needs a real array, this one is " + dtype
          + "; use toRealParts(), toImagParts() or toComplexInterleaved()");
    }
  }

  private void requireIntegral(String what) {
    if (!type().isIntegral()) {
      throw new IllegalStateException(what + " needs a bool or integer array, this one is " + dtype + "; use toDoubleArray()");
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof NpyArray a
        && dtype.equals(a.dtype)
        && fortranOrder == a.fortranOrder
        && Arrays.equals(shape, a.shape)
        && data.equals(a.data);
  }

  @Override
  public int hashCode() {
    return Objects.hash(dtype, fortranOrder, Arrays.hashCode(shape), data);
  }

  @Override
  public String toString() {
    return "NpyArray[" + dtype + ", shape=" + Shapes.repr(shape) + (fortranOrder ? ", Fortran order]" : "]");
  }
}
