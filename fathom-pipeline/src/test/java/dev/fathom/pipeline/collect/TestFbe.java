package dev.fathom.pipeline.collect;

import dev.fathom.graph.witsml.FbeWriter;
import dev.fathom.graph.witsml.PyFloat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Writes small WITSML FBE files as {@code write_witsml} does, for tests. */
final class TestFbe {
  private TestFbe() {}

  /** Writes {@code dir/<time>.fbe}: {@code values[c][i]} for curve {@code c} at {@code depth[i]}. */
  static Path write(Path dir, long time, double[] depth, List<String> curves, double[][] values) throws IOException {
    return write(dir.resolve(time + ".fbe"), Instant.ofEpochSecond(time).toString(), depth, curves, values);
  }

  /** Writes {@code file} with a given creationDate text, through the project's {@link FbeWriter}. */
  static Path write(Path file, String creationDate, double[] depth, List<String> curves, double[][] values) throws IOException {
    List<String> depths = new ArrayList<>();
    for (double d : depth) depths.add(PyFloat.repr(d));
    List<FbeWriter.Curve> cs = new ArrayList<>();
    for (String m : curves) cs.add(new FbeWriter.Curve(m, "unitless", m));
    double[][] rows = new double[depth.length][values.length];
    for (int i = 0; i < depth.length; i++) {
      for (int c = 0; c < values.length; c++) rows[i][c] = values[c][i];
    }
    Files.createDirectories(file.getParent());
    Files.writeString(file, FbeWriter.write("NoiseLog", creationDate, depths, cs, rows));
    return file;
  }

  /** Depths {@code first, first + step, ...}. */
  static double[] depths(int n, double first, double step) {
    double[] d = new double[n];
    for (int i = 0; i < n; i++) d[i] = first + step * i;
    return d;
  }

  /** Values that encode time, curve and depth: {@code time * 1000 + c * 100 + i}. */
  static double[][] values(long time, int curves, int nx) {
    double[][] v = new double[curves][nx];
    for (int c = 0; c < curves; c++) {
      for (int i = 0; i < nx; i++) v[c][i] = (time % 100000) * 1000.0 + c * 100 + i;
    }
    return v;
  }
}
