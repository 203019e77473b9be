package dev.fathom.core.npy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * The {@code .npy} format versions (numpy NEP 1, numpy.lib.format). They differ only in the
 * header: 1.0 stores the header length in 2 bytes (headers up to 65535 bytes), 2.0 in 4 bytes,
 * 3.0 is 2.0 with a UTF-8 header instead of Latin-1.
 */
public enum NpyVersion {
  V1_0(1, 0, 2, StandardCharsets.ISO_8859_1),
  V2_0(2, 0, 4, StandardCharsets.ISO_8859_1),
  V3_0(3, 0, 4, StandardCharsets.UTF_8);

  private final int major;
  private final int minor;
  private final int lengthFieldSize;
  private final Charset charset;

  NpyVersion(int major, int minor, int lengthFieldSize, Charset charset) {
    this.major = major;
    this.minor = minor;
    this.lengthFieldSize = lengthFieldSize;
    this.charset = charset;
  }

  public int major() {
    return major;
  }

  public int minor() {
    return minor;
  }

  /** Bytes of the little-endian header length field that follows the magic and version. */
  public int lengthFieldSize() {
    return lengthFieldSize;
  }

  /** The encoding of the header dict. */
  public Charset charset() {
    return charset;
  }

  /** The largest header (dict, padding and newline) this version can describe, in bytes. */
  public long maxHeaderLength() {
    return lengthFieldSize == 2 ? 0xFFFFL : 0xFFFF_FFFFL;
  }

  /** The version with these numbers, or null. */
  public static NpyVersion of(int major, int minor) {
    for (NpyVersion v : values()) {
      if (v.major == major && v.minor == minor) {
        return v;
      }
    }
    return null;
  }

  @Override
  public String toString() {
    return major + "." + minor;
  }
}
