package dev.fathom.graph;

import dev.fathom.core.npy.Npy;
import dev.fathom.core.npy.NpyArray;
import dev.fathom.core.npy.NpyDtype;
import dev.fathom.core.npy.NpyType;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;

/**
 * Converts between {@link NdArray} and fathom-core's {@link NpyArray}, keeping the dtype: a
 * {@code <c16} result is written as {@code <c16}, an {@code <i8} as {@code <i8}. Integer types
 * without an NdArray counterpart are read as int32 (8- and 16-bit, uint8/16) or int64 (uint32).
 * A {@code <f4} file is read into float32 storage ({@link NdArray#wrapFloat32}), never widened.
 */
public final class NpyConversion {
  private NpyConversion() {}

  /** Reads a {@code .npy} file. */
  public static NdArray read(Path file) {
    // C-order float32/float64 (every chunk): streamed straight into the array, no second copy
    dev.fathom.core.npy.NpyHeader h = Npy.readHeader(file);
    if (!h.fortranOrder() && h.elementCount() <= Integer.MAX_VALUE - 8) {
      int[] shape = new int[h.ndim()];
      for (int k = 0; k < shape.length; k++) shape[k] = Math.toIntExact(h.shape()[k]);
      if (h.dtype().type() == NpyType.FLOAT32) return NdArray.wrapFloat32(shape, Npy.readFloat32(file));
      if (h.dtype().type() == NpyType.FLOAT64) return NdArray.wrap(DType.FLOAT64, shape, Npy.readFloat64(file));
    }
    return fromNpy(Npy.read(file));
  }

  /** Writes {@code a} to {@code file} atomically (the folder must exist). */
  public static void write(Path file, NdArray a) {
    Npy.write(file, toNpy(a));
  }

  /** The NdArray holding the values of {@code n}. */
  public static NdArray fromNpy(NpyArray n) {
    DType t = dtypeOf(n.dtype().type());
    int[] shape = new int[n.ndim()];
    for (int k = 0; k < shape.length; k++) shape[k] = n.dim(k);
    if (t == DType.FLOAT32) return NdArray.wrapFloat32(shape, n.toFloatArray()); // never widened
    double[] re = n.toRealParts();
    double[] im = t.isComplex() ? n.toImagParts() : null;
    return NdArray.wrap(t, shape, re, im);
  }

  /** The little-endian, C-order NpyArray of {@code a}, in {@code a}'s dtype. */
  public static NpyArray toNpy(NdArray a) {
    NpyType type = npyTypeOf(a.dtype());
    ByteBuffer b = ByteBuffer.allocate(a.size() * type.itemSize()).order(ByteOrder.LITTLE_ENDIAN);
    for (int k = 0; k < a.size(); k++) {
      double v = a.re(k);
      switch (type) {
        case BOOL -> b.put((byte) (v != 0 ? 1 : 0));
        case INT32 -> b.putInt((int) v);
        case INT64, UINT64 -> b.putLong((long) v);
        case FLOAT32 -> b.putFloat((float) v);
        case FLOAT64 -> b.putDouble(v);
        case COMPLEX64 -> b.putFloat((float) v).putFloat((float) a.im(k));
        case COMPLEX128 -> b.putDouble(v).putDouble(a.im(k));
        default -> throw new IllegalStateException("unexpected type " + type);
      }
    }
    b.flip();
    long[] shape = new long[a.ndim()];
    for (int k = 0; k < shape.length; k++) shape[k] = a.shape(k);
    return NpyArray.fromBytes(NpyDtype.of(type), shape, false, b);
  }

  private static DType dtypeOf(NpyType t) {
    return switch (t) {
      case BOOL -> DType.BOOL;
      case INT8, INT16, INT32, UINT8, UINT16 -> DType.INT32;
      case INT64, UINT32 -> DType.INT64;
      case UINT64 -> DType.UINT64;
      case FLOAT32 -> DType.FLOAT32;
      case FLOAT64 -> DType.FLOAT64;
      case COMPLEX64 -> DType.COMPLEX64;
      case COMPLEX128 -> DType.COMPLEX128;
    };
  }

  private static NpyType npyTypeOf(DType t) {
    return switch (t) {
      case BOOL -> NpyType.BOOL;
      case INT32 -> NpyType.INT32;
      case INT64 -> NpyType.INT64;
      case UINT64 -> NpyType.UINT64;
      case FLOAT32 -> NpyType.FLOAT32;
      case FLOAT64 -> NpyType.FLOAT64;
      case COMPLEX64 -> NpyType.COMPLEX64;
      case COMPLEX128 -> NpyType.COMPLEX128;
    };
  }
}
