package dev.fathom.segy.codec;

import java.nio.ByteBuffer;

/** Formats 8 (int8) and 16 (uint8). */
final class Int8Codec extends IntegerCodec {
  Int8Codec(SampleFormat format) {
    super(format);
  }

  @Override
  void load(ByteBuffer b, int first, int m, long[] out, Scratch s) {
    byte[] x = s.bytes();
    b.get(first, x, 0, m);
    for (int i = 0; i < m; i++) {
      out[i] = x[i] & mask;
    }
  }

  @Override
  void store(long[] in, int m, ByteBuffer b, int first, Scratch s) {
    byte[] x = s.bytes();
    for (int i = 0; i < m; i++) {
      x[i] = (byte) in[i];
    }
    b.put(first, x, 0, m);
  }
}
