package dev.fathom.segy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Writes a small SEG-Y file whose traces have different sample counts (binary-header word
 * 3503-3504 = 0), IEEE float samples. Trace {@code i}, sample {@code j} holds {@link #value} (or 0
 * with {@link Style#zeroSamples}); inline = 100 + i, crossline = 200 + i, CDP X/Y = (1000 + i) and
 * (2000 + i) metres written in centimetres with scalar -100.
 */
public final class VariableLengthSegy {
  private VariableLengthSegy() {}

  /**
   * How the file is written.
   *
   * @param order byte order of every word and sample
   * @param extension1 rev 2.0 with one extension-1 block per trace holding the count in its bytes
   *     137-140 (bytes 115-116 left 0); else rev 1.0 with the count in bytes 115-116
   * @param zeroSamples every sample 0
   */
  public record Style(ByteOrder order, boolean extension1, boolean zeroSamples) {
    public static final Style REV1 = new Style(ByteOrder.BIG_ENDIAN, false, false);
  }

  /** The sample value every reader must find (exact in float32). */
  public static float value(int trace, int sample) {
    return (sample % 2 == 0 ? 1 : -1) * ((trace + 1) * 1000 + sample);
  }

  /** A big-endian rev-1 file; see {@link #write(Path, Style, int, int...)}. */
  public static Path write(Path file, int binarySamples, int... samples) {
    return write(file, Style.REV1, binarySamples, samples);
  }

  /**
   * Writes the file.
   *
   * @param binarySamples the count the binary header claims (3221-3222)
   * @param samples each trace's own count
   * @return the file
   */
  public static Path write(Path file, Style style, int binarySamples, int... samples) {
    int headers = style.extension1() ? 480 : 240;
    long size = 3600 + Arrays.stream(samples).mapToLong(n -> headers + 4L * n).sum();
    ByteBuffer b = ByteBuffer.allocate(Math.toIntExact(size)).order(style.order());
    for (int i = 0; i < 3200; i++) b.put(i, (byte) 0x40); // EBCDIC blanks
    b.put(0, (byte) 0xC3); // 'C'
    b.putShort(3216, (short) 2000); // interval, us
    b.putShort(3220, (short) binarySamples);
    b.putShort(3224, (short) 5); // IEEE float
    if (style.extension1()) {
      b.put(3500, (byte) 2); // rev 2.0
      b.putShort(3506, (short) 1); // one extension block per trace
    } else {
      b.put(3500, (byte) 1); // rev 1.0
    }
    b.putShort(3502, (short) 0); // variable-length traces
    int pos = 3600;
    for (int i = 0; i < samples.length; i++) {
      b.putInt(pos, i + 1); // trace sequence number in line
      b.putShort(pos + 70, (short) -100); // coordinate scalar
      b.putInt(pos + 180, (1000 + i) * 100);
      b.putInt(pos + 184, (2000 + i) * 100);
      b.putInt(pos + 188, 100 + i);
      b.putInt(pos + 192, 200 + i);
      b.putShort(pos + 116, (short) 2000);
      if (style.extension1()) {
        b.putInt(pos + 240 + 136, samples[i]);
        b.put(pos + 240 + 232, "SEG00001".getBytes(StandardCharsets.US_ASCII));
      } else {
        b.putShort(pos + 114, (short) samples[i]);
      }
      for (int j = 0; j < samples[i]; j++) b.putFloat(pos + headers + 4 * j, style.zeroSamples() ? 0 : value(i, j));
      pos += headers + 4 * samples[i];
    }
    try {
      Files.write(file, b.array());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file;
  }
}
