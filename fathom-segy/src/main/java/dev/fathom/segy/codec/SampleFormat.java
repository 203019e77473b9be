package dev.fathom.segy.codec;

import dev.fathom.core.InvalidDataException;

/**
 * The SEG-Y data sample format codes of binary-header bytes 3225-3226 (SEG-Y rev 2.1 table 1;
 * specs/segy.md §4.2), with the size and kind of one sample.
 *
 * <p>Every multi-byte sample is stored in the file's byte order (specs/segy.md §4.4), the 3-byte
 * ones included. Code 4 (fixed point with gain, obsolete since rev 1) and the undefined codes 13
 * and 14 are not formats: {@link #fromCode} rejects them.
 *
 * <p>Seismic Unix files have no binary header and no format code: their samples are always 4-byte
 * IEEE floats in the byte order of the machine that wrote the file, which is {@link
 * #SU_NATIVE_FLOAT} (= {@link #IEEE_FLOAT32}) with the file's detected byte order.
 */
public enum SampleFormat {
  /**
   * Code 1: IBM System/360 hexadecimal float, 4 bytes (rev 0). Decoded exactly: {@link IbmFloat}.
   */
  IBM_FLOAT32(1, 4, 0, Kind.FLOAT, true, "4-byte IBM floating point"),
  /** Code 2: two's-complement integer, 4 bytes (rev 0). */
  INT32(2, 4, 0, Kind.INTEGER, true, "4-byte two's complement integer"),
  /** Code 3: two's-complement integer, 2 bytes (rev 0). */
  INT16(3, 2, 0, Kind.INTEGER, true, "2-byte two's complement integer"),
  /** Code 5: IEEE 754 binary32, 4 bytes (rev 1). */
  IEEE_FLOAT32(5, 4, 1, Kind.FLOAT, true, "4-byte IEEE floating point"),
  /** Code 6: IEEE 754 binary64, 8 bytes (rev 2). */
  IEEE_FLOAT64(6, 8, 2, Kind.FLOAT, true, "8-byte IEEE floating point"),
  /** Code 7: two's-complement integer, 3 bytes, sign-extended from bit 23 (rev 2). */
  INT24(7, 3, 2, Kind.INTEGER, true, "3-byte two's complement integer"),
  /** Code 8: two's-complement integer, 1 byte (rev 1). */
  INT8(8, 1, 1, Kind.INTEGER, true, "1-byte two's complement integer"),
  /** Code 9: two's-complement integer, 8 bytes (rev 2). */
  INT64(9, 8, 2, Kind.INTEGER, true, "8-byte two's complement integer"),
  /** Code 10: unsigned integer, 4 bytes (rev 2). */
  UINT32(10, 4, 2, Kind.INTEGER, false, "4-byte unsigned integer"),
  /** Code 11: unsigned integer, 2 bytes (rev 2). */
  UINT16(11, 2, 2, Kind.INTEGER, false, "2-byte unsigned integer"),
  /** Code 12: unsigned integer, 8 bytes (rev 2). */
  UINT64(12, 8, 2, Kind.INTEGER, false, "8-byte unsigned integer"),
  /** Code 15: unsigned integer, 3 bytes (rev 2). */
  UINT24(15, 3, 2, Kind.INTEGER, false, "3-byte unsigned integer"),
  /** Code 16: unsigned integer, 1 byte (rev 2). */
  UINT8(16, 1, 2, Kind.INTEGER, false, "1-byte unsigned integer");

  /**
   * The sample format of Seismic Unix files: 4-byte IEEE floats in the writer's native byte order
   * (specs/segy.md §4.12). The byte order is not part of the format; pass the file's order to
   * {@link SampleDecoder#of}.
   */
  public static final SampleFormat SU_NATIVE_FLOAT = IEEE_FLOAT32;

  /** Byte offset (0-based) of the format code in a SEG-Y file: binary-header bytes 3225-3226. */
  public static final long FORMAT_CODE_OFFSET = 3224;

  /** Whether samples are integers or floating-point numbers. */
  public enum Kind {
    INTEGER,
    FLOAT
  }

  private static final SampleFormat[] BY_CODE = new SampleFormat[17];

  static {
    for (SampleFormat f : values()) {
      BY_CODE[f.code] = f;
    }
  }

  private final int code;
  private final int bytes;
  private final int sinceRevision;
  private final Kind kind;
  private final boolean signed;
  private final String description;

  SampleFormat(
      int code, int bytes, int sinceRevision, Kind kind, boolean signed, String description) {
    this.code = code;
    this.bytes = bytes;
    this.sinceRevision = sinceRevision;
    this.kind = kind;
    this.signed = signed;
    this.description = description;
  }

  /** The code in binary-header bytes 3225-3226. */
  public int code() {
    return code;
  }

  /** Size of one sample in bytes (1, 2, 3, 4 or 8). */
  public int bytesPerSample() {
    return bytes;
  }

  /**
   * The major SEG-Y revision that defined the code (0, 1 or 2; specs/segy.md §4.2): a file of an
   * earlier revision should not use it, and a writer must declare at least this revision.
   */
  public int sinceRevision() {
    return sinceRevision;
  }

  /** Integer or floating point. */
  public Kind kind() {
    return kind;
  }

  /** True for the integer formats. */
  public boolean isInteger() {
    return kind == Kind.INTEGER;
  }

  /** True for the floating-point formats (IBM, IEEE 32 and 64 bits). */
  public boolean isFloatingPoint() {
    return kind == Kind.FLOAT;
  }

  /** False only for the unsigned integer formats (10, 11, 12, 15, 16). */
  public boolean isSigned() {
    return signed;
  }

  /** The name of the format as the SEG-Y standard words it, e.g. "4-byte IBM floating point". */
  public String description() {
    return description;
  }

  /**
   * For integer formats, the smallest value a sample can hold; for floating-point formats, negative
   * infinity.
   */
  public double minValue() {
    if (kind == Kind.FLOAT) {
      return Double.NEGATIVE_INFINITY;
    }
    return signed ? -Math.scalb(1.0, 8 * bytes - 1) : 0.0;
  }

  /**
   * For integer formats, 1 + the largest value a sample can hold (2^(8b-1) or 2^(8b) for b bytes),
   * exact as a double even for the 64-bit formats; for floating-point formats, positive infinity.
   */
  public double maxValueExclusive() {
    if (kind == Kind.FLOAT) {
      return Double.POSITIVE_INFINITY;
    }
    return Math.scalb(1.0, signed ? 8 * bytes - 1 : 8 * bytes);
  }

  /** "format 5 (4-byte IEEE floating point)". */
  @Override
  public String toString() {
    return "format " + code + " (" + description + ")";
  }

  /**
   * The format of a code read from a file.
   *
   * @param code the value of binary-header bytes 3225-3226
   * @param source the file the code was read from, for the error message
   * @param offset the byte offset the code was read from ({@link #FORMAT_CODE_OFFSET} in a SEG-Y
   *     file), for the error message
   * @throws InvalidDataException if the code is 4 (obsolete fixed point with gain) or not a SEG-Y
   *     sample format
   */
  public static SampleFormat fromCode(int code, String source, long offset) {
    if (code == 4) {
      throw new InvalidDataException(
          source,
          offset,
          "fixed point with gain (format 4) is obsolete since rev 1 and not supported");
    }
    SampleFormat f = forCodeOrNull(code);
    if (f == null) {
      throw new InvalidDataException(
          source,
          offset,
          "unknown data sample format code "
              + code
              + " (expected 1, 2, 3, 5, 6, 7, 8, 9, 10, 11, 12, 15 or 16)");
    }
    return f;
  }

  /** The format with this code, or null if there is none (4, 13, 14 and others). */
  public static SampleFormat forCodeOrNull(int code) {
    return code >= 0 && code < BY_CODE.length ? BY_CODE[code] : null;
  }
}
