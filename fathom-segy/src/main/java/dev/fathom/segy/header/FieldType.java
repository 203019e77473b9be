package dev.fathom.segy.header;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * The storage type of a header word. Integers are read as {@code long} (unsigned 64-bit values
 * above {@link Long#MAX_VALUE} wrap; SEG-Y never stores such values in practice), IEEE doubles as
 * {@code double}, 8-character names as text.
 */
public enum FieldType {
  UINT1(1),
  INT2(2),
  UINT2(2),
  INT4(4),
  UINT4(4),
  INT8(8),
  UINT8(8),
  IEEE64(8),
  STRING8(8);

  private final int size;

  FieldType(int size) {
    this.size = size;
  }

  /** Size in bytes. */
  public int size() {
    return size;
  }

  /** True for the integer types. */
  public boolean isInteger() {
    return this != IEEE64 && this != STRING8;
  }

  /**
   * Reads the word at absolute index {@code pos} of {@code b} in {@code order} as a number:
   * integers exactly, doubles truncated toward zero for {@link #IEEE64}, the 8 bytes as a
   * big-endian integer for {@link #STRING8}.
   */
  public long readLong(ByteBuffer b, int pos, ByteOrder order) {
    switch (this) {
      case UINT1:
        return b.get(pos) & 0xFF;
      case INT2:
        return swap16(b.getShort(pos), b.order(), order);
      case UINT2:
        return swap16(b.getShort(pos), b.order(), order) & 0xFFFF;
      case INT4:
        return swap32(b.getInt(pos), b.order(), order);
      case UINT4:
        return swap32(b.getInt(pos), b.order(), order) & 0xFFFFFFFFL;
      case INT8:
      case UINT8:
        return swap64(b.getLong(pos), b.order(), order);
      case IEEE64:
        return (long) readDouble(b, pos, order);
      case STRING8:
        return swap64(b.getLong(pos), b.order(), ByteOrder.BIG_ENDIAN);
      default:
        throw new AssertionError(this);
    }
  }

  /** Reads the word as a double (integers converted, {@link #IEEE64} exact). */
  public double readDouble(ByteBuffer b, int pos, ByteOrder order) {
    if (this == IEEE64) {
      return Double.longBitsToDouble(swap64(b.getLong(pos), b.order(), order));
    }
    if (this == UINT8) {
      long v = readLong(b, pos, order);
      return v >= 0 ? v : (double) (v >>> 1) * 2.0 + (v & 1);
    }
    return readLong(b, pos, order);
  }

  /** Writes {@code value} (integers) at {@code pos} in {@code order}; range-checked. */
  public void writeLong(ByteBuffer b, int pos, ByteOrder order, long value) {
    ByteOrder saved = b.order();
    b.order(order);
    try {
      switch (this) {
        case UINT1:
          check(value, 0, 0xFF);
          b.put(pos, (byte) value);
          break;
        case INT2:
          check(value, Short.MIN_VALUE, Short.MAX_VALUE);
          b.putShort(pos, (short) value);
          break;
        case UINT2:
          check(value, 0, 0xFFFF);
          b.putShort(pos, (short) value);
          break;
        case INT4:
          check(value, Integer.MIN_VALUE, Integer.MAX_VALUE);
          b.putInt(pos, (int) value);
          break;
        case UINT4:
          check(value, 0, 0xFFFFFFFFL);
          b.putInt(pos, (int) value);
          break;
        case INT8:
        case UINT8:
          b.putLong(pos, value);
          break;
        case IEEE64:
          b.putDouble(pos, value);
          break;
        case STRING8:
          b.order(ByteOrder.BIG_ENDIAN).putLong(pos, value);
          break;
        default:
          throw new AssertionError(this);
      }
    } finally {
      b.order(saved);
    }
  }

  /** Writes a double; for integer types the value must be integral and in range. */
  public void writeDouble(ByteBuffer b, int pos, ByteOrder order, double value) {
    if (this == IEEE64) {
      ByteOrder saved = b.order();
      b.order(order).putDouble(pos, value);
      b.order(saved);
      return;
    }
    if (value != Math.rint(value)) {
      throw new IllegalArgumentException(this + " header word cannot hold non-integral value " + value);
    }
    writeLong(b, pos, order, (long) value);
  }

  private void check(long v, long min, long max) {
    if (v < min || v > max) {
      throw new IllegalArgumentException(
          "value " + v + " out of range [" + min + ", " + max + "] of a " + this + " header word");
    }
  }

  private static long swap16(short v, ByteOrder have, ByteOrder want) {
    return have == want ? v : Short.reverseBytes(v);
  }

  private static long swap32(int v, ByteOrder have, ByteOrder want) {
    return have == want ? v : Integer.reverseBytes(v);
  }

  private static long swap64(long v, ByteOrder have, ByteOrder want) {
    return have == want ? v : Long.reverseBytes(v);
  }
}
