package dev.fathom.das;

/**
 * Sample type of a DAS data array, named as numpy names it ({@code int16}, {@code float32}, ...),
 * which is how the reference outputs and {@code das info} spell it.
 */
public enum DasDtype {
  INT8("int8", 1),
  INT16("int16", 2),
  INT32("int32", 4),
  INT64("int64", 8),
  FLOAT32("float32", 4),
  FLOAT64("float64", 8);

  private final String numpyName;
  private final int bytes;

  DasDtype(String numpyName, int bytes) {
    this.numpyName = numpyName;
    this.bytes = bytes;
  }

  /** The numpy name, e.g. {@code "int16"}. */
  public String numpyName() {
    return numpyName;
  }

  /** Bytes per sample. */
  public int bytes() {
    return bytes;
  }

  /** The dtype of a Java primitive component type ({@code short.class} → INT16). */
  public static DasDtype ofJavaType(Class<?> c) {
    if (c == byte.class || c == Byte.class) return INT8;
    if (c == short.class || c == Short.class) return INT16;
    if (c == int.class || c == Integer.class) return INT32;
    if (c == long.class || c == Long.class) return INT64;
    if (c == float.class || c == Float.class) return FLOAT32;
    if (c == double.class || c == Double.class) return FLOAT64;
    return null;
  }

  @Override
  public String toString() {
    return numpyName;
  }
}
