package dev.fathom.cli;

import dev.fathom.core.FathomException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** What every benchmark shares: the {@code cat} bound and medians. */
public final class BenchTools {
  private BenchTools() {}

  /** Seconds {@code cat FILES > /dev/null} takes (the I/O bound of a scan of those files). */
  public static double cat(List<Path> files) throws Exception {
    List<String> cmd = new ArrayList<>();
    cmd.add("cat");
    for (Path f : files) cmd.add(f.toString());
    long t0 = System.nanoTime();
    Process p = new ProcessBuilder(cmd)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(ProcessBuilder.Redirect.INHERIT)
        .start();
    if (p.waitFor() != 0) {
      throw new FathomException(files.isEmpty() ? "cat" : files.get(0).toString(), FathomException.NO_OFFSET, "cat failed");
    }
    return (System.nanoTime() - t0) / 1e9;
  }

  /** Seconds {@code cat FILE > /dev/null} takes. */
  public static double cat(Path file) throws Exception {
    return cat(List.of(file));
  }

  /** The median of {@code a} (mean of the middle two for an even count). */
  public static double median(double[] a) {
    double[] s = a.clone();
    Arrays.sort(s);
    return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
  }
}
