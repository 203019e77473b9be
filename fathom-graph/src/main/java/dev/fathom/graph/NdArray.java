package dev.fathom.graph;

import java.nio.DoubleBuffer;
import java.util.Arrays;
import java.util.Objects;
import java.util.function.DoubleUnaryOperator;

/**
 * An immutable n-dimensional array, the value passed between graph nodes: numpy semantics for
 * shapes (a 0-d scalar {@code ()}, a 1-D {@code (n,)} and a 2-D {@code (n, 1)} are different
 * arrays), a {@link DType} tag, real or complex values held as {@code double} — except real
 * {@link DType#FLOAT32} arrays, which always hold their values as a {@code float[]} (half the
 * memory, no widening; see {@link #wrapFloat32}) — row-major (C order) like numpy. For chunks, axis 0 is the channel (depth) and axis 1 the time sample:
 * distpy's {@code (nx, nt)}, element {@code (i, j)} at flat index {@code i * nt + j}.
 *
 * <p>Nothing can change an NdArray after it is made: factories copy their arguments, except
 * {@link #wrap}, which adopts the arrays it is given (the caller must not touch them
 * afterwards) so that commands can build their results without an extra copy. Accessors that
 * return arrays return copies; for large arrays use the zero-copy ones instead: {@link
 * #realView()} / {@link #imagView()} (read-only buffers over the values) and {@link #rowInto} /
 * {@link #rowImInto} (a row into the caller's buffer, no allocation).
 *
 * <p>Float32 storage: every accessor works for it, widening to {@code double} where it returns
 * doubles. {@link #rowInto(int, float[])} is then a plain copy, {@link #rowInto(int, double[])}
 * widens one row; {@link #realView()}, {@link #realData()}, {@link #row} and {@link #toRows}
 * return widened copies (for float32 storage {@code realView} is <em>not</em> zero-copy: it
 * allocates a {@code double[]} of {@link #size()} values — read float32 arrays row by row with
 * {@code rowInto} instead where it matters).
 */
public final class NdArray {
  private final int[] shape;
  private final DType dtype;
  /** Real parts; null exactly when the values are held in {@link #f32}. */
  private final double[] re;
  /** Real FLOAT32 values; null for every other dtype. */
  private final float[] f32;
  private final double[] im;
  private final int size;

  private NdArray(DType dtype, int[] shape, double[] re, double[] im) {
    this.dtype = Objects.requireNonNull(dtype, "dtype");
    this.shape = shape.clone();
    this.size = checkSize(this.shape, re.length);
    if (dtype.isComplex() != (im != null) || im != null && im.length != re.length) {
      throw new IllegalArgumentException("imaginary part must be given exactly for complex dtypes");
    }
    if (dtype == DType.FLOAT32) {
      float[] f = new float[re.length];
      for (int k = 0; k < f.length; k++) f[k] = (float) re[k];
      this.re = null;
      this.f32 = f;
    } else {
      if (dtype.isSingle()) {
        for (int k = 0; k < re.length; k++) {
          re[k] = (float) re[k];
          if (im != null) im[k] = (float) im[k];
        }
      }
      this.re = re;
      this.f32 = null;
    }
    this.im = im;
  }

  /** A real FLOAT32 array adopting {@code values}. */
  private NdArray(int[] shape, float[] values) {
    this.dtype = DType.FLOAT32;
    this.shape = shape.clone();
    this.size = checkSize(this.shape, values.length);
    this.re = null;
    this.f32 = values;
    this.im = null;
  }

  private static int checkSize(int[] shape, int length) {
    long n = 1;
    for (int s : shape) {
      if (s < 0) throw new IllegalArgumentException("negative dimension: " + Arrays.toString(shape));
      n *= s;
    }
    if (n != length) {
      throw new IllegalArgumentException(
          "shape " + Arrays.toString(shape) + " needs " + n + " values, got " + length);
    }
    return length;
  }

  // ---------------------------------------------------------------- factories

  /**
   * Adopts {@code re} (and {@code im} for complex dtypes) without copying: the caller must not
   * modify them afterwards. COMPLEX64 rounds the values in place; FLOAT32 copies them, rounded,
   * into its {@code float[]} storage (use {@link #wrapFloat32} to avoid that copy).
   */
  public static NdArray wrap(DType dtype, int[] shape, double[] re, double[] im) {
    return new NdArray(dtype, shape, re, im);
  }

  /** A real array adopting {@code values} (see {@link #wrap}). */
  public static NdArray wrap(DType dtype, int[] shape, double[] values) {
    return new NdArray(dtype, shape, values, null);
  }

  /**
   * A real FLOAT32 array adopting {@code data} without copying or widening (the caller must not
   * modify it afterwards): the way to hold float32 chunks, e.g. from {@code .npy} files.
   */
  public static NdArray wrapFloat32(int[] shape, float[] data) {
    return new NdArray(shape, Objects.requireNonNull(data, "data"));
  }

  /** A float64 array of the given shape with a copy of {@code values}. */
  public static NdArray of(int[] shape, double... values) {
    return new NdArray(DType.FLOAT64, shape, values.clone(), null);
  }

  /** A 1-D float64 array {@code (n,)}. */
  public static NdArray vector(double... values) {
    return new NdArray(DType.FLOAT64, new int[] {values.length}, values.clone(), null);
  }

  /** A 0-d float64 scalar. */
  public static NdArray scalar(double value) {
    return new NdArray(DType.FLOAT64, new int[0], new double[] {value}, null);
  }

  /** A 2-D float64 array {@code (rows.length, rows[0].length)} copied from rows. */
  public static NdArray fromRows(double[][] rows) {
    return fromRows(DType.FLOAT64, rows);
  }

  /** A 2-D real array copied from rows (all rows the same length). */
  public static NdArray fromRows(DType dtype, double[][] rows) {
    int nc = rows.length == 0 ? 0 : rows[0].length;
    double[] v = new double[rows.length * nc];
    for (int i = 0; i < rows.length; i++) {
      if (rows[i].length != nc) throw new IllegalArgumentException("ragged rows");
      System.arraycopy(rows[i], 0, v, i * nc, nc);
    }
    return new NdArray(dtype, new int[] {rows.length, nc}, v, null);
  }

  /** A 2-D complex128 array copied from the real and imaginary rows. */
  public static NdArray fromComplexRows(double[][] reRows, double[][] imRows) {
    NdArray r = fromRows(reRows);
    NdArray i = fromRows(imRows);
    if (!Arrays.equals(r.shape, i.shape)) throw new IllegalArgumentException("shape mismatch");
    return new NdArray(DType.COMPLEX128, r.shape, r.re, i.re);
  }

  /** An array of zeros. */
  public static NdArray zeros(DType dtype, int... shape) {
    long n = 1;
    for (int s : shape) n *= s;
    if (dtype == DType.FLOAT32) return new NdArray(shape, new float[(int) n]);
    return new NdArray(
        dtype, shape, new double[(int) n], dtype.isComplex() ? new double[(int) n] : null);
  }

  // ---------------------------------------------------------------- shape

  public DType dtype() {
    return dtype;
  }

  public boolean isComplex() {
    return im != null;
  }

  /** The shape (a copy). */
  public int[] shape() {
    return shape.clone();
  }

  /** Extent along {@code axis}; negative axes count from the end like numpy. */
  public int shape(int axis) {
    return shape[normalizeAxis(axis)];
  }

  public int ndim() {
    return shape.length;
  }

  /** Number of elements. */
  public int size() {
    return size;
  }

  /** Rows of a 2-D array (axis 0, channels). */
  public int rows() {
    require2d();
    return shape[0];
  }

  /** Columns of a 2-D array (axis 1, time samples). */
  public int cols() {
    require2d();
    return shape[1];
  }

  /** {@code axis} as a non-negative index, numpy style ({@code -1} = last axis). */
  public int normalizeAxis(int axis) {
    int a = axis < 0 ? axis + shape.length : axis;
    if (a < 0 || a >= shape.length) {
      throw new IllegalArgumentException(
          "axis " + axis + " is out of bounds for an array of dimension " + shape.length);
    }
    return a;
  }

  /**
   * Same values with another shape of the same size (numpy reshape, C order). Float32 storage is
   * shared (both arrays are immutable), other storage copied.
   */
  public NdArray reshape(int... newShape) {
    if (f32 != null) return new NdArray(newShape, f32);
    return new NdArray(dtype, newShape, re.clone(), im == null ? null : im.clone());
  }

  /** This array as 2-D: a 1-D {@code (n,)} becomes {@code (n, 1)} when {@code column}, else {@code (1, n)}. */
  public NdArray as2d(boolean column) {
    if (shape.length == 2) return this;
    if (shape.length == 1) return reshape(column ? new int[] {shape[0], 1} : new int[] {1, shape[0]});
    if (shape.length == 0) return reshape(1, 1);
    throw new IllegalArgumentException("cannot view a " + shape.length + "-D array as 2-D");
  }

  private void require2d() {
    if (shape.length != 2) {
      throw new IllegalStateException("expected a 2-D array, got shape " + shapeString());
    }
  }

  // ---------------------------------------------------------------- values

  /** Real part of the element at flat (C-order) index {@code k}. */
  public double re(int k) {
    return f32 != null ? f32[k] : re[k];
  }

  /** Imaginary part of the element at flat index {@code k} (0 for real arrays). */
  public double im(int k) {
    return im == null ? 0.0 : im[k];
  }

  /** Real part of element {@code (i, j)} of a 2-D array. */
  public double get(int i, int j) {
    return re(i * shape[1] + j);
  }

  /** Imaginary part of element {@code (i, j)} of a 2-D array. */
  public double getIm(int i, int j) {
    return im == null ? 0.0 : im[i * shape[1] + j];
  }

  /** A copy of all real parts in C order (widened for float32 storage). */
  public double[] realData() {
    if (f32 == null) return re.clone();
    double[] d = new double[size];
    for (int k = 0; k < d.length; k++) d[k] = f32[k];
    return d;
  }

  /**
   * The float storage of a FLOAT32 array itself, in C order — not a copy: for kernels that read a
   * whole float32 array in place (e.g. a chunk's rows straight from it, without row copies). The
   * caller must only read it: an NdArray never changes.
   *
   * @throws IllegalStateException when this array is not FLOAT32
   */
  public float[] float32Storage() {
    if (f32 == null) throw new IllegalStateException("not a float32 array: " + dtype);
    return f32;
  }

  /** A copy of all imaginary parts in C order (zeros for a real array). */
  public double[] imagData() {
    return im == null ? new double[size] : im.clone();
  }

  /**
   * The real parts in C order as a read-only buffer over this array's own storage: no copy,
   * position 0, limit {@link #size()}. Absolute {@code get(k)} and bulk {@code get(k, dst, off,
   * len)} are the fast ways to read it. For a FLOAT32 array (float storage) this is a buffer
   * over a widened copy ({@link #realData()}), not a view.
   */
  public DoubleBuffer realView() {
    return DoubleBuffer.wrap(f32 != null ? realData() : re).asReadOnlyBuffer();
  }

  /**
   * The imaginary parts as a read-only buffer over this array's own storage (no copy), or null
   * for a real array.
   */
  public DoubleBuffer imagView() {
    return im == null ? null : DoubleBuffer.wrap(im).asReadOnlyBuffer();
  }

  /**
   * Copies row {@code i} (real parts) of a 2-D array into {@code dst[0 .. cols)}: no allocation,
   * for kernels that reuse one buffer per thread.
   */
  public void rowInto(int i, double[] dst) {
    require2d();
    Objects.checkIndex(i, shape[0]);
    int n = shape[1];
    if (f32 != null) {
      int o = i * n;
      for (int k = 0; k < n; k++) dst[k] = f32[o + k];
    } else {
      System.arraycopy(re, i * n, dst, 0, n);
    }
  }

  /**
   * Copies row {@code i}'s real parts into {@code dst[0 .. cols)} as float32: exact for float32
   * arrays (a plain copy of their float storage), rounded otherwise.
   */
  public void rowInto(int i, float[] dst) {
    require2d();
    Objects.checkIndex(i, shape[0]);
    int n = shape[1];
    int o = i * n;
    if (f32 != null) {
      System.arraycopy(f32, o, dst, 0, n);
      return;
    }
    for (int k = 0; k < n; k++) {
      dst[k] = (float) re[o + k];
    }
  }

  /** Copies row {@code i}'s imaginary parts into {@code dst[0 .. cols)} (zeros for a real array). */
  public void rowImInto(int i, double[] dst) {
    require2d();
    Objects.checkIndex(i, shape[0]);
    if (im == null) {
      Arrays.fill(dst, 0, shape[1], 0.0);
    } else {
      System.arraycopy(im, i * shape[1], dst, 0, shape[1]);
    }
  }

  /**
   * Copies row {@code i} of a 2-D array into {@code dst[0 .. 2·cols)} as interleaved complex
   * values ({@code dst[2j]} real, {@code dst[2j+1]} imaginary part, zero for a real array): the
   * layout of fathom-dsp's complex kernels.
   */
  public void interleavedRowInto(int i, double[] dst) {
    require2d();
    Objects.checkIndex(i, shape[0]);
    int n = shape[1];
    int base = i * n;
    if (f32 != null) {
      for (int j = 0; j < n; j++) {
        dst[2 * j] = f32[base + j];
        dst[2 * j + 1] = 0.0;
      }
    } else if (im == null) {
      for (int j = 0; j < n; j++) {
        dst[2 * j] = re[base + j];
        dst[2 * j + 1] = 0.0;
      }
    } else {
      for (int j = 0; j < n; j++) {
        dst[2 * j] = re[base + j];
        dst[2 * j + 1] = im[base + j];
      }
    }
  }

  /** A copy of row {@code i} (real parts) of a 2-D array. */
  public double[] row(int i) {
    require2d();
    if (f32 != null) {
      double[] r = new double[shape[1]];
      rowInto(i, r);
      return r;
    }
    return Arrays.copyOfRange(re, i * shape[1], (i + 1) * shape[1]);
  }

  /** A copy of row {@code i}'s imaginary parts (zeros for a real array). */
  public double[] rowIm(int i) {
    require2d();
    return im == null
        ? new double[shape[1]]
        : Arrays.copyOfRange(im, i * shape[1], (i + 1) * shape[1]);
  }

  /** The real parts of a 2-D array as rows {@code [i][j]} (a copy). */
  public double[][] toRows() {
    double[][] r = new double[rows()][shape[1]];
    for (int i = 0; i < r.length; i++) rowInto(i, r[i]);
    return r;
  }

  /** The imaginary parts of a 2-D array as rows (a copy; zeros for a real array). */
  public double[][] toRowsIm() {
    double[][] r = new double[rows()][];
    for (int i = 0; i < r.length; i++) r[i] = rowIm(i);
    return r;
  }

  /** A real array with {@code f} applied to every real part, same shape, given dtype. */
  public NdArray mapReal(DType resultType, DoubleUnaryOperator f) {
    double[] out = new double[size];
    if (f32 != null) {
      for (int k = 0; k < out.length; k++) out[k] = f.applyAsDouble(f32[k]);
    } else {
      for (int k = 0; k < out.length; k++) out[k] = f.applyAsDouble(re[k]);
    }
    return new NdArray(resultType, shape, out, null);
  }

  /** The same values as another dtype, numpy {@code astype} (complex to real drops the imaginary part). */
  public NdArray astype(DType target) {
    if (target == dtype) return this;
    if (target == DType.FLOAT32) {
      float[] f = new float[size];
      for (int k = 0; k < f.length; k++) f[k] = (float) re[k]; // re != null: dtype is not FLOAT32
      return new NdArray(shape, f);
    }
    double[] r = realData();
    if (target.isIntegral()) {
      for (int k = 0; k < r.length; k++) {
        r[k] = target == DType.BOOL ? (r[k] != 0 || im(k) != 0 ? 1 : 0) : (double) (long) r[k];
      }
    }
    double[] i = target.isComplex() ? imagData() : null;
    return new NdArray(target, shape, r, i);
  }

  /** Number of elements that are NaN or infinite (real or imaginary part). */
  public int countNonFinite() {
    int n = 0;
    if (f32 != null) {
      for (float v : f32) if (!Float.isFinite(v)) n++;
      return n;
    }
    for (int k = 0; k < re.length; k++) {
      if (!Double.isFinite(re[k]) || im != null && !Double.isFinite(im[k])) n++;
    }
    return n;
  }

  /** The shape as numpy prints it: {@code (32, 500)}, {@code (32,)}, {@code ()}. */
  public String shapeString() {
    return shapeString(shape);
  }

  /** numpy's shape notation for {@code shape}. */
  public static String shapeString(int[] shape) {
    if (shape.length == 1) return "(" + shape[0] + ",)";
    StringBuilder b = new StringBuilder("(");
    for (int k = 0; k < shape.length; k++) b.append(k > 0 ? ", " : "").append(shape[k]);
    return b.append(')').toString();
  }

  /** Exact equality of shape, dtype and every value (NaNs equal to NaNs). */
  @Override
  public boolean equals(Object o) {
    return o instanceof NdArray a
        && dtype == a.dtype
        && Arrays.equals(shape, a.shape)
        && Arrays.equals(re, a.re) // same dtype: same kind of storage
        && Arrays.equals(f32, a.f32)
        && Arrays.equals(im, a.im);
  }

  @Override
  public int hashCode() {
    return Objects.hash(dtype, Arrays.hashCode(shape), f32 != null ? Arrays.hashCode(f32) : Arrays.hashCode(re));
  }

  @Override
  public String toString() {
    return "NdArray" + shapeString() + " " + dtype.descr();
  }
}
