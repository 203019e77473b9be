package dev.fathom.segy.codec;

import static dev.fathom.segy.codec.Scratch.CHUNK;

import java.nio.ByteBuffer;

/**
 * The conversion strategy of one sample format (or one family: the integer widths share {@link
 * IntegerCodec}). Stateless and shared; work arrays come from the caller's {@link Scratch}.
 *
 * <p>Every method works on a buffer {@code b} whose byte order is the file's and whose sample
 * {@code k} starts at byte index {@code k * bytesPerSample}; bounds were checked by the caller.
 */
abstract class Codec {
  private static final Codec IBM = new IbmCodec();
  private static final Codec IEEE32 = new Ieee32Codec();
  private static final Codec IEEE64 = new Ieee64Codec();

  /** The codec of a format. */
  static Codec of(SampleFormat format) {
    switch (format) {
      case IBM_FLOAT32:
        return IBM;
      case IEEE_FLOAT32:
        return IEEE32;
      case IEEE_FLOAT64:
        return IEEE64;
      case INT8:
      case UINT8:
        return new Int8Codec(format);
      case INT16:
      case UINT16:
        return new Int16Codec(format);
      case INT24:
      case UINT24:
        return new Int24Codec(format);
      case INT32:
      case UINT32:
        return new Int32Codec(format);
      case INT64:
      case UINT64:
        return new Int64Codec(format);
      default:
        throw new AssertionError(format);
    }
  }

  /** Decodes samples 0..n-1 of {@code b} into {@code dst[off..off+n-1]}. */
  abstract void decode(ByteBuffer b, float[] dst, int off, int n, Scratch s);

  /** Decodes samples 0..n-1 of {@code b} into {@code dst[off..off+n-1]}. */
  abstract void decode(ByteBuffer b, double[] dst, int off, int n, Scratch s);

  /**
   * Encodes {@code src[off..off+n-1]} as samples first..first+n-1 of {@code b}. Must not use {@link
   * Scratch#doubles()}, which {@link #encode(float[], int, int, ByteBuffer, Scratch)} uses.
   *
   * @throws IllegalArgumentException naming the sample (its index in b) and the value, if a value
   *     has no representation in the format
   */
  abstract void encode(double[] src, int off, int n, ByteBuffer b, int first, Scratch s);

  /**
   * Encodes {@code src[off..off+n-1]} as samples 0..n-1 of {@code b}. This default widens each
   * chunk to double (exact) and encodes that; formats with a faster or bit-preserving float path
   * override it.
   */
  void encode(float[] src, int off, int n, ByteBuffer b, Scratch s) {
    double[] d = s.doubles();
    for (int c = 0; c < n; c += CHUNK) {
      int m = Math.min(CHUNK, n - c);
      for (int i = 0; i < m; i++) {
        d[i] = src[off + c + i];
      }
      encode(d, 0, m, b, c, s);
    }
  }
}
