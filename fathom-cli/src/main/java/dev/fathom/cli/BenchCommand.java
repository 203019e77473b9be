package dev.fathom.cli;

import dev.fathom.core.FathomException;
import dev.fathom.segy.SegyFile;
import dev.fathom.segy.TraceScan;
import dev.fathom.segy.codec.TraceStats;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code fathom bench}: throughput benchmarks reported as ratios to a bound measured in the same run. */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = "Benchmarks (medians over repeats, as ratios to a bound measured in the same run).",
    subcommands = {BenchCommand.SegyScan.class})
public final class BenchCommand implements Runnable {
  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }

  /** Per-trace mean |amplitude| over a whole file, beside {@code cat FILE > /dev/null}. */
  @Command(
      name = "segy-scan",
      mixinStandardHelpOptions = true,
      description = {
        "Per-trace mean |amplitude| of every trace of FILE with 1..N threads, beside `cat FILE > /dev/null`",
        "timed in the same run (page cache warm after the first pass). Prints medians and ratios."
      })
  static final class SegyScan implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", description = "A local SEG-Y file (e.g. made by `fathom segy synth`).")
    Path file;

    @Option(names = "--threads", split = ",", defaultValue = "1,2", description = "Thread counts (default ${DEFAULT-VALUE}).")
    List<Integer> threads;

    @Option(names = "--repeat", defaultValue = "5", description = "Repeats per measurement (default ${DEFAULT-VALUE}).")
    int repeat;

    @Mixin Verbosity verbosity;

    @Override
    public Integer call() throws Exception {
      if (!Files.isRegularFile(file)) {
        throw new FathomException(file.toString(), FathomException.NO_OFFSET, "not a file");
      }
      long size = Files.size(file);
      cat(); // warm the page cache
      double[] catS = new double[repeat];
      List<double[]> scanS = new ArrayList<>();
      for (int ignored : threads) scanS.add(new double[repeat]);
      double checksum = 0;
      try (SegyFile f = SegyFile.open(file.toString())) {
        for (int r = 0; r < repeat; r++) {
          catS[r] = cat();
          for (int k = 0; k < threads.size(); k++) {
            double[] meanAbs = new double[Math.toIntExact(f.traceCount())];
            long t0 = System.nanoTime();
            TraceScan.run(f, threads.get(k), () -> {
              return (t, x, n) -> meanAbs[(int) t] = TraceStats.meanAbs(x, 0, n);
            }, null);
            scanS.get(k)[r] = (System.nanoTime() - t0) / 1e9;
            checksum = Arrays.stream(meanAbs).sum() / meanAbs.length;
          }
        }
        System.out.printf("file %s: %,d bytes, %,d traces x %d samples, format %d (%s)%n", file, size,
            f.traceCount(), f.samples(), f.layout().format().code(), f.layout().format().description());
      }
      double cat = median(catS);
      System.out.printf("%-22s %10s %10s %10s%n", "measurement", "median s", "GB/s", "vs cat");
      System.out.printf("%-22s %10.3f %10.2f %10s%n", "cat FILE > /dev/null", cat, size / cat / 1e9, "1.00");
      for (int k = 0; k < threads.size(); k++) {
        double m = median(scanS.get(k));
        System.out.printf("%-22s %10.3f %10.2f %10.2f%n", "scan, " + threads.get(k) + " thread(s)", m, size / m / 1e9, cat / m);
      }
      System.out.printf("(median of %d repeats; mean of per-trace mean |x| = %.8f)%n", repeat, checksum);
      return 0;
    }

    private double cat() throws Exception {
      long t0 = System.nanoTime();
      Process p = new ProcessBuilder("cat", file.toString())
          .redirectOutput(ProcessBuilder.Redirect.DISCARD)
          .redirectError(ProcessBuilder.Redirect.INHERIT)
          .start();
      if (p.waitFor() != 0) throw new FathomException(file.toString(), FathomException.NO_OFFSET, "cat failed");
      return (System.nanoTime() - t0) / 1e9;
    }

    private static double median(double[] a) {
      double[] s = a.clone();
      Arrays.sort(s);
      return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }
  }
}
