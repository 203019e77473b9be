package dev.fathom.segy.codec;

import java.nio.ByteBuffer;

/** Formats 2 (int32) and 10 (uint32). */
final class Int32Codec extends IntegerCodec {
  Int32Codec(SampleFormat format) {
    super(format);
  }

  @Override
  void load(ByteBuffer b, int first, int m, long[] out, Scratch s) {
    int[] x = s.ints();
    b.asIntBuffer().get(first, x, 0, m);
    for (int i = 0; i < m; i++) {
      out[i] = x[i] & mask;
    }
  }

  @Override
  void store(long[] in, int m, ByteBuffer b, int first, Scratch s) {
    int[] x = s.ints();
    for (int i = 0; i < m; i++) {
      x[i] = (int) in[i];
    }
    b.asIntBuffer().put(first, x, 0, m);
  }
}
