package dev.fathom.segy.codec;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Objects;

/**
 * Decodes SEG-Y trace samples of one {@link SampleFormat} and byte order from a {@link ByteBuffer}
 * into float[] or double[].
 *
 * <p>Source positions are <b>absolute byte indices</b> into the buffer, as in {@link
 * ByteBuffer#get(int)}: the buffer's position, mark and byte order are neither used nor changed
 * (only its limit bounds what may be read) and its content is never written, so one buffer may be
 * read by several decoders, in several threads. Heap, direct, memory-mapped and read-only buffers
 * all work.
 *
 * <p>Numerics (exact where the target type allows):
 *
 * <ul>
 *   <li>IBM (format 1): exact value per specs/segy.md §4.2, rounded once to float; see {@link
 *       IbmFloat} for zeros (sign kept), overflow (±Infinity) and subnormals. To double: exact.
 *   <li>IEEE float32 (5): bits copied unchanged. IEEE float64 (6): to double unchanged, to float
 *       rounded to nearest even.
 *   <li>Integers (2, 3, 7, 8, 9, 10, 11, 12, 15, 16): to double exact up to 2^53 (all formats but
 *       the 64-bit ones); to <b>float rounded</b> to nearest even beyond 2^24 in magnitude (32- and
 *       64-bit formats; 8-, 16- and 24-bit values are exact in float). 24-bit values are
 *       sign-extended from bit 23 (int24) or zero-extended (uint24); unsigned values never come out
 *       negative.
 * </ul>
 *
 * <p>Cost (single thread, measured by {@link CodecBench}): IEEE float32 to float is one bulk
 * byte-order copy (a JDK intrinsic, about 0.4 ns per sample); the other formats copy a chunk of
 * 2048 samples in bulk into a work array, then convert it while it is in L1 cache (IBM, with its
 * exact table conversion, about 1.2 ns per sample; integers 1 to 1.5 ns per sample). Not
 * thread-safe (it owns reusable work arrays): use one decoder per thread; creating one is cheap.
 */
public final class SampleDecoder {
  private final SampleFormat format;
  private final ByteOrder order;
  private final Codec codec;
  private final Scratch scratch = new Scratch();

  private SampleDecoder(SampleFormat format, ByteOrder order) {
    this.format = Objects.requireNonNull(format, "format");
    this.order = Objects.requireNonNull(order, "order");
    this.codec = Codec.of(format);
  }

  /** A decoder of samples of {@code format} stored in byte order {@code order}. */
  public static SampleDecoder of(SampleFormat format, ByteOrder order) {
    return new SampleDecoder(format, order);
  }

  public SampleFormat format() {
    return format;
  }

  public ByteOrder order() {
    return order;
  }

  /**
   * Decodes {@code n} consecutive samples.
   *
   * @param src the bytes
   * @param byteIndex absolute index in {@code src} of the first byte of the first sample
   * @param dst receives the samples
   * @param dstOffset index in {@code dst} of the first sample
   * @param n number of samples, at least 0
   * @throws IndexOutOfBoundsException if the samples extend beyond {@code src.limit()} or {@code
   *     dst}
   */
  public void decode(ByteBuffer src, int byteIndex, float[] dst, int dstOffset, int n) {
    Objects.checkFromIndexSize(dstOffset, n, dst.length);
    ByteBuffer b = view(src, byteIndex, n);
    if (n > 0) {
      codec.decode(b, dst, dstOffset, n, scratch);
    }
  }

  /**
   * Decodes {@code n} consecutive samples to double, exact for every format except 64-bit integers
   * beyond 2^53 in magnitude.
   *
   * @see #decode(ByteBuffer, int, float[], int, int)
   */
  public void decode(ByteBuffer src, int byteIndex, double[] dst, int dstOffset, int n) {
    Objects.checkFromIndexSize(dstOffset, n, dst.length);
    ByteBuffer b = view(src, byteIndex, n);
    if (n > 0) {
      codec.decode(b, dst, dstOffset, n, scratch);
    }
  }

  /** Decodes {@code n} samples into a new float array. */
  public float[] decodeFloats(ByteBuffer src, int byteIndex, int n) {
    float[] x = new float[n];
    decode(src, byteIndex, x, 0, n);
    return x;
  }

  /** Decodes {@code n} samples into a new double array. */
  public double[] decodeDoubles(ByteBuffer src, int byteIndex, int n) {
    double[] x = new double[n];
    decode(src, byteIndex, x, 0, n);
    return x;
  }

  /** The n samples at byteIndex as a buffer of their own, in the file's byte order. */
  private ByteBuffer view(ByteBuffer src, int byteIndex, int n) {
    long size = (long) n * format.bytesPerSample();
    Objects.checkFromIndexSize(byteIndex, size, src.limit());
    return src.slice(byteIndex, (int) size).order(order);
  }
}
