package dev.fathom.segy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Writes a small rev-1 SEG-Y file whose traces have different sample counts (binary-header word
 * 3503-3504 = 0, each trace's count in bytes 115-116), big-endian IEEE float samples. Trace
 * {@code i}, sample {@code j} holds {@link #value}; inline = 100 + i, crossline = 200 + i, CDP X/Y
 * = (1000 + i) and (2000 + i) metres written in centimetres with scalar -100.
 */
public final class VariableLengthSegy {
  private VariableLengthSegy() {}

  /** The sample value every reader must find (exact in float32). */
  public static float value(int trace, int sample) {
    return (sample % 2 == 0 ? 1 : -1) * ((trace + 1) * 1000 + sample);
  }

  /**
   * Writes the file.
   *
   * @param binarySamples the count the binary header claims (3221-3222)
   * @param samples each trace's own count
   * @return the file
   */
  public static Path write(Path file, int binarySamples, int... samples) {
    long size = 3600 + Arrays.stream(samples).mapToLong(n -> 240 + 4L * n).sum();
    ByteBuffer b = ByteBuffer.allocate(Math.toIntExact(size)).order(ByteOrder.BIG_ENDIAN);
    for (int i = 0; i < 3200; i++) b.put(i, (byte) 0x40); // EBCDIC blanks
    b.put(0, (byte) 0xC3); // 'C'
    b.putShort(3216, (short) 2000); // interval, us
    b.putShort(3220, (short) binarySamples);
    b.putShort(3224, (short) 5); // IEEE float
    b.putShort(3500, (short) 0x0100); // rev 1.0
    b.putShort(3502, (short) 0); // variable-length traces
    int pos = 3600;
    for (int i = 0; i < samples.length; i++) {
      b.putInt(pos, i + 1); // trace sequence number in line
      b.putShort(pos + 70, (short) -100); // coordinate scalar
      b.putInt(pos + 180, (1000 + i) * 100);
      b.putInt(pos + 184, (2000 + i) * 100);
      b.putInt(pos + 188, 100 + i);
      b.putInt(pos + 192, 200 + i);
      b.putShort(pos + 114, (short) samples[i]);
      b.putShort(pos + 116, (short) 2000);
      for (int j = 0; j < samples[i]; j++) b.putFloat(pos + 240 + 4 * j, value(i, j));
      pos += 240 + 4 * samples[i];
    }
    try {
      Files.write(file, b.array());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file;
  }
}
