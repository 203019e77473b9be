package dev.fathom.segy.codec;

import static dev.fathom.segy.codec.Scratch.CHUNK;

import java.nio.ByteBuffer;
import java.nio.DoubleBuffer;

/**
 * Format 6, IEEE 754 binary64. Decoding to double is a bulk byte-order copy; decoding to float
 * rounds to nearest (ties to even), so magnitudes beyond Float.MAX_VALUE become ±Infinity and those
 * below 2^-150 become ±0.
 */
final class Ieee64Codec extends Codec {
  @Override
  void decode(ByteBuffer b, float[] dst, int off, int n, Scratch s) {
    DoubleBuffer db = b.asDoubleBuffer();
    double[] d = s.doubles();
    for (int c = 0; c < n; c += CHUNK) {
      int m = Math.min(CHUNK, n - c);
      db.get(c, d, 0, m);
      for (int i = 0; i < m; i++) {
        dst[off + c + i] = (float) d[i];
      }
    }
  }

  @Override
  void decode(ByteBuffer b, double[] dst, int off, int n, Scratch s) {
    b.asDoubleBuffer().get(0, dst, off, n);
  }

  @Override
  void encode(double[] src, int off, int n, ByteBuffer b, int first, Scratch s) {
    b.asDoubleBuffer().put(first, src, off, n);
  }

  @Override
  void encode(float[] src, int off, int n, ByteBuffer b, Scratch s) {
    DoubleBuffer db = b.asDoubleBuffer();
    double[] d = s.doubles();
    for (int c = 0; c < n; c += CHUNK) {
      int m = Math.min(CHUNK, n - c);
      for (int i = 0; i < m; i++) {
        d[i] = src[off + c + i];
      }
      db.put(c, d, 0, m);
    }
  }
}
