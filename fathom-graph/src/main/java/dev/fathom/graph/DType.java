package dev.fathom.graph;

import java.util.Locale;

/**
 * Element type of an {@link NdArray}, named by its numpy descriptor so that results written as
 * {@code .npy} keep distpy's dtypes. Values are always held as {@code double} (real and imaginary
 * part); the dtype says how they were produced and how they are written: {@link #FLOAT32} and
 * {@link #COMPLEX64} values are rounded to {@code float} on creation, integer and boolean values
 * are whole numbers (exact up to 2^53).
 */
public enum DType {
  BOOL("|b1", Kind.BOOL, 1),
  INT32("<i4", Kind.INT, 4),
  INT64("<i8", Kind.INT, 8),
  UINT64("<u8", Kind.INT, 8),
  FLOAT32("<f4", Kind.FLOAT, 4),
  FLOAT64("<f8", Kind.FLOAT, 8),
  COMPLEX64("<c8", Kind.COMPLEX, 8),
  COMPLEX128("<c16", Kind.COMPLEX, 16);

  private enum Kind {
    BOOL,
    INT,
    FLOAT,
    COMPLEX
  }

  private final String descr;
  private final Kind kind;
  private final int itemSize;

  DType(String descr, Kind kind, int itemSize) {
    this.descr = descr;
    this.kind = kind;
    this.itemSize = itemSize;
  }

  /** The numpy descriptor, e.g. {@code "<f8"}. */
  public String descr() {
    return descr;
  }

  /** Bytes per element in a {@code .npy} file. */
  public int itemSize() {
    return itemSize;
  }

  public boolean isComplex() {
    return kind == Kind.COMPLEX;
  }

  /** True for the integer and boolean types. */
  public boolean isIntegral() {
    return kind == Kind.INT || kind == Kind.BOOL;
  }

  /** True for float32 and complex64 (values rounded to single precision). */
  public boolean isSingle() {
    return this == FLOAT32 || this == COMPLEX64;
  }

  /** The dtype of {@code numpy.real}/{@code numpy.abs} of this type (c16 to f8, c8 to f4). */
  public DType realPart() {
    return switch (this) {
      case COMPLEX128 -> FLOAT64;
      case COMPLEX64 -> FLOAT32;
      default -> this;
    };
  }

  /** The complex type holding this type (f4 to c8, everything else to c16). */
  public DType toComplex() {
    return this == FLOAT32 || this == COMPLEX64 ? COMPLEX64 : COMPLEX128;
  }

  /** The floating type of a float computation on this type (integers and bool become f8). */
  public DType toFloating() {
    return isIntegral() ? FLOAT64 : this;
  }

  /**
   * numpy's {@code result_type} of two arrays (array-array promotion, numpy 2): bool &lt; ints
   * &lt; floats &lt; complex; float32 with any 64-bit integer gives float64.
   */
  public static DType promote(DType a, DType b) {
    if (a == b) return a;
    if (a.kind == Kind.BOOL) return b;
    if (b.kind == Kind.BOOL) return a;
    boolean complex = a.isComplex() || b.isComplex();
    boolean single =
        (a.isSingle() || a.kind == Kind.INT && a.itemSize < 4)
            && (b.isSingle() || b.kind == Kind.INT && b.itemSize < 4);
    if (a.kind == Kind.INT && b.kind == Kind.INT) {
      return a == UINT64 || b == UINT64 ? FLOAT64 : INT64;
    }
    if (complex) return single ? COMPLEX64 : COMPLEX128;
    return single ? FLOAT32 : FLOAT64;
  }

  /**
   * numpy 2 (NEP 50) promotion of an array with a Python float scalar: floating and complex
   * arrays keep their type, integer and boolean arrays become float64.
   */
  public DType withPythonFloat() {
    return toFloating();
  }

  /** The dtype of a numpy descriptor ({@code "<f8"}, {@code "float64"}, {@code "|b1"}...). */
  public static DType fromDescr(String descr) {
    String d = descr.toLowerCase(Locale.ROOT);
    for (DType t : values()) {
      if (t.descr.equals(d) || t.descr.substring(1).equals(d) || t.name().equalsIgnoreCase(d)) {
        return t;
      }
    }
    if (d.equals("bool") || d.equals("?") || d.equals("|b1")) return BOOL;
    throw new IllegalArgumentException("unsupported dtype: " + descr);
  }
}
