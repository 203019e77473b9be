package dev.fathom.dsp;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Minimal test-only .npy reader: little-endian C-order float64, float32, complex128, complex64 and
 * int64, 0-, 1- or 2-D. Complex values are returned interleaved; 1-D arrays as one row; 0-D as 1x1.
 */
public final class TestNpy {
  private static final Pattern DESCR = Pattern.compile("'descr':\\s*'([^']+)'");
  private static final Pattern SHAPE = Pattern.compile("'shape':\\s*\\(([^)]*)\\)");

  /** A loaded array: {@code rows x cols} elements, {@code complex} ones interleaved in {@code data}. */
  public record Array(String dtype, int[] shape, boolean complex, double[][] data) {}

  private TestNpy() {}

  public static Array read(Path file) throws IOException {
    byte[] all = Files.readAllBytes(file);
    ByteBuffer bb = ByteBuffer.wrap(all).order(ByteOrder.LITTLE_ENDIAN);
    int major = all[6];
    int headerLen = major == 1 ? Short.toUnsignedInt(bb.getShort(8)) : bb.getInt(8);
    int dataStart = (major == 1 ? 10 : 12) + headerLen;
    String header = new String(all, major == 1 ? 10 : 12, headerLen, StandardCharsets.ISO_8859_1);
    if (header.contains("'fortran_order': True")) {
      throw new IOException("Fortran order not supported: " + file);
    }
    Matcher d = DESCR.matcher(header);
    Matcher s = SHAPE.matcher(header);
    if (!d.find() || !s.find()) {
      throw new IOException("bad npy header: " + header);
    }
    String dtype = d.group(1);
    String[] parts = s.group(1).split(",");
    int[] shape = java.util.Arrays.stream(parts).map(String::trim).filter(p -> !p.isEmpty())
        .mapToInt(Integer::parseInt).toArray();
    int rows = shape.length == 2 ? shape[0] : 1;
    int cols = shape.length == 2 ? shape[1] : shape.length == 1 ? shape[0] : 1;
    boolean complex = dtype.startsWith("<c");
    int per = complex ? 2 : 1;
    double[][] data = new double[rows][cols * per];
    bb.position(dataStart);
    for (int i = 0; i < rows; i++) {
      for (int k = 0; k < cols * per; k++) {
        data[i][k] = switch (dtype) {
          case "<f8", "<c16" -> bb.getDouble();
          case "<f4", "<c8" -> bb.getFloat();
          case "<i8" -> bb.getLong();
          case "<i4" -> bb.getInt();
          default -> throw new IOException("unsupported dtype " + dtype + " in " + file);
        };
      }
    }
    return new Array(dtype, shape, complex, data);
  }

  /** Reads a float32 2-D array keeping single precision. */
  public static float[][] readFloat32(Path file) throws IOException {
    Array a = read(file);
    if (!a.dtype().equals("<f4")) {
      throw new IOException("expected <f4, found " + a.dtype());
    }
    float[][] out = new float[a.data().length][];
    for (int i = 0; i < out.length; i++) {
      out[i] = new float[a.data()[i].length];
      for (int k = 0; k < out[i].length; k++) {
        out[i][k] = (float) a.data()[i][k];
      }
    }
    return out;
  }
}
