package dev.fathom.segy.codec;

import java.nio.ByteBuffer;

/** Formats 9 (int64) and 12 (uint64, held as its bit pattern). */
final class Int64Codec extends IntegerCodec {
  Int64Codec(SampleFormat format) {
    super(format);
  }

  @Override
  void load(ByteBuffer b, int first, int m, long[] out, Scratch s) {
    b.asLongBuffer().get(first, out, 0, m);
  }

  @Override
  void store(long[] in, int m, ByteBuffer b, int first, Scratch s) {
    b.asLongBuffer().put(first, in, 0, m);
  }
}
