package dev.fathom.segy.codec;

import static dev.fathom.segy.codec.Scratch.CHUNK;

import java.math.BigDecimal;
import java.nio.ByteBuffer;

/**
 * The integer formats (2, 3, 7, 8, 9, 10, 11, 12, 15, 16). A subclass per width only moves samples
 * between the buffer and exact {@code long} values (sign- or zero-extended per the format);
 * conversion to and from floating point is common to all widths and lives here.
 *
 * <p>Decoding: to double is exact for every value of up to 53 significant bits (all formats but
 * 64-bit values beyond 2^53, which are rounded to nearest even); to float rounds to nearest even
 * for magnitudes beyond 2^24 (32- and 64-bit formats only: every 8-, 16- and 24-bit value is exact
 * in float). Unsigned 32- and 64-bit values never overflow: 0xFFFFFFFF is 4294967295 and
 * 0xFFFFFFFFFFFFFFFF is 2^64 - 1 (rounded).
 *
 * <p>Encoding rounds each value to the nearest integer, ties to even ({@link Math#rint}: 2.5 -> 2,
 * 3.5 -> 4, -2.5 -> -2), and refuses, never clamps, a value outside the format's range, NaN and
 * infinities: silent clamping would corrupt data.
 */
abstract class IntegerCodec extends Codec {
  private final SampleFormat format;
  private final boolean unsigned64;
  private final double min;
  private final double maxExclusive;

  /** AND-ed to a sign-extended value: -1 for signed formats, 2^(8 * bytes) - 1 for unsigned. */
  final long mask;

  IntegerCodec(SampleFormat format) {
    this.format = format;
    this.unsigned64 = !format.isSigned() && format.bytesPerSample() == 8;
    this.min = format.minValue();
    this.maxExclusive = format.maxValueExclusive();
    this.mask = format.isSigned() || unsigned64 ? -1L : (1L << (8 * format.bytesPerSample())) - 1;
  }

  /**
   * Loads samples first..first+m-1 of {@code b} (m <= CHUNK) into {@code out[0..m-1]} as exact
   * values; for uint64 the value is the bit pattern (negative longs stand for 2^63 and above).
   */
  abstract void load(ByteBuffer b, int first, int m, long[] out, Scratch s);

  /** Stores {@code in[0..m-1]}, all in the format's range, as samples first..first+m-1. */
  abstract void store(long[] in, int m, ByteBuffer b, int first, Scratch s);

  @Override
  final void decode(ByteBuffer b, float[] dst, int off, int n, Scratch s) {
    long[] v = s.longs();
    for (int c = 0; c < n; c += CHUNK) {
      int m = Math.min(CHUNK, n - c);
      load(b, c, m, v, s);
      int o = off + c;
      if (unsigned64) {
        for (int i = 0; i < m; i++) {
          dst[o + i] = unsignedToFloat(v[i]);
        }
      } else {
        for (int i = 0; i < m; i++) {
          dst[o + i] = v[i];
        }
      }
    }
  }

  @Override
  final void decode(ByteBuffer b, double[] dst, int off, int n, Scratch s) {
    long[] v = s.longs();
    for (int c = 0; c < n; c += CHUNK) {
      int m = Math.min(CHUNK, n - c);
      load(b, c, m, v, s);
      int o = off + c;
      if (unsigned64) {
        for (int i = 0; i < m; i++) {
          dst[o + i] = unsignedToDouble(v[i]);
        }
      } else {
        for (int i = 0; i < m; i++) {
          dst[o + i] = v[i];
        }
      }
    }
  }

  @Override
  final void encode(double[] src, int off, int n, ByteBuffer b, int first, Scratch s) {
    long[] v = s.longs();
    for (int c = 0; c < n; c += CHUNK) {
      int m = Math.min(CHUNK, n - c);
      for (int i = 0; i < m; i++) {
        double x = src[off + c + i];
        double r = Math.rint(x);
        if (!(r >= min && r < maxExclusive)) { // also NaN
          throw outOfRange(first + c + i, x, r);
        }
        // [2^63, 2^64) (uint64 only) maps to its two's-complement bit pattern; r - 2^64 is exact
        v[i] = r >= 0x1p63 ? (long) (r - 0x1p64) : (long) r;
      }
      store(v, m, b, first + c, s);
    }
  }

  private IllegalArgumentException outOfRange(int sample, double x, double rounded) {
    return new IllegalArgumentException(
        "sample "
            + sample
            + ": value "
            + x
            + (rounded != x && Double.isFinite(x) ? " (rounded to " + (long) rounded + ")" : "")
            + " is out of range for "
            + format
            + ": ["
            + new BigDecimal(min).toPlainString()
            + ", "
            + new BigDecimal(maxExclusive).subtract(BigDecimal.ONE).toPlainString()
            + "]");
  }

  /**
   * An unsigned 64-bit value rounded once to float (nearest, ties to even). Values of 2^63 and
   * above are halved keeping the lost bit as a sticky bit, which preserves correct rounding.
   */
  static float unsignedToFloat(long v) {
    return v >= 0 ? (float) v : 2f * (float) ((v >>> 1) | (v & 1));
  }

  /** An unsigned 64-bit value rounded once to double (nearest, ties to even). */
  static double unsignedToDouble(long v) {
    return v >= 0 ? (double) v : 2.0 * (double) ((v >>> 1) | (v & 1));
  }
}
