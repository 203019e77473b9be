package dev.fathom.core.npy;

import java.nio.ByteOrder;
import java.util.Objects;

/**
 * An element type with its byte order, as numpy's {@code descr} string names it: {@code '<f4'}
 * is little-endian float32, {@code '>c16'} big-endian complex128, {@code '|b1'} bool.
 *
 * <p>Byte order characters when parsing: {@code <} little-endian, {@code >} big-endian,
 * {@code =} and {@code |} native order (numpy treats {@code |} on a multi-byte type as native);
 * for one-byte types the order does not matter and {@link #descr()} writes {@code |}, as numpy
 * does. One-byte dtypes are normalised to little-endian so that equal types compare equal.
 *
 * @param type the element type
 * @param order the byte order of multi-byte elements (and of each part of a complex element)
 */
public record NpyDtype(NpyType type, ByteOrder order) {
  public static final NpyDtype BOOL = new NpyDtype(NpyType.BOOL, ByteOrder.LITTLE_ENDIAN);
  public static final NpyDtype INT8 = new NpyDtype(NpyType.INT8, ByteOrder.LITTLE_ENDIAN);
  public static final NpyDtype INT16 = new NpyDtype(NpyType.INT16, ByteOrder.LITTLE_ENDIAN);
  public static final NpyDtype INT32 = new NpyDtype(NpyType.INT32, ByteOrder.LITTLE_ENDIAN);
  public static final NpyDtype INT64 = new NpyDtype(NpyType.INT64, ByteOrder.LITTLE_ENDIAN);
  public static final NpyDtype UINT8 = new NpyDtype(NpyType.UINT8, ByteOrder.LITTLE_ENDIAN);
  public static final NpyDtype UINT16 = new NpyDtype(NpyType.UINT16, ByteOrder.LITTLE_ENDIAN);
  public static final NpyDtype UINT32 = new NpyDtype(NpyType.UINT32, ByteOrder.LITTLE_ENDIAN);
  public static final NpyDtype UINT64 = new NpyDtype(NpyType.UINT64, ByteOrder.LITTLE_ENDIAN);
  public static final NpyDtype FLOAT32 = new NpyDtype(NpyType.FLOAT32, ByteOrder.LITTLE_ENDIAN);
  public static final NpyDtype FLOAT64 = new NpyDtype(NpyType.FLOAT64, ByteOrder.LITTLE_ENDIAN);
  public static final NpyDtype COMPLEX64 = new NpyDtype(NpyType.COMPLEX64, ByteOrder.LITTLE_ENDIAN);
  public static final NpyDtype COMPLEX128 = new NpyDtype(NpyType.COMPLEX128, ByteOrder.LITTLE_ENDIAN);

  public NpyDtype {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(order, "order");
    if (type.itemSize() == 1) {
      order = ByteOrder.LITTLE_ENDIAN;
    }
  }

  /** The little-endian dtype of {@code type}. */
  public static NpyDtype of(NpyType type) {
    return new NpyDtype(type, ByteOrder.LITTLE_ENDIAN);
  }

  /** The same type in byte order {@code order}. */
  public NpyDtype withOrder(ByteOrder order) {
    return new NpyDtype(type, order);
  }

  /** numpy's kind character ({@code b i u f c}). */
  public char kind() {
    return type.kind();
  }

  /** Bytes per element. */
  public int itemSize() {
    return type.itemSize();
  }

  /** The numpy descr string, e.g. {@code <f4}, {@code >i8}, {@code |u1}. */
  public String descr() {
    char o = itemSize() == 1 ? '|' : order == ByteOrder.BIG_ENDIAN ? '>' : '<';
    return "" + o + kind() + itemSize();
  }

  /**
   * Parses a numpy descr string such as {@code <f4}, {@code >c16}, {@code |b1}, {@code =i8}, or
   * {@code f8} (no order character: native).
   *
   * @throws IllegalArgumentException naming the descr and the supported types when it is not
   *     one of them (strings {@code U}/{@code S}, objects {@code O}, float16, datetimes...)
   */
  public static NpyDtype parse(String descr) {
    Objects.requireNonNull(descr, "descr");
    String s = descr.strip();
    ByteOrder order = ByteOrder.nativeOrder();
    if (!s.isEmpty() && "<>=|".indexOf(s.charAt(0)) >= 0) {
      if (s.charAt(0) == '<') {
        order = ByteOrder.LITTLE_ENDIAN;
      } else if (s.charAt(0) == '>') {
        order = ByteOrder.BIG_ENDIAN;
      }
      s = s.substring(1);
    }
    NpyType type = null;
    if (s.length() >= 2 && s.substring(1).chars().allMatch(Character::isDigit) && s.length() <= 4) {
      type = NpyType.of(s.charAt(0), Integer.parseInt(s.substring(1)));
    } else if (s.equals("?")) {
      type = NpyType.BOOL;
    }
    if (type == null) {
      throw new IllegalArgumentException(unsupported(descr));
    }
    return new NpyDtype(type, order);
  }

  private static String unsupported(String descr) {
    String why = "";
    String s = descr.strip();
    String body = s.isEmpty() || "<>=|".indexOf(s.charAt(0)) < 0 ? s : s.substring(1);
    if (body.startsWith("O")) {
      why = " (object arrays are pickled Python objects)";
    } else if (body.startsWith("U") || body.startsWith("S") || body.startsWith("a")) {
      why = " (string arrays)";
    } else if (body.equals("f2") || body.equals("e")) {
      why = " (float16)";
    } else if (body.startsWith("M") || body.startsWith("m")) {
      why = " (datetimes)";
    }
    return "unsupported dtype '" + descr + "'" + why
        + "; expected one of |b1, i1..i8, u1..u8, f4, f8, c8, c16 with byte order <, > or |";
  }

  @Override
  public String toString() {
    return descr();
  }
}
