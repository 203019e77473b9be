package dev.fathom.das.hdf;

import io.jhdf.object.datatype.DataType;
import io.jhdf.object.datatype.FixedPoint;
import io.jhdf.object.datatype.FloatingPoint;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * How HDF5 stores one sample (integer or IEEE float, its width and signedness; the byte order is
 * given with the bytes) and its decoding to float32. Values equal what the hyperslab path gives
 * ({@code DasArray.getFloat} on jhdf's Java values): integers up to 32 bits and float32 convert
 * once; int64 goes through double as there ({@code (float) (double) v}); float64 rounds once.
 */
public enum SampleCodec {
  INT8(1) {
    @Override
    void decode(byte[] b, int off, int n, boolean big, float[] dst, int d, int step) {
      for (int i = 0; i < n; i++) dst[d + i * step] = b[off + i];
    }
  },
  UINT8(1) {
    @Override
    void decode(byte[] b, int off, int n, boolean big, float[] dst, int d, int step) {
      for (int i = 0; i < n; i++) dst[d + i * step] = b[off + i] & 0xff;
    }
  },
  INT16(2) {
    @Override
    void decode(byte[] b, int off, int n, boolean big, float[] dst, int d, int step) {
      if (big) for (int i = 0; i < n; i++) dst[d + i * step] = (short) SHORT_BE.get(b, off + 2 * i);
      else for (int i = 0; i < n; i++) dst[d + i * step] = (short) SHORT_LE.get(b, off + 2 * i);
    }
  },
  UINT16(2) {
    @Override
    void decode(byte[] b, int off, int n, boolean big, float[] dst, int d, int step) {
      if (big) for (int i = 0; i < n; i++) dst[d + i * step] = (short) SHORT_BE.get(b, off + 2 * i) & 0xffff;
      else for (int i = 0; i < n; i++) dst[d + i * step] = (short) SHORT_LE.get(b, off + 2 * i) & 0xffff;
    }
  },
  INT32(4) {
    @Override
    void decode(byte[] b, int off, int n, boolean big, float[] dst, int d, int step) {
      if (big) for (int i = 0; i < n; i++) dst[d + i * step] = (int) INT_BE.get(b, off + 4 * i);
      else for (int i = 0; i < n; i++) dst[d + i * step] = (int) INT_LE.get(b, off + 4 * i);
    }
  },
  UINT32(4) {
    @Override
    void decode(byte[] b, int off, int n, boolean big, float[] dst, int d, int step) {
      if (big) for (int i = 0; i < n; i++) dst[d + i * step] = (int) INT_BE.get(b, off + 4 * i) & 0xffffffffL;
      else for (int i = 0; i < n; i++) dst[d + i * step] = (int) INT_LE.get(b, off + 4 * i) & 0xffffffffL;
    }
  },
  INT64(8) {
    @Override
    void decode(byte[] b, int off, int n, boolean big, float[] dst, int d, int step) {
      if (big) for (int i = 0; i < n; i++) dst[d + i * step] = (float) (double) (long) LONG_BE.get(b, off + 8 * i);
      else for (int i = 0; i < n; i++) dst[d + i * step] = (float) (double) (long) LONG_LE.get(b, off + 8 * i);
    }
  },
  FLOAT32(4) {
    @Override
    void decode(byte[] b, int off, int n, boolean big, float[] dst, int d, int step) {
      if (big) for (int i = 0; i < n; i++) dst[d + i * step] = (float) FLOAT_BE.get(b, off + 4 * i);
      else for (int i = 0; i < n; i++) dst[d + i * step] = (float) FLOAT_LE.get(b, off + 4 * i);
    }
  },
  FLOAT64(8) {
    @Override
    void decode(byte[] b, int off, int n, boolean big, float[] dst, int d, int step) {
      if (big) for (int i = 0; i < n; i++) dst[d + i * step] = (float) (double) DOUBLE_BE.get(b, off + 8 * i);
      else for (int i = 0; i < n; i++) dst[d + i * step] = (float) (double) DOUBLE_LE.get(b, off + 8 * i);
    }
  };

  private static final VarHandle SHORT_LE = MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.LITTLE_ENDIAN);
  private static final VarHandle SHORT_BE = MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.BIG_ENDIAN);
  private static final VarHandle INT_LE = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
  private static final VarHandle INT_BE = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.BIG_ENDIAN);
  private static final VarHandle LONG_LE = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final VarHandle LONG_BE = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);
  private static final VarHandle FLOAT_LE = MethodHandles.byteArrayViewVarHandle(float[].class, ByteOrder.LITTLE_ENDIAN);
  private static final VarHandle FLOAT_BE = MethodHandles.byteArrayViewVarHandle(float[].class, ByteOrder.BIG_ENDIAN);
  private static final VarHandle DOUBLE_LE = MethodHandles.byteArrayViewVarHandle(double[].class, ByteOrder.LITTLE_ENDIAN);
  private static final VarHandle DOUBLE_BE = MethodHandles.byteArrayViewVarHandle(double[].class, ByteOrder.BIG_ENDIAN);

  private final int bytes;

  SampleCodec(int bytes) {
    this.bytes = bytes;
  }

  /** Bytes per stored sample. */
  public int bytes() {
    return bytes;
  }

  /**
   * Decodes {@code n} consecutive samples starting at byte {@code off} of {@code b}, big-endian
   * when {@code big}, into {@code dst[d + i * step]}. (Byte-array views through static final VarHandles,
   * which C2 compiles to plain, byte-swapping where needed, loads.)
   */
  abstract void decode(byte[] b, int off, int n, boolean big, float[] dst, int d, int step);

  /**
   * Stored samples as the flat array jhdf returns for this type: byte, short, int, long, float or
   * double, unsigned types widened (uint8 and uint16 to int, uint32 to long).
   */
  public Object javaValues(byte[] raw, ByteOrder order) {
    ByteBuffer b = ByteBuffer.wrap(raw).order(order);
    int n = raw.length / bytes;
    switch (this) {
      case INT8:
        return raw.clone();
      case INT16: {
        short[] a = new short[n];
        b.asShortBuffer().get(a);
        return a;
      }
      case INT32: {
        int[] a = new int[n];
        b.asIntBuffer().get(a);
        return a;
      }
      case INT64: {
        long[] a = new long[n];
        b.asLongBuffer().get(a);
        return a;
      }
      case FLOAT32: {
        float[] a = new float[n];
        b.asFloatBuffer().get(a);
        return a;
      }
      case FLOAT64: {
        double[] a = new double[n];
        b.asDoubleBuffer().get(a);
        return a;
      }
      case UINT8: {
        int[] a = new int[n];
        for (int i = 0; i < n; i++) a[i] = raw[i] & 0xff;
        return a;
      }
      case UINT16: {
        int[] a = new int[n];
        for (int i = 0; i < n; i++) a[i] = b.getShort(2 * i) & 0xffff;
        return a;
      }
      default: {
        long[] a = new long[n];
        for (int i = 0; i < n; i++) a[i] = b.getInt(4 * i) & 0xffffffffL;
        return a;
      }
    }
  }

  /**
   * The codec of an HDF5 datatype, or null when it is not a plain full-width integer (8-32 bit,
   * signed or not; signed 64) or IEEE float32/float64 (HDF5 File Format Specification, section
   * IV.A.2.d, datatype classes 0 and 1).
   */
  public static SampleCodec of(DataType t) {
    if (t instanceof FixedPoint f) {
      if (f.getBitOffset() != 0 || f.getBitPrecision() != 8 * f.getSize()) return null;
      return switch (f.getSize()) {
        case 1 -> f.isSigned() ? INT8 : UINT8;
        case 2 -> f.isSigned() ? INT16 : UINT16;
        case 4 -> f.isSigned() ? INT32 : UINT32;
        case 8 -> f.isSigned() ? INT64 : null;
        default -> null;
      };
    }
    if (t instanceof FloatingPoint f) {
      if (f.getBitOffset() != 0 || f.getBitPrecision() != 8 * f.getSize()) return null;
      boolean ieee = f.getSize() == 4
          ? f.getExponentSize() == 8 && f.getMantissaSize() == 23 && f.getExponentBias() == 127
          : f.getSize() == 8 && f.getExponentSize() == 11 && f.getMantissaSize() == 52 && f.getExponentBias() == 1023;
      if (!ieee) return null;
      return f.getSize() == 4 ? FLOAT32 : FLOAT64;
    }
    return null;
  }

  /** The byte order of an HDF5 integer or float datatype. */
  public static ByteOrder order(DataType t) {
    if (t instanceof FixedPoint f) return f.getByteOrder();
    if (t instanceof FloatingPoint f) return f.getByteOrder();
    throw new IllegalArgumentException("not a numeric datatype: " + t);
  }
}
