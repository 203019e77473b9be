package dev.fathom.segy.codec;

import static dev.fathom.segy.codec.Scratch.CHUNK;

import java.nio.ByteBuffer;
import java.nio.FloatBuffer;

/**
 * Format 5, IEEE 754 binary32 (and SU native floats). Decoding to float is a bulk byte-order copy
 * ({@link FloatBuffer#get(int, float[], int, int)}), which preserves every bit pattern, NaN
 * payloads included.
 */
final class Ieee32Codec extends Codec {
  @Override
  void decode(ByteBuffer b, float[] dst, int off, int n, Scratch s) {
    b.asFloatBuffer().get(0, dst, off, n);
  }

  @Override
  void decode(ByteBuffer b, double[] dst, int off, int n, Scratch s) {
    FloatBuffer fb = b.asFloatBuffer();
    float[] f = s.floats();
    for (int c = 0; c < n; c += CHUNK) {
      int m = Math.min(CHUNK, n - c);
      fb.get(c, f, 0, m);
      for (int i = 0; i < m; i++) {
        dst[off + c + i] = f[i];
      }
    }
  }

  /** Rounds to nearest float (ties to even); a finite value that rounds to infinity is refused. */
  @Override
  void encode(double[] src, int off, int n, ByteBuffer b, int first, Scratch s) {
    FloatBuffer fb = b.asFloatBuffer();
    float[] f = s.floats();
    for (int c = 0; c < n; c += CHUNK) {
      int m = Math.min(CHUNK, n - c);
      for (int i = 0; i < m; i++) {
        double v = src[off + c + i];
        float x = (float) v;
        if (Float.isInfinite(x) && !Double.isInfinite(v)) {
          throw new IllegalArgumentException(
              "sample "
                  + (first + c + i)
                  + ": value "
                  + v
                  + " overflows "
                  + SampleFormat.IEEE_FLOAT32);
        }
        f[i] = x;
      }
      fb.put(first + c, f, 0, m);
    }
  }

  @Override
  void encode(float[] src, int off, int n, ByteBuffer b, Scratch s) {
    b.asFloatBuffer().put(0, src, off, n);
  }
}
