package dev.fathom.core.npy;

import java.nio.ByteBuffer;

/**
 * Reads and writes single elements of any {@link NpyType} at a flat element index of a buffer
 * whose byte order is already set, with absolute (thread-safe, position-free) accesses.
 */
final class Elements {
  private Elements() {}

  /**
   * Element {@code i} as a double: bools as 0/1, unsigned integers as their unsigned value,
   * complex numbers as their real part. int64 and uint64 beyond 2^53 are rounded to nearest.
   */
  static double getDouble(ByteBuffer b, NpyType t, int i) {
    int o = i * t.itemSize();
    return switch (t) {
      case FLOAT32, COMPLEX64 -> b.getFloat(o);
      case FLOAT64, COMPLEX128 -> b.getDouble(o);
      case UINT64 -> unsignedToDouble(b.getLong(o));
      default -> getLong(b, t, i);
    };
  }

  /** The imaginary part of element {@code i}: 0 for non-complex types. */
  static double getImag(ByteBuffer b, NpyType t, int i) {
    int o = i * t.itemSize();
    return switch (t) {
      case COMPLEX64 -> b.getFloat(o + 4);
      case COMPLEX128 -> b.getDouble(o + 8);
      default -> 0;
    };
  }

  /**
   * Element {@code i} of an integral type (bool, int, uint) as a long; uint64 values of 2^63 and
   * more come back negative (the same 64 bits, as numpy's {@code astype(np.int64)}).
   */
  static long getLong(ByteBuffer b, NpyType t, int i) {
    int o = i * t.itemSize();
    return switch (t) {
      case BOOL -> b.get(o) != 0 ? 1 : 0;
      case INT8 -> b.get(o);
      case INT16 -> b.getShort(o);
      case INT32 -> b.getInt(o);
      case INT64, UINT64 -> b.getLong(o);
      case UINT8 -> b.get(o) & 0xFFL;
      case UINT16 -> b.getShort(o) & 0xFFFFL;
      case UINT32 -> b.getInt(o) & 0xFFFF_FFFFL;
      default -> throw new IllegalStateException("not an integral type: " + t);
    };
  }

  /**
   * Stores {@code v} as element {@code i} of an integral type.
   *
   * @throws IllegalArgumentException when {@code v} is outside the type's range (any long is a
   *     valid uint64 bit pattern; bool takes 0 and 1)
   */
  static void putLong(ByteBuffer b, NpyType t, int i, long v) {
    checkRange(t, v, i);
    int o = i * t.itemSize();
    switch (t.itemSize()) {
      case 1 -> b.put(o, (byte) v);
      case 2 -> b.putShort(o, (short) v);
      case 4 -> b.putInt(o, (int) v);
      default -> b.putLong(o, v);
    }
  }

  private static void checkRange(NpyType t, long v, int i) {
    long lo;
    long hi;
    switch (t) {
      case BOOL -> { lo = 0; hi = 1; }
      case INT8 -> { lo = Byte.MIN_VALUE; hi = Byte.MAX_VALUE; }
      case INT16 -> { lo = Short.MIN_VALUE; hi = Short.MAX_VALUE; }
      case INT32 -> { lo = Integer.MIN_VALUE; hi = Integer.MAX_VALUE; }
      case UINT8 -> { lo = 0; hi = 0xFF; }
      case UINT16 -> { lo = 0; hi = 0xFFFF; }
      case UINT32 -> { lo = 0; hi = 0xFFFF_FFFFL; }
      case INT64, UINT64 -> { return; }
      default -> throw new IllegalArgumentException("not an integral type: " + t);
    }
    if (v < lo || v > hi) {
      throw new IllegalArgumentException("value " + v + " at index " + i + " is outside the range of " + t + " [" + lo + ", " + hi + "]");
    }
  }

  /** The unsigned 64-bit integer {@code v} as the nearest double. */
  static double unsignedToDouble(long v) {
    if (v >= 0) {
      return v;
    }
    // halve keeping a sticky bit, so that the rounding to 53 bits is the correct one
    return ((v >>> 1) | (v & 1)) * 2.0;
  }
}
