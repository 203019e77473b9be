package dev.fathom.segy.codec;

/**
 * Reusable work arrays of one {@link SampleDecoder} or {@link SampleEncoder}, sized for one chunk
 * of {@link #CHUNK} samples so that the chunk stays in the L1 cache between the bulk byte-order
 * copy and the conversion loop. Allocated on first use; not thread-safe, like its owner.
 */
final class Scratch {
  /** Samples converted per pass. */
  static final int CHUNK = 2048;

  private byte[] bytes;
  private short[] shorts;
  private int[] ints;
  private long[] longs;
  private float[] floats;
  private double[] doubles;

  /** At least {@code 8 * CHUNK} bytes (a chunk of the widest samples). */
  byte[] bytes() {
    if (bytes == null) {
      bytes = new byte[8 * CHUNK];
    }
    return bytes;
  }

  short[] shorts() {
    if (shorts == null) {
      shorts = new short[CHUNK];
    }
    return shorts;
  }

  int[] ints() {
    if (ints == null) {
      ints = new int[CHUNK];
    }
    return ints;
  }

  long[] longs() {
    if (longs == null) {
      longs = new long[CHUNK];
    }
    return longs;
  }

  float[] floats() {
    if (floats == null) {
      floats = new float[CHUNK];
    }
    return floats;
  }

  double[] doubles() {
    if (doubles == null) {
      doubles = new double[CHUNK];
    }
    return doubles;
  }
}
