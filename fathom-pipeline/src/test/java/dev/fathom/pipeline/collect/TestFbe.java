package dev.fathom.pipeline.collect;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/** Writes small WITSML FBE files shaped like distpy's {@code write_witsml} output, for tests. */
final class TestFbe {
  private TestFbe() {}

  /** Writes {@code dir/<time>.fbe}: {@code values[c][i]} for curve {@code c} at {@code depth[i]}. */
  static Path write(Path dir, long time, double[] depth, List<String> curves, double[][] values) throws IOException {
    return write(dir.resolve(time + ".fbe"), Instant.ofEpochSecond(time).toString(), depth, curves, values);
  }

  /** Writes {@code file} with a given creationDate text. */
  static Path write(Path file, String creationDate, double[] depth, List<String> curves, double[][] values) throws IOException {
    StringBuilder b = new StringBuilder("<?xml version=\"1.0\" ?>\n")
        .append("<WITSMLComposite xmlns=\"http://www.witsml.org/schemas/131\" version=\"1.3.1.1\">\n")
        .append(" <wellSet><well uid=\"FBR01\"><wellboreSet><wellbore uid=\"FBR01\"><wellLogSet>\n")
        .append("  <wellLog uidRef=\"X\">\n")
        .append("   <creationDate>").append(creationDate).append("</creationDate>\n")
        .append("   <nullValue>NULL</nullValue>\n")
        .append("   <logCurveInfo uid=\"1\"><mnemonic>DEPTH</mnemonic><unit>m</unit></logCurveInfo>\n");
    for (int c = 0; c < curves.size(); c++) {
      b.append("   <logCurveInfo uid=\"").append(c + 2).append("\"><mnemonic>").append(curves.get(c))
          .append("</mnemonic><unit>unitless</unit></logCurveInfo>\n");
    }
    b.append("   <logData>\n");
    for (int i = 0; i < depth.length; i++) {
      b.append("    <data id=\"1\">").append(depth[i]);
      for (double[] v : values) b.append(", ").append(v[i]);
      b.append("</data>\n");
    }
    b.append("   </logData>\n  </wellLog>\n")
        .append(" </wellLogSet></wellbore></wellboreSet></well></wellSet>\n</WITSMLComposite>\n");
    Files.createDirectories(file.getParent());
    Files.writeString(file, b.toString());
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
