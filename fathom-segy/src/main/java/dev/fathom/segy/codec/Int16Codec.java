package dev.fathom.segy.codec;

import java.nio.ByteBuffer;

/** Formats 3 (int16) and 11 (uint16). */
final class Int16Codec extends IntegerCodec {
  Int16Codec(SampleFormat format) {
    super(format);
  }

  @Override
  void load(ByteBuffer b, int first, int m, long[] out, Scratch s) {
    short[] x = s.shorts();
    b.asShortBuffer().get(first, x, 0, m);
    for (int i = 0; i < m; i++) {
      out[i] = x[i] & mask;
    }
  }

  @Override
  void store(long[] in, int m, ByteBuffer b, int first, Scratch s) {
    short[] x = s.shorts();
    for (int i = 0; i < m; i++) {
      x[i] = (short) in[i];
    }
    b.asShortBuffer().put(first, x, 0, m);
  }
}
