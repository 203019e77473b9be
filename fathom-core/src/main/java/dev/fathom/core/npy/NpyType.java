package dev.fathom.core.npy;

/**
 * The element types of {@code .npy} files that Fathom reads and writes: numpy's bool, signed and
 * unsigned integers of 1 to 8 bytes, IEEE floats of 4 and 8 bytes and complex numbers made of
 * two such floats (real part first). The byte order is not part of the type; see
 * {@link NpyDtype}.
 */
public enum NpyType {
  BOOL('b', 1),
  INT8('i', 1),
  INT16('i', 2),
  INT32('i', 4),
  INT64('i', 8),
  UINT8('u', 1),
  UINT16('u', 2),
  UINT32('u', 4),
  UINT64('u', 8),
  FLOAT32('f', 4),
  FLOAT64('f', 8),
  COMPLEX64('c', 8),
  COMPLEX128('c', 16);

  private final char kind;
  private final int itemSize;

  NpyType(char kind, int itemSize) {
    this.kind = kind;
    this.itemSize = itemSize;
  }

  /** numpy's kind character: {@code b} bool, {@code i} signed, {@code u} unsigned, {@code f} float, {@code c} complex. */
  public char kind() {
    return kind;
  }

  /** Bytes per element (both parts for complex types). */
  public int itemSize() {
    return itemSize;
  }

  /** Bytes per scalar component: the item size, or half of it for complex types. */
  public int componentSize() {
    return isComplex() ? itemSize / 2 : itemSize;
  }

  /** True for bool and the integer types, whose values are exact as {@code long}. */
  public boolean isIntegral() {
    return kind == 'b' || kind == 'i' || kind == 'u';
  }

  /** True for the float types (not complex). */
  public boolean isFloat() {
    return kind == 'f';
  }

  /** True for the complex types. */
  public boolean isComplex() {
    return kind == 'c';
  }

  /** The type with this kind character and item size, or null if Fathom does not support it. */
  public static NpyType of(char kind, int itemSize) {
    for (NpyType t : values()) {
      if (t.kind == kind && t.itemSize == itemSize) {
        return t;
      }
    }
    return null;
  }
}
