package dev.fathom.segy.codec;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * Formats 7 (int24) and 15 (uint24): 3-byte integers in the file's byte order (the most significant
 * byte first in big-endian files, last in little-endian ones), int24 sign-extended from bit 23
 * (specs/segy.md §4.2; segyio 2.0 forgets the sign extension).
 */
final class Int24Codec extends IntegerCodec {
  Int24Codec(SampleFormat format) {
    super(format);
  }

  @Override
  void load(ByteBuffer b, int first, int m, long[] out, Scratch s) {
    byte[] x = s.bytes();
    b.get(3 * first, x, 0, 3 * m);
    int hi = b.order() == ByteOrder.BIG_ENDIAN ? 0 : 2;
    int lo = 2 - hi;
    for (int i = 0, j = 0; i < m; i++, j += 3) {
      // the high byte converts to int with its sign, giving the sign-extended int24
      int v = (x[j + hi] << 16) | ((x[j + 1] & 0xFF) << 8) | (x[j + lo] & 0xFF);
      out[i] = v & mask;
    }
  }

  @Override
  void store(long[] in, int m, ByteBuffer b, int first, Scratch s) {
    byte[] x = s.bytes();
    int hi = b.order() == ByteOrder.BIG_ENDIAN ? 0 : 2;
    int lo = 2 - hi;
    for (int i = 0, j = 0; i < m; i++, j += 3) {
      int v = (int) in[i];
      x[j + hi] = (byte) (v >> 16);
      x[j + 1] = (byte) (v >> 8);
      x[j + lo] = (byte) v;
    }
    b.put(3 * first, x, 0, 3 * m);
  }
}
