package dev.fathom.segy.codec;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Objects;

/**
 * Encodes float[] or double[] samples into a {@link ByteBuffer} in one {@link SampleFormat} and
 * byte order, for writing SEG-Y and SU traces.
 *
 * <p>Destination positions are <b>absolute byte indices</b>, as in {@link ByteBuffer#put(int,
 * byte)}; the buffer's position and byte order are neither used nor changed.
 *
 * <p>Rounding and range, per format:
 *
 * <ul>
 *   <li>IBM (format 1): fraction rounded to nearest, ties to even; ±0 and magnitudes below 16^-65
 *       written as true zero {@code 0x00000000}; NaN, infinities and (from double) magnitudes
 *       beyond about 7.24e75 refused. See {@link IbmFloat#fromDouble}.
 *   <li>IEEE float32 (5): float input copied bit for bit; double input rounded to nearest even, a
 *       finite double that overflows float32 refused (NaN and infinities are kept).
 *   <li>IEEE float64 (6): exact.
 *   <li>Integers: rounded to nearest integer, ties to even ({@link Math#rint}); a value outside the
 *       format's range, NaN or an infinity is refused. Nothing is ever clamped.
 * </ul>
 *
 * <p>A refused value raises {@link IllegalArgumentException} naming the sample (0-based, counted
 * from the first sample of the call, i.e. the sample number within a trace encoded in one call),
 * the value and the format; samples before it may already have been written. Not thread-safe.
 */
public final class SampleEncoder {
  private final SampleFormat format;
  private final ByteOrder order;
  private final Codec codec;
  private final Scratch scratch = new Scratch();

  private SampleEncoder(SampleFormat format, ByteOrder order) {
    this.format = Objects.requireNonNull(format, "format");
    this.order = Objects.requireNonNull(order, "order");
    this.codec = Codec.of(format);
  }

  /** An encoder of samples of {@code format} in byte order {@code order}. */
  public static SampleEncoder of(SampleFormat format, ByteOrder order) {
    return new SampleEncoder(format, order);
  }

  public SampleFormat format() {
    return format;
  }

  public ByteOrder order() {
    return order;
  }

  /**
   * Encodes {@code src[srcOffset..srcOffset+n-1]} into {@code n * format.bytesPerSample()} bytes of
   * {@code dst} starting at absolute index {@code byteIndex}.
   *
   * @throws IllegalArgumentException if a value cannot be represented (see the class comment)
   * @throws IndexOutOfBoundsException if the bytes extend beyond {@code dst.limit()}
   * @throws java.nio.ReadOnlyBufferException if dst is read-only
   */
  public void encode(float[] src, int srcOffset, int n, ByteBuffer dst, int byteIndex) {
    Objects.checkFromIndexSize(srcOffset, n, src.length);
    ByteBuffer b = view(dst, byteIndex, n);
    if (n > 0) {
      codec.encode(src, srcOffset, n, b, scratch);
    }
  }

  /** As {@link #encode(float[], int, int, ByteBuffer, int)}, from double values. */
  public void encode(double[] src, int srcOffset, int n, ByteBuffer dst, int byteIndex) {
    Objects.checkFromIndexSize(srcOffset, n, src.length);
    ByteBuffer b = view(dst, byteIndex, n);
    if (n > 0) {
      codec.encode(src, srcOffset, n, b, 0, scratch);
    }
  }

  private ByteBuffer view(ByteBuffer dst, int byteIndex, int n) {
    long size = (long) n * format.bytesPerSample();
    Objects.checkFromIndexSize(byteIndex, size, dst.limit());
    return dst.slice(byteIndex, (int) size).order(order);
  }
}
